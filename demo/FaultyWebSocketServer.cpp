// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FaultyWebSocketServer.h"

#include <QCryptographicHash>
#include <QTcpSocket>

namespace wscm {

namespace {

// A client that sends more than this without ending its request head is not a WebSocket
// client; it is dropped rather than buffered without bound.
constexpr qsizetype maxRequestHead = 16 * 1024;
const char *const headBufferProperty = "wscmRequestHead";

QByteArray header(const QByteArray &requestHead, const QByteArray &name) {
    const QByteArray wanted = name.toLower() + ':';
    for (const QByteArray &line : requestHead.split('\n')) {
        if (line.toLower().startsWith(wanted))
            return line.mid(wanted.size()).trimmed();
    }
    return {};
}

} // namespace

FaultyWebSocketServer::FaultyWebSocketServer(Fault fault, QObject *parent)
    : QObject(parent)
    , m_fault(fault) {
    connect(&m_server, &QTcpServer::newConnection, this, &FaultyWebSocketServer::onNewConnection);
}

bool FaultyWebSocketServer::listen(QString *error) {
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server.errorString();
    return false;
}

void FaultyWebSocketServer::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FaultyWebSocketServer::onReadyRead(QTcpSocket *socket) {
    QByteArray head = socket->property(headBufferProperty).toByteArray();
    head += socket->read(maxRequestHead + 1 - head.size());
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > maxRequestHead) {
            socket->abort();
            return;
        }
        socket->setProperty(headBufferProperty, head);
        return;
    }
    socket->setProperty(headBufferProperty, QVariant());
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    answer(socket, head.left(end + 4));
}

void FaultyWebSocketServer::answer(QTcpSocket *socket, const QByteArray &requestHead) {
    if (m_fault == Fault::RefusesUpgrade) {
        socket->write("HTTP/1.1 401 Unauthorized\r\n"
                      "WWW-Authenticate: Basic realm=\"wscm demo\"\r\n"
                      "Content-Length: 0\r\n"
                      "Connection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    // RFC 6455 4.2.2: the accept value proves the server read this client's key.
    const QByteArray accept = QCryptographicHash::hash(header(requestHead, "Sec-WebSocket-Key") +
                                                           "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                                       QCryptographicHash::Sha1)
                                  .toBase64();
    socket->write("HTTP/1.1 101 Switching Protocols\r\n"
                  "Upgrade: websocket\r\n"
                  "Connection: Upgrade\r\n"
                  "Sec-WebSocket-Accept: " +
                  accept + "\r\n\r\n");
    // Frames, PINGs and the client's close alike are read and dropped; the client gives up
    // and closes the TCP connection, which deletes the socket.
    socket->readAll();
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
}

} // namespace wscm
