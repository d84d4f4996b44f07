// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FrameCodec.h"

#include <QRandomGenerator>
#include <QtEndian>

namespace wscm {

FrameCodec::FrameCodec(quint64 maxBytes)
    : m_maxBytes(maxBytes) {}

bool FrameCodec::next(QByteArrayView bytes, qsizetype *offset, Event *event) {
    const auto fail = [&](Event::Type type, const QString &error) {
        *event = Event();
        event->type = type;
        event->error = error;
        m_failed = true;
        *offset = bytes.size();
        return true;
    };
    while (!m_failed) {
        const qsizetype available = bytes.size() - *offset;
        if (m_skip > 0) {
            const quint64 n = qMin<quint64>(m_skip, quint64(available));
            *offset += qsizetype(n);
            m_skip -= n;
            if (m_skip > 0)
                return false;
            continue;
        }
        if (available < 2)
            return false;
        const auto *frame = reinterpret_cast<const uchar *>(bytes.data()) + *offset;
        const bool fin = frame[0] & 0x80;
        const int rsv = frame[0] & 0x70;
        const int opcode = frame[0] & 0x0f;
        const bool masked = frame[1] & 0x80;
        quint64 length = frame[1] & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            header = 4;
            if (available < header)
                return false;
            length = qFromBigEndian<quint16>(frame + 2);
        } else if (length == 127) {
            header = 10;
            if (available < header)
                return false;
            length = qFromBigEndian<quint64>(frame + 2);
        }
        if (masked)
            header += 4;
        if (rsv != 0)
            return fail(Event::Type::ProtocolError, QStringLiteral("frame with reserved bits set"));
        if (masked)
            return fail(Event::Type::ProtocolError,
                        QStringLiteral("the server sent a masked frame"));
        const bool control = opcode >= 8;
        if (control) {
            if (opcode > 10 || !fin || length > 125)
                return fail(Event::Type::ProtocolError,
                            QStringLiteral("invalid control frame (opcode %1)").arg(opcode));
            if (quint64(available) < quint64(header) + length)
                return false;
            const QByteArrayView payload = bytes.sliced(*offset + header, qsizetype(length));
            *offset += header + qsizetype(length);
            *event = Event();
            if (opcode == 8) {
                event->type = Event::Type::Close;
                if (payload.size() >= 2) {
                    event->closeCode = qFromBigEndian<quint16>(payload.data());
                    event->closeReason = payload.sliced(2);
                }
            } else {
                event->type = opcode == 9 ? Event::Type::Ping : Event::Type::Pong;
                event->payload = payload;
            }
            return true;
        }
        if (opcode > 2)
            return fail(Event::Type::ProtocolError,
                        QStringLiteral("unknown opcode %1").arg(opcode));
        if ((opcode == 0) != m_inMessage)
            return fail(Event::Type::ProtocolError,
                        opcode == 0 ? QStringLiteral("continuation frame outside a message")
                                    : QStringLiteral("new message inside a fragmented one"));
        if (length > m_maxBytes)
            return fail(Event::Type::TooBig,
                        QStringLiteral("a frame of %1 bytes, over the limit of %2")
                            .arg(length)
                            .arg(m_maxBytes));
        m_messageBytes = (opcode == 0 ? m_messageBytes : 0) + length;
        if (m_messageBytes > m_maxBytes)
            return fail(Event::Type::TooBig,
                        QStringLiteral("a message over the limit of %1 bytes").arg(m_maxBytes));
        m_inMessage = !fin;
        *offset += header;
        m_skip = length;
    }
    return false;
}

namespace {

// The masking key of each frame. RFC 6455 (5.3) wants it unpredictable to whoever sees the
// traffic, so that a client's frames cannot be shaped into bytes an intermediary would take
// for something else; it does not need a cryptographic source for each frame. A xoshiro128**
// generator per thread, seeded from the system's random source (QRandomGenerator::system),
// gives a fresh unpredictable key per frame without the lock and the call of
// QRandomGenerator::global() on every PING of a thousand connections.
quint32 nextMask() {
    struct Generator {
        quint32 s[4];
        Generator() {
            do
                QRandomGenerator::system()->fillRange(s);
            while ((s[0] | s[1] | s[2] | s[3]) == 0);
        }
    };
    static thread_local Generator g;
    const auto rotl = [](quint32 x, int k) {
        return (x << k) | (x >> (32 - k));
    };
    quint32 *s = g.s;
    const quint32 result = rotl(s[1] * 5, 7) * 9;
    const quint32 t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
}

// Writes the header, the mask and the masked payload; out has room for all of them.
qsizetype writeFrame(FrameCodec::OpCode opcode, QByteArrayView payload, uchar *out) {
    const quint64 length = quint64(payload.size());
    const qsizetype lengthBytes = length < 126 ? 0 : length <= 0xffff ? 2 : 8;
    const qsizetype header = 2 + lengthBytes + 4;
    out[0] = uchar(0x80 | quint8(opcode));
    if (lengthBytes == 0) {
        out[1] = uchar(0x80 | length);
    } else if (lengthBytes == 2) {
        out[1] = uchar(0x80 | 126);
        qToBigEndian<quint16>(quint16(length), out + 2);
    } else {
        out[1] = uchar(0x80 | 127);
        qToBigEndian<quint64>(length, out + 2);
    }
    uchar *mask = out + 2 + lengthBytes;
    qToBigEndian<quint32>(nextMask(), mask);
    const auto *in = reinterpret_cast<const uchar *>(payload.constData());
    for (qsizetype i = 0; i < payload.size(); ++i)
        out[header + i] = uchar(in[i] ^ mask[i % 4]);
    return header + payload.size();
}

} // namespace

QByteArray FrameCodec::frame(OpCode opcode, const QByteArray &payload) {
    // One allocation, written in place.
    const quint64 length = quint64(payload.size());
    const qsizetype header = 2 + (length < 126 ? 0 : length <= 0xffff ? 2 : 8) + 4;
    QByteArray frame(header + payload.size(), Qt::Uninitialized);
    writeFrame(opcode, payload, reinterpret_cast<uchar *>(frame.data()));
    return frame;
}

qsizetype FrameCodec::controlFrame(OpCode opcode, QByteArrayView payload, uchar *out) {
    Q_ASSERT(payload.size() <= 125);
    return writeFrame(opcode, payload.first(qMin<qsizetype>(payload.size(), 125)), out);
}

QByteArray FrameCodec::closeFrame(int code, const QByteArray &reason) {
    uchar bytes[2];
    qToBigEndian<quint16>(quint16(code), bytes);
    return frame(OpCode::Close,
                 QByteArray(reinterpret_cast<const char *>(bytes), 2) + reason.left(123));
}

} // namespace wscm
