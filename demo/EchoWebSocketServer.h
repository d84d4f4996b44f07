// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QObject>
#include <QSslConfiguration>

class QWebSocketServer;

namespace wscm {

// A healthy WebSocket server on 127.0.0.1, plain or TLS: Qt answers every PING by itself,
// and text messages come back as they were sent.
class EchoWebSocketServer : public QObject {
    Q_OBJECT
public:
    explicit EchoWebSocketServer(QObject *parent = nullptr);
    ~EchoWebSocketServer() override;

    // A null configuration means clear text. Listens on a free port.
    bool listen(const QSslConfiguration &tls, QString *error);
    quint16 port() const;

private:
    void onNewConnection();

    QWebSocketServer *m_server = nullptr;
};

} // namespace wscm
