// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QHostAddress>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QWebSocketServer>

class QWebSocket;

// A real QWebSocketServer, plain or TLS, that keeps its clients (answering their PINGs, as
// Qt does by itself) and remembers each upgrade request.
class LocalWebSocketServer : public QObject {
    Q_OBJECT
public:
    explicit LocalWebSocketServer(QObject *parent = nullptr);

    // A null configuration means clear text.
    bool listen(quint16 port = 0, const QSslConfiguration &tls = QSslConfiguration(),
                const QHostAddress &address = QHostAddress::LocalHost);
    void setSubprotocols(const QStringList &protocols) { m_subprotocols = protocols; }
    quint16 port() const { return m_port; }
    // Stops listening and drops every client, as a killed server would.
    void close();
    // Closes every client with a WebSocket close frame.
    void closeClients(QWebSocketProtocol::CloseCode code, const QString &reason);

    int connectionCount() const { return m_connections; }
    QList<QNetworkRequest> requests() const { return m_requests; }
    // The path and query of each upgrade request, in order, percent-encoded as sent.
    QStringList requestTargets() const;
    QStringList acceptedProtocols() const { return m_acceptedProtocols; }

    // A configuration for a TLS server from PEM files; with a CA file the server demands a
    // client certificate signed by it.
    static QSslConfiguration tlsConfiguration(const QString &certFile, const QString &keyFile,
                                              const QString &requireClientCaFile = QString());

private:
    void onNewConnection();

    QWebSocketServer *m_server = nullptr;
    QStringList m_subprotocols;
    quint16 m_port = 0;
    int m_connections = 0;
    QList<QNetworkRequest> m_requests;
    QStringList m_acceptedProtocols;
};
