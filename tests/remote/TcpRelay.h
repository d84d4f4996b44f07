// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QThread>

#include <atomic>

// A TCP relay on 127.0.0.1 in front of a server, running on a thread of its own (the code
// under test may block the test's thread in a synchronous ssh run). It can drop every
// connection once a client has sent more than a given number of bytes: an SSH connection
// lost in the middle of a transfer, with no mock in between.
class TcpRelay : public QThread {
    Q_OBJECT
public:
    explicit TcpRelay(quint16 targetPort, QObject *parent = nullptr);
    ~TcpRelay() override;

    // Starts listening; the port is known when this returns true.
    bool listen();
    quint16 port() const { return m_port; }
    // Drops the connection once its client has sent `bytes` bytes (-1: never).
    void cutAfter(qint64 bytes) { m_cutAfter = bytes; }
    // Drops every open connection now, both ways.
    void cutNow() { m_cutNow = true; }
    bool hasCut() const { return m_cut; }

protected:
    void run() override;

private:
    quint16 m_targetPort;
    std::atomic<quint16> m_port{0};
    std::atomic<qint64> m_cutAfter{-1};
    std::atomic<bool> m_cut{false};
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_cutNow{false};
};
