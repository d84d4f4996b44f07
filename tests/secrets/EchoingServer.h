// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A hostile server for the secrets tests, on 127.0.0.1: it refuses every WebSocket upgrade
// with "403" and a reason phrase quoting the credentials it was sent (the Basic token and its
// decoded text), so that whatever shows a failure would show them. As an HTTP proxy it asks
// for credentials with a 407, then tunnels to itself and quotes the proxy's credentials too.
class EchoingServer : public QObject {
    Q_OBJECT
public:
    explicit EchoingServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // Upgrades refused so far, each with the credentials quoted.
    int refusals() const { return m_refusals; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    static QByteArray quoted(const QByteArray &header);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, QByteArray> m_proxyCredentials;
    int m_refusals = 0;
};
