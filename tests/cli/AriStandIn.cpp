// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AriStandIn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

AriStandIn::AriStandIn(const QJsonObject &objects, const QByteArray &user,
                       const QByteArray &password, QObject *parent)
    : QTcpServer(parent)
    , m_objects(objects)
    , m_authorization("Basic " + (user + ':' + password).toBase64()) {
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        }
    });
    if (!listen(QHostAddress::LocalHost))
        qFatal("AriStandIn cannot listen: %s", qPrintable(errorString()));
}

QString AriStandIn::url() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void AriStandIn::answer(QTcpSocket *socket) {
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n"))
        return;
    socket->setProperty("request", QByteArray());
    const QList<QByteArray> lines = request.left(request.indexOf("\r\n\r\n")).split('\n');
    const QByteArray path = lines.first().split(' ').value(1);
    m_requests << QString::fromUtf8(path);
    bool authorized = false;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("authorization:"))
            authorized = line.mid(line.indexOf(':') + 1).trimmed() == m_authorization;
    }
    int status = 200;
    QByteArray body;
    const QByteArray prefix = "/ari/asterisk/config/dynamic/res_websocket_client/websocket_client/";
    if (!authorized) {
        status = 401;
        body = R"({"message":"Authentication required"})";
    } else if (path == "/ari/asterisk/ping") {
        body = R"({"ping":"pong","asterisk_id":"stand-in"})";
    } else if (path.startsWith(prefix) &&
               m_objects.value(QString::fromUtf8(path.mid(prefix.size()))).isObject()) {
        const QJsonObject object =
            m_objects.value(QString::fromUtf8(path.mid(prefix.size()))).toObject();
        QJsonArray list;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            list.append(QJsonObject{{QStringLiteral("attribute"), it.key()},
                                    {QStringLiteral("value"), it.value()}});
        body = QJsonDocument(list).toJson(QJsonDocument::Compact);
    } else {
        status = 404;
        body = R"({"message":"Object not found"})";
    }
    const QByteArray reason = status == 200 ? "OK" : status == 401 ? "Unauthorized" : "Not Found";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
