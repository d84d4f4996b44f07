// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QFile>
#include <QObject>
#include <QProcess>

namespace wscm {

// A squid (the Debian package) started for the demo as the HTTP CONNECT proxy of one
// section: its configuration and log live in the demo folder, it listens on 127.0.0.1 only
// and tunnels only to the one port it is given. It stops with this object, and with wscm
// even when wscm is killed.
class DemoProxy : public QObject {
    Q_OBJECT
public:
    explicit DemoProxy(QObject *parent = nullptr);
    ~DemoProxy() override;

    static bool isAvailable();
    // Blocks until squid accepts connections (a fraction of a second) or fails.
    bool start(const QString &folder, quint16 connectPort, QString *error);
    quint16 port() const { return m_port; }

private:
    bool waitUntilListening();

    QProcess m_process;
    QFile m_log;
    quint16 m_port = 0;
};

} // namespace wscm
