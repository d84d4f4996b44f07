// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QByteArrayView>
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
        QByteArrayView payload; // Ping / Pong
        int closeCode = -1;     // Close: -1 when the frame carried none
        QByteArrayView closeReason;
        QString error; // TooBig / ProtocolError
    };

    explicit FrameCodec(quint64 maxBytes);

    // Reads `bytes` from *offset on as far as they make sense, up to and with the next control
    // frame or failure, and moves *offset past what it took (data frames are skipped as they
    // stream in). True with *event set when it found one: its payload and close reason point
    // into `bytes`, nothing is copied. False when the bytes hold nothing more to tell (yet):
    // those from *offset on are the start of a frame, to be kept for the next call. After a
    // TooBig or ProtocolError event (which takes every byte) it reads nothing more. A list of
    // events with a copy of each payload cost an allocation or two per PONG.
    bool next(QByteArrayView bytes, qsizetype *offset, Event *event);
    // What next() leaves untaken at most, whatever the peer sends: an unfinished control frame
    // with its length in the 8-byte form (a data frame's payload is never waited for). So a
    // reader keeps no more than this between reads.
    static constexpr qsizetype MaxKeptBytes = 2 + 8 + 125 - 1;

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
    static qsizetype controlFrame(OpCode opcode, QByteArrayView payload, uchar *out);

private:
    quint64 m_maxBytes;
    quint64 m_skip = 0;         // payload bytes of a data frame still to drop
    quint64 m_messageBytes = 0; // of the data message being received
    bool m_inMessage = false;
    bool m_failed = false;
};

} // namespace wscm
