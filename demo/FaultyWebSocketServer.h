// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace wscm {

// A WebSocket server on 127.0.0.1 that fails in one chosen way, for the demo sections that
// show failures. Written on a QTcpServer because QWebSocketServer always completes the
// handshake and always answers PINGs.
class FaultyWebSocketServer : public QObject {
    Q_OBJECT
public:
    enum class Fault {
        RefusesUpgrade, // answers the upgrade with 401 Unauthorized, as for a wrong password
        IgnoresPings,   // completes the upgrade, then never answers anything: a stuck server
    };

    explicit FaultyWebSocketServer(Fault fault, QObject *parent = nullptr);

    // Listens on a free port.
    bool listen(QString *error);
    quint16 port() const { return m_server.serverPort(); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &requestHead);

    Fault m_fault;
    QTcpServer m_server;
};

} // namespace wscm
