// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>

namespace wscm {

// The byte stream a WebSocketClient talks over: a plain TCP connection on its own descriptor
// (PlainTcpTransport) or a QSslSocket for tls_enabled (SslSocketTransport). It reports
// failures as the QAbstractSocket errors and texts Qt's sockets give, which the failure
// classification and the admin's messages are built from.
class SocketTransport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void connectToHost(const QHostAddress &address, quint16 port) = 0;
    // The descriptor of the TCP connection, or -1.
    virtual qintptr socketDescriptor() const = 0;
    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;
    virtual bool isConnected() const = 0;

    // What to call when bytes or the end of the stream arrived. A plain call, not a signal:
    // it runs for every PONG of every connection, and signal activation (looking up each
    // sender's connections) was about a fifth of the probe's CPU with 1,000 connections.
    void setReadHandler(std::function<void()> handler) { m_readHandler = std::move(handler); }

    // Takes what arrived off the connection into the transport, after the read handler. False when
    // the read failed or met the end of the stream: error() says which, and no signal tells
    // it again. What arrived before still waits to be taken.
    virtual bool receive() = 0;
    // Received and not yet taken.
    virtual qint64 bytesAvailable() const = 0;
    virtual bool canReadLine() const = 0;
    // Up to and with the next newline, or maxBytes bytes of a longer line.
    virtual QByteArray readLine(qint64 maxBytes) = 0;
    // Appends everything received and not yet taken to *buffer.
    virtual void readAll(QByteArray *buffer) = 0;

    // Hands the bytes to the kernel now, keeping what it does not take for later. False when
    // the connection failed: error() says how.
    virtual bool write(const char *data, qint64 size) = 0;
    bool write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    // Ends the connection once what was written has gone; disconnected() follows.
    virtual void disconnectFromHost() = 0;
    // Ends it now, without a signal, after handing the kernel what was written.
    virtual void abort() = 0;

    virtual QAbstractSocket::SocketError error() const = 0;
    virtual QString errorString() const = 0;

Q_SIGNALS:
    void connected();
    void errorOccurred(QAbstractSocket::SocketError error);
    void disconnected();

protected:
    void notifyReadable() {
        if (m_readHandler)
            m_readHandler();
    }

private:
    std::function<void()> m_readHandler;
};

} // namespace wscm
