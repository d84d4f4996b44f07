// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "SocketTransport.h"

class QSslSocket;

namespace wscm {

// A tls_enabled connection: a buffered QSslSocket, which TLS needs (the proxy's answer is
// read line by line so the server's TLS records that follow stay in the socket for the
// handshake). The client drives the TLS handshake on socket() itself.
class SslSocketTransport : public SocketTransport {
    Q_OBJECT
public:
    explicit SslSocketTransport(QObject *parent = nullptr);

    QSslSocket *socket() const { return m_socket; }

    void connectToHost(const QHostAddress &address, quint16 port) override;
    qintptr socketDescriptor() const override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;
    bool isConnected() const override;
    bool receive() override { return true; } // the socket reads by itself
    qint64 bytesAvailable() const override;
    bool canReadLine() const override;
    QByteArray readLine(qint64 maxBytes) override;
    void readAll(QByteArray *buffer) override;
    using SocketTransport::write;
    bool write(const char *data, qint64 size) override;
    void disconnectFromHost() override;
    void abort() override;
    QAbstractSocket::SocketError error() const override;
    QString errorString() const override;

private:
    QSslSocket *m_socket;
};

} // namespace wscm
