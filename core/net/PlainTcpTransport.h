// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "SocketTransport.h"

class QSocketNotifier;

namespace wscm {

// A plain ws:// connection run on its descriptor: a non-blocking socket(2) and connect(2),
// read(2) and send(2) straight between the kernel and the caller, one notifier for reading
// and one for writing only while connecting or while the kernel has not taken everything.
// QTcpSocket costs a socket engine, its notifiers' signal hops and their checks on every
// PONG of a thousand connections; this keeps only the syscalls. Failures carry the
// QAbstractSocket errors and texts QTcpSocket gives for the same errno (Qt 6.4's native socket
// engine), so the failure causes and messages an admin sees do not change.
class PlainTcpTransport : public SocketTransport {
    Q_OBJECT
public:
    explicit PlainTcpTransport(QObject *parent = nullptr);
    ~PlainTcpTransport() override;

    void connectToHost(const QHostAddress &address, quint16 port) override;
    qintptr socketDescriptor() const override { return m_fd; }
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;
    bool isConnected() const override { return m_state == State::Connected; }
    bool receive() override;
    qint64 bytesAvailable() const override { return m_in.size(); }
    bool canReadLine() const override { return m_in.contains('\n'); }
    QByteArray readLine(qint64 maxBytes) override;
    void readAll(QByteArray *buffer) override;
    using SocketTransport::write;
    bool write(const char *data, qint64 size) override;
    void disconnectFromHost() override;
    void abort() override;
    QAbstractSocket::SocketError error() const override { return m_error; }
    QString errorString() const override { return m_errorString; }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    class Notifier;
    enum class State { Unconnected, Connecting, Connected, Closing };

    void onReadable();
    void onWritable();
    bool sendPending();
    void failConnect(QAbstractSocket::SocketError error, const QString &text);
    void setError(QAbstractSocket::SocketError error, const QString &text);
    void closeDescriptor();

    int m_fd = -1;
    State m_state = State::Unconnected;
    QHostAddress m_peer;
    quint16 m_port = 0;
    Notifier *m_readNotifier = nullptr;
    Notifier *m_writeNotifier = nullptr;
    bool m_received = false; // receive() was called since the latest read handler call
    int m_connectTimer = 0;
    QByteArray m_in;  // received, not yet taken
    QByteArray m_out; // written, not yet taken by the kernel
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
    QString m_errorString;
};

} // namespace wscm
