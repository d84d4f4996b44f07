// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EchoWebSocketServer.h"

#include <QWebSocket>
#include <QWebSocketServer>

namespace wscm {

EchoWebSocketServer::EchoWebSocketServer(QObject *parent)
    : QObject(parent) {}

EchoWebSocketServer::~EchoWebSocketServer() {
    if (m_server)
        m_server->close();
}

bool EchoWebSocketServer::listen(const QSslConfiguration &tls, QString *error) {
    const bool secure = !tls.isNull();
    m_server = new QWebSocketServer(
        QStringLiteral("wscm demo"),
        secure ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (secure)
        m_server->setSslConfiguration(tls);
    connect(m_server, &QWebSocketServer::newConnection, this,
            &EchoWebSocketServer::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 EchoWebSocketServer::port() const {
    return m_server ? m_server->serverPort() : 0;
}

void EchoWebSocketServer::onNewConnection() {
    while (QWebSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        connect(client, &QWebSocket::textMessageReceived, client, &QWebSocket::sendTextMessage);
        connect(client, &QWebSocket::disconnected, client, &QObject::deleteLater);
    }
}

} // namespace wscm
