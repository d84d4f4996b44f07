// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EchoingServer.h"

#include <QHostAddress>
#include <QTcpSocket>

EchoingServer::EchoingServer(QObject *parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &EchoingServer::onNewConnection);
}

bool EchoingServer::listen() {
    return m_server.listen(QHostAddress::LocalHost);
}

void EchoingServer::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_proxyCredentials.remove(socket);
            socket->deleteLater();
        });
    }
}

// "Basic <token>" as "<token> = <decoded>".
QByteArray EchoingServer::quoted(const QByteArray &header) {
    const QByteArray token = header.mid(header.indexOf(' ') + 1).trimmed();
    return token + " = " + QByteArray::fromBase64(token);
}

void EchoingServer::onReadyRead(QTcpSocket *socket) {
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.remove(0, end + 4);
        QByteArray authorization, proxyAuthorization;
        for (const QByteArray &line : lines) {
            const QByteArray lower = line.toLower();
            if (lower.startsWith("authorization:"))
                authorization = line.mid(line.indexOf(':') + 1).trimmed();
            else if (lower.startsWith("proxy-authorization:"))
                proxyAuthorization = line.mid(line.indexOf(':') + 1).trimmed();
        }
        if (lines.value(0).startsWith("CONNECT ")) {
            if (proxyAuthorization.isEmpty()) {
                socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"echo\"\r\n"
                              "Content-Length: 0\r\n\r\n");
                continue; // Qt asks again on the same connection
            }
            m_proxyCredentials[socket] = quoted(proxyAuthorization);
            socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
            continue;
        }
        QByteArray reason = "Forbidden";
        if (!authorization.isEmpty())
            reason += " credentials " + quoted(authorization);
        if (const QByteArray proxy = m_proxyCredentials.value(socket); !proxy.isEmpty())
            reason += " proxy credentials " + proxy;
        socket->write("HTTP/1.1 403 " + reason + "\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        ++m_refusals;
        return;
    }
}
