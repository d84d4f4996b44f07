// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ScriptedServer.h"

#include <QCryptographicHash>
#include <QList>

ScriptedServer::ScriptedServer(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode) {
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
    m_chatterTimer.setInterval(200);
    connect(&m_chatterTimer, &QTimer::timeout, this, &ScriptedServer::chatter);
}

bool ScriptedServer::listen(const QHostAddress &address, quint16 port) {
    return m_server.listen(address, port);
}

void ScriptedServer::close() {
    m_server.close();
    for (const auto &socket : std::as_const(m_upgraded)) {
        if (socket)
            socket->abort();
    }
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->abort();
}

void ScriptedServer::setChatter(bool chatter) {
    if (chatter)
        m_chatterTimer.start();
    else
        m_chatterTimer.stop();
}

void ScriptedServer::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        socket->setProperty("upgraded", false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedServer::onReadyRead(QTcpSocket *socket) {
    if (socket->property("upgraded").toBool())
        return handleFrames(socket);
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QByteArray request = buffer.left(end + 4);
    socket->setProperty("buffer", buffer.mid(end + 4));
    m_requests.append(request);

    switch (m_mode) {
    case Mode::Silent:
        return;
    case Mode::Respond:
        socket->write(m_response);
        socket->disconnectFromHost();
        return;
    case Mode::Upgrade:
        break;
    }
    QByteArray key;
    for (const QByteArray &line : request.split('\n')) {
        if (line.toLower().startsWith("sec-websocket-key:"))
            key = line.mid(line.indexOf(':') + 1).trimmed();
    }
    const QByteArray accept = QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                                       QCryptographicHash::Sha1)
                                  .toBase64();
    QByteArray answer =
        "HTTP/1.1 101 Switching Protocols\r\n" + m_extraHeaderBytes +
        "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + accept + "\r\n";
    if (!m_subprotocol.isEmpty())
        answer += "Sec-WebSocket-Protocol: " + m_subprotocol + "\r\n";
    answer += "\r\n";
    if (m_afterUpgrade == AfterUpgrade::CloseFrameAndEnd) {
        // One write: the 101, the close frame and (below) the FIN reach the client together.
        const QByteArray payload = QByteArray("\x03\xf0", 2) + "bye now"; // 1008
        answer += char(0x88);
        answer += char(payload.size());
        answer += payload;
    }
    socket->write(answer);
    socket->setProperty("upgraded", true);
    m_upgraded.append(socket);
    switch (m_afterUpgrade) {
    case AfterUpgrade::Frames:
        return handleFrames(socket);
    case AfterUpgrade::Close:
        socket->disconnectFromHost(); // a FIN right behind the 101, and no close frame
        return;
    case AfterUpgrade::CloseFrameAndEnd:
        socket->disconnectFromHost();
        return;
    case AfterUpgrade::HugeFrame:
        break;
    }
    // A 64-bit length header (RFC 6455 5.2), then the payload in chunks as the kernel takes
    // them: the server never holds the 100 MB itself, and stops once the client is gone.
    QByteArray header(10, '\0');
    header[0] = char(0x82);
    header[1] = char(127);
    for (int i = 0; i < 8; ++i)
        header[2 + i] = char((hugeFrameSize >> (8 * (7 - i))) & 0xFF);
    socket->write(header);
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { streamHugeFrame(socket); });
    streamHugeFrame(socket);
}

void ScriptedServer::streamHugeFrame(QTcpSocket *socket) {
    constexpr qint64 chunk = 256 * 1024;
    if (socket->state() != QAbstractSocket::ConnectedState || m_hugeSent >= hugeFrameSize ||
        socket->bytesToWrite() > chunk)
        return;
    const qint64 size = qMin<qint64>(chunk, qint64(hugeFrameSize - m_hugeSent));
    m_hugeSent += quint64(size);
    socket->write(QByteArray(size, 'x'));
}

void ScriptedServer::handleFrames(QTcpSocket *socket) {
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    // Client frames are always masked (RFC 6455 5.3); control frames are never fragmented.
    while (buffer.size() >= 2) {
        const quint8 opcode = quint8(buffer.at(0)) & 0x0F;
        quint64 length = quint8(buffer.at(1)) & 0x7F;
        qsizetype offset = 2;
        if (length == 126) {
            if (buffer.size() < 4)
                break;
            length = (quint64(quint8(buffer.at(2))) << 8) | quint8(buffer.at(3));
            offset = 4;
        } else if (length == 127) {
            if (buffer.size() < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | quint8(buffer.at(2 + i));
            offset = 10;
        }
        if (quint64(buffer.size()) < offset + 4 + length)
            break;
        const QByteArray mask = buffer.mid(offset, 4);
        QByteArray payload = buffer.mid(offset + 4, qsizetype(length));
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(payload.at(i) ^ mask.at(i % 4));
        buffer.remove(0, offset + 4 + qsizetype(length));
        if (opcode == 0x9 && m_answerPings) {
            ++m_pingsAnswered;
            sendFrame(socket, 0xA, payload);
        } else if (opcode == 0x8) {
            sendFrame(socket, 0x8, payload.left(2));
            socket->disconnectFromHost();
            return;
        }
    }
    socket->setProperty("buffer", buffer);
}

void ScriptedServer::sendFrame(QTcpSocket *socket, quint8 opcode, const QByteArray &payload) {
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    frame.append(char(payload.size()));
    frame.append(payload);
    socket->write(frame);
}

void ScriptedServer::chatter() {
    for (const auto &socket : std::as_const(m_upgraded)) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            continue;
        sendFrame(socket, 0xA, QByteArrayLiteral("not-yours"));
        sendFrame(socket, 0x9, QByteArrayLiteral("server-ping"));
    }
}
