// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

namespace wscm {

class DemoProxy;
class EchoWebSocketServer;
class FaultyWebSocketServer;

// Everything `wscm demo` shows, except the app: a fresh temporary folder holding the demo
// websocket_client.conf (from the embedded template, with the ports and paths of this run)
// and the demo CA, and the servers that configuration points at, all on 127.0.0.1 with
// ports the system picked. Destroying it stops the servers and removes the folder.
class DemoEnvironment : public QObject {
    Q_OBJECT
public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Leaves the proxy section out even when squid is installed.
    void setProxyWanted(bool wanted) { m_proxyWanted = wanted; }
    bool start(QString *error);

    QString folder() const { return m_dir.path(); }
    QString configPath() const;
    bool hasProxy() const { return m_proxy != nullptr; }

private:
    bool writeFile(const QString &name, const QByteArray &bytes, QString *error) const;
    bool startServers(QString *error);
    QByteArray configText() const;

    QTemporaryDir m_dir;
    bool m_proxyWanted = true;
    EchoWebSocketServer *m_plain = nullptr;
    EchoWebSocketServer *m_tls = nullptr;
    FaultyWebSocketServer *m_silent = nullptr;
    FaultyWebSocketServer *m_refusing = nullptr;
    DemoProxy *m_proxy = nullptr;
};

} // namespace wscm
