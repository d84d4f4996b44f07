// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SslSocketTransport.h"

#include <QNetworkProxy>
#include <QSslSocket>

namespace wscm {

SslSocketTransport::SslSocketTransport(QObject *parent)
    : SocketTransport(parent)
    , m_socket(new QSslSocket(this)) {
    // Exactly the configured proxy, never the environment's (Asterisk ignores it too).
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QAbstractSocket::connected, this, &SocketTransport::connected);
    connect(m_socket, &QIODevice::readyRead, this, [this] { notifyReadable(); });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &SocketTransport::errorOccurred);
    connect(m_socket, &QAbstractSocket::disconnected, this, &SocketTransport::disconnected);
}

void SslSocketTransport::connectToHost(const QHostAddress &address, quint16 port) {
    m_socket->connectToHost(address, port);
}

qintptr SslSocketTransport::socketDescriptor() const {
    return m_socket->socketDescriptor();
}

QHostAddress SslSocketTransport::peerAddress() const {
    return m_socket->peerAddress();
}

quint16 SslSocketTransport::peerPort() const {
    return m_socket->peerPort();
}

bool SslSocketTransport::isConnected() const {
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 SslSocketTransport::bytesAvailable() const {
    return m_socket->bytesAvailable();
}

bool SslSocketTransport::canReadLine() const {
    return m_socket->canReadLine();
}

QByteArray SslSocketTransport::readLine(qint64 maxBytes) {
    return m_socket->readLine(maxBytes + 1);
}

void SslSocketTransport::readAll(QByteArray *buffer) {
    // Read what arrived at its size: readAll() reserves a block of 16 KiB and more, which the
    // frame buffer would then keep for the connection's life.
    const qint64 available = m_socket->bytesAvailable();
    const qsizetype held = buffer->size();
    buffer->resize(held + available);
    const qint64 got = m_socket->read(buffer->data() + held, available);
    buffer->resize(held + qMax(got, qint64(0)));
}

bool SslSocketTransport::write(const char *data, qint64 size) {
    if (m_socket->write(data, size) < 0)
        return false;
    // Out before a short answer timer can fire.
    m_socket->flush();
    return true;
}

void SslSocketTransport::disconnectFromHost() {
    m_socket->disconnectFromHost();
}

void SslSocketTransport::abort() {
    m_socket->disconnect(this);
    // What was written goes out first (the last TLS handshake message, a close frame):
    // Asterisk's writes are synchronous, Qt's buffered.
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->flush();
    m_socket->abort();
}

QAbstractSocket::SocketError SslSocketTransport::error() const {
    return m_socket->error();
}

QString SslSocketTransport::errorString() const {
    return m_socket->errorString();
}

} // namespace wscm
