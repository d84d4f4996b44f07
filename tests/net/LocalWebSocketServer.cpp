// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "LocalWebSocketServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QWebSocket>

LocalWebSocketServer::LocalWebSocketServer(QObject *parent)
    : QObject(parent) {}

bool LocalWebSocketServer::listen(quint16 port, const QSslConfiguration &tls,
                                  const QHostAddress &address) {
    close();
    const bool secure = !tls.isNull();
    m_server = new QWebSocketServer(
        QStringLiteral("wscm-test"),
        secure ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (secure)
        m_server->setSslConfiguration(tls);
    m_server->setSupportedSubprotocols(m_subprotocols);
    connect(m_server, &QWebSocketServer::newConnection, this,
            &LocalWebSocketServer::onNewConnection);
    if (!m_server->listen(address, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void LocalWebSocketServer::close() {
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    for (QWebSocket *client : findChildren<QWebSocket *>()) {
        client->abort();
        client->deleteLater();
    }
}

void LocalWebSocketServer::closeClients(QWebSocketProtocol::CloseCode code, const QString &reason) {
    for (QWebSocket *client : findChildren<QWebSocket *>())
        client->close(code, reason);
}

void LocalWebSocketServer::onNewConnection() {
    while (QWebSocket *client = m_server->nextPendingConnection()) {
        ++m_connections;
        client->setParent(this);
        m_requests.append(client->request());
        m_acceptedProtocols.append(client->subprotocol());
        connect(client, &QWebSocket::disconnected, client, &QObject::deleteLater);
    }
}

QSslConfiguration LocalWebSocketServer::tlsConfiguration(const QString &certFile,
                                                         const QString &keyFile,
                                                         const QString &requireClientCaFile) {
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(QSslCertificate::fromPath(certFile));
    QFile key(keyFile);
    if (key.open(QIODevice::ReadOnly))
        conf.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    if (requireClientCaFile.isEmpty()) {
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        conf.setCaCertificates(QSslCertificate::fromPath(requireClientCaFile));
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    return conf;
}

QStringList LocalWebSocketServer::requestTargets() const {
    QStringList targets;
    for (const QNetworkRequest &request : m_requests)
        targets << request.url().toString(QUrl::FullyEncoded | QUrl::RemoveScheme |
                                          QUrl::RemoveAuthority);
    return targets;
}
