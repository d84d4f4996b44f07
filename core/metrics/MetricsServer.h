// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "MetricsRequest.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace wscm {

// A small HTTP/1.1 server for Prometheus' scrapes: GET (or HEAD) /metrics answers the
// exporter's text, / a page that links to it, anything else 404 or 405. One request per
// connection; a request head larger than MaxRequestBytes, or slower than RequestTimeoutMs,
// is dropped, so a stray client cannot hold the probe's memory or sockets.
class MetricsServer : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype MaxRequestBytes = MetricsRequest::MaxHeadBytes;
    static constexpr int RequestTimeoutMs = 10000;

    // `render` makes the body of each /metrics answer.
    MetricsServer(std::function<QByteArray()> render, QByteArray contentType,
                  QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }

    // "ADDRESS:PORT", "[IPV6]:PORT" or "PORT" (then 127.0.0.1: loopback unless told
    // otherwise); "localhost" means 127.0.0.1. False with a message when it is none of those.
    static bool parseEndpoint(const QString &text, QHostAddress *address, quint16 *port,
                              QString *error);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QByteArray &status, const QByteArray &contentType,
                 const QByteArray &body, bool withBody, const QByteArray &extraHeaders = {});

    std::function<QByteArray()> m_render;
    QByteArray m_contentType;
    QTcpServer m_server;
};

} // namespace wscm
