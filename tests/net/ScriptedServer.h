// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// A WebSocket server written by hand on a QTcpServer, for the behaviours QWebSocketServer
// cannot show: refusing the upgrade with a chosen HTTP answer, never answering at all,
// answering a subprotocol that was not offered, and ignoring PINGs.
class ScriptedServer : public QObject {
    Q_OBJECT
public:
    enum class Mode {
        Respond, // write `response` and close
        Silent,  // accept TCP, never answer
        Upgrade  // complete the upgrade, then speak frames
    };
    // Upgrade mode: what the server does once it has sent the 101.
    enum class AfterUpgrade {
        Frames,           // answer PINGs and close frames
        Close,            // end the TCP connection at once, without a close frame
        CloseFrameAndEnd, // send a close frame (1008 "bye now") with the 101, then end the TCP
                          // connection: the client reads the frame and the end together
        HugeFrame // start one binary frame of hugeFrameSize bytes and stream it while it can
    };
    static constexpr quint64 hugeFrameSize = 100ULL * 1024 * 1024;

    explicit ScriptedServer(Mode mode, QObject *parent = nullptr);

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    void close();

    void setResponse(const QByteArray &response) { m_response = response; }
    void setSubprotocolAnswer(const QByteArray &protocol) { m_subprotocol = protocol; }
    // Upgrade mode: bytes put into the 101 answer after its first header line, as they are.
    void setExtraHeaderBytes(const QByteArray &bytes) { m_extraHeaderBytes = bytes; }
    // Upgrade mode: answer our client's PINGs (on by default).
    void setAnswerPings(bool answer) { m_answerPings = answer; }
    void setAfterUpgrade(AfterUpgrade after) { m_afterUpgrade = after; }
    // HugeFrame: payload bytes written before the client went away.
    quint64 hugeFrameBytesSent() const { return m_hugeSent; }
    // Upgrade mode: every 200 ms send an unsolicited PONG with a foreign payload and a PING.
    void setChatter(bool chatter);

    QList<QByteArray> requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    int pingsAnswered() const { return m_pingsAnswered; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleFrames(QTcpSocket *socket);
    void sendFrame(QTcpSocket *socket, quint8 opcode, const QByteArray &payload);
    void chatter();
    void streamHugeFrame(QTcpSocket *socket);

    Mode m_mode;
    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_subprotocol;
    QByteArray m_extraHeaderBytes;
    bool m_answerPings = true;
    AfterUpgrade m_afterUpgrade = AfterUpgrade::Frames;
    quint64 m_hugeSent = 0;
    QTimer m_chatterTimer;
    QList<QPointer<QTcpSocket>> m_upgraded;
    QList<QByteArray> m_requests;
    int m_connections = 0;
    int m_pingsAnswered = 0;
};
