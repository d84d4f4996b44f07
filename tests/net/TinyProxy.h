#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// The real tinyproxy (Debian package) as an HTTP CONNECT proxy on 127.0.0.1, configured and
// started by the test, optionally with BasicAuth.
class TinyProxy {
public:
    ~TinyProxy();
    bool start(quint16 connectPort, const QString &user, const QString &password, QString *error);
    quint16 port() const { return m_port; }
    QString log() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
