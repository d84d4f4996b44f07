// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "MetricsServer.h"

#include "MetricsRequest.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace wscm {

MetricsServer::MetricsServer(std::function<QByteArray()> render, QByteArray contentType,
                             QObject *parent)
    : QObject(parent)
    , m_render(std::move(render))
    , m_contentType(std::move(contentType)) {
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsServer::onNewConnection);
}

bool MetricsServer::listen(const QHostAddress &address, quint16 port, QString *error) {
    if (m_server.listen(address, port))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

bool MetricsServer::parseEndpoint(const QString &text, QHostAddress *address, quint16 *port,
                                  QString *error) {
    static const QRegularExpression form(
        QStringLiteral(R"(^(?:(?:\[([0-9A-Fa-f:.]+)\]|([^:\[\]]+)):)?(\d{1,5})$)"));
    const QRegularExpressionMatch match = form.match(text);
    bool portOk = false;
    const uint number = match.hasMatch() ? match.captured(3).toUInt(&portOk) : 0;
    if (!match.hasMatch() || !portOk || number > 65535) {
        *error = QStringLiteral("'%1' is not ADDRESS:PORT or PORT (e.g. 127.0.0.1:9817, "
                                "[::1]:9817 or 9817)")
                     .arg(text);
        return false;
    }
    *port = static_cast<quint16>(number);
    const QString host = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    if (host.isEmpty() || host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0) {
        *address = QHostAddress(QHostAddress::LocalHost);
        return true;
    }
    if (!address->setAddress(host) ||
        (match.captured(1).isEmpty() && address->protocol() == QAbstractSocket::IPv6Protocol)) {
        *error = QStringLiteral("'%1' is not an IP address (write IPv6 addresses in brackets: "
                                "[::1]:9817)")
                     .arg(host);
        return false;
    }
    return true;
}

void MetricsServer::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(RequestTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void MetricsServer::onReadyRead(QTcpSocket *socket) {
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    const MetricsRequest::Answer answer =
        MetricsRequest::judge(socket->peek(MetricsRequest::MaxHeadBytes + 1));
    using Verdict = MetricsRequest::Verdict;
    const QByteArray status = MetricsRequest::status(answer.verdict);
    switch (answer.verdict) {
    case Verdict::Incomplete:
        return;
    case Verdict::Metrics:
        socket->readAll();
        return respond(socket, status, m_contentType, m_render(), !answer.headOnly);
    case Verdict::Index:
        socket->readAll();
        return respond(socket, status, "text/html; charset=utf-8",
                       "<!DOCTYPE html><html><head><title>wscm probe</title></head><body>"
                       "<h1>wscm probe</h1><p><a href=\"/metrics\">Metrics</a></p></body></html>\n",
                       !answer.headOnly);
    case Verdict::TooLarge:
    case Verdict::BadRequest:
    case Verdict::MethodNotAllowed:
    case Verdict::NotFound:
        break;
    }
    // A head too large stays unread: the answer ends the connection.
    if (answer.verdict != Verdict::TooLarge)
        socket->readAll();
    respond(socket, status, "text/plain; charset=utf-8", MetricsRequest::refusal(answer.verdict),
            !answer.headOnly,
            answer.verdict == Verdict::MethodNotAllowed ? QByteArray("Allow: GET, HEAD\r\n")
                                                        : QByteArray());
}

void MetricsServer::respond(QTcpSocket *socket, const QByteArray &status,
                            const QByteArray &contentType, const QByteArray &body, bool withBody,
                            const QByteArray &extraHeaders) {
    socket->setProperty("answered", true);
    QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    if (withBody)
        response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace wscm
