// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace wscm {

// Reads what a WebSocket server sends after the upgrade (RFC 6455 section 5), for a client
// that only cares about control frames: PINGs, PONGs and the close frame, and writes the
// masked frames a client sends. Data frames are
// skipped as they stream in, never kept, but their size is checked: a frame or a message
// over the limit ends the connection with 1009, as it did when Qt's QWebSocket read them.
class FrameCodec {
public:
    struct Event {
        enum class Type { Ping, Pong, Close, TooBig, ProtocolError };
        Type type = Type::Ping;
        QByteArray payload; // Ping / Pong
        int closeCode = -1; // Close: -1 when the frame carried none
        QByteArray closeReason;
        QString error; // TooBig / ProtocolError
    };

    explicit FrameCodec(quint64 maxBytes);

    // Takes bytes off the front of *buffer as far as they make sense and returns what they
    // meant. After a TooBig or ProtocolError event it reads nothing more.
    QList<Event> read(QByteArray *buffer);

    // Frames a client sends: always masked with a fresh key.
    enum class OpCode : quint8 {
        Continuation = 0,
        Text = 1,
        Binary = 2,
        Close = 8,
        Ping = 9,
        Pong = 10
    };
    static QByteArray frame(OpCode opcode, const QByteArray &payload);
    static QByteArray closeFrame(int code, const QByteArray &reason);
    // The largest control frame (PING, PONG, close): header, mask and 125 bytes of payload.
    static constexpr qsizetype MaxControlFrameBytes = 2 + 4 + 125;
    // Writes a control frame with up to 125 bytes of payload into out (MaxControlFrameBytes
    // long) and returns its size: no allocation for the PING each connection sends.
    static qsizetype controlFrame(OpCode opcode, const QByteArray &payload, uchar *out);

private:
    quint64 m_maxBytes;
    quint64 m_skip = 0;         // payload bytes of a data frame still to drop
    quint64 m_messageBytes = 0; // of the data message being received
    bool m_inMessage = false;
    bool m_failed = false;
};

} // namespace wscm
