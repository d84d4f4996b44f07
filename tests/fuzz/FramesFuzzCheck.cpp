// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FuzzStream.h"
#include "FuzzTargets.h"

#include "net/FrameCodec.h"
#include "net/WebSocketClient.h"

using wscm::FrameCodec;
using Type = FrameCodec::Event::Type;

namespace {

struct Seen {
    Type type;
    QByteArray payload;
    int closeCode;
    QString closeReason; // as the client keeps it
    QString error;
    bool operator==(const Seen &) const = default;
};

struct Reading {
    QList<Seen> events;
    qsizetype mostKept = 0; // bytes held between reads, at most
    bool readAfterFailure = false;
};

// As WebSocketClient::readFrames reads: each read appended to what was kept, the events
// taken, what was read dropped from the front; nothing more after a failure.
Reading read(quint64 maxBytes, const QList<QByteArrayView> &chunks) {
    FrameCodec codec(maxBytes);
    Reading reading;
    QByteArray buffer;
    bool failed = false;
    for (const QByteArrayView chunk : chunks) {
        buffer.append(chunk);
        qsizetype taken = 0;
        FrameCodec::Event event;
        if (failed) {
            reading.readAfterFailure =
                reading.readAfterFailure || codec.next(buffer, &taken, &event);
            buffer.clear();
            continue;
        }
        while (codec.next(buffer, &taken, &event)) {
            reading.events.append({event.type, event.payload.toByteArray(), event.closeCode,
                                   QString::fromUtf8(event.closeReason), event.error});
            if (event.type == Type::TooBig || event.type == Type::ProtocolError) {
                failed = true;
                break;
            }
        }
        buffer.remove(0, failed ? buffer.size() : taken);
        reading.mostKept = qMax(reading.mostKept, buffer.size());
    }
    return reading;
}

} // namespace

// What a server sends after the upgrade. Options: bits 0-1 the limit of a message (1 MiB as
// the client has it, 0, 125 or 64 KiB).
QString framesFuzzCheck(const QByteArray &input) {
    const FuzzStream stream(input);
    const quint64 limits[] = {wscm::WebSocketClient::MaxIncomingBytes, 0, 125, 65536};
    const quint64 limit = limits[stream.options() & 3];
    const Reading whole = read(limit, {QByteArrayView(stream.bytes())});
    const QList<QByteArrayView> chunks = stream.chunks();
    const Reading cut = read(limit, chunks);
    if (whole.events != cut.events)
        return QStringLiteral("the events depend on the cuts: %1 whole, %2 in %3 reads")
            .arg(whole.events.size())
            .arg(cut.events.size())
            .arg(chunks.size());
    if (cut.mostKept > FrameCodec::MaxKeptBytes)
        return QStringLiteral("%1 bytes kept between reads, over MaxKeptBytes").arg(cut.mostKept);
    if (cut.readAfterFailure)
        return QStringLiteral("an event read after a failure");
    for (qsizetype i = 0; i < whole.events.size(); ++i) {
        const Seen &seen = whole.events.at(i);
        const bool failure = seen.type == Type::TooBig || seen.type == Type::ProtocolError;
        if (failure && (seen.error.isEmpty() || i != whole.events.size() - 1))
            return QStringLiteral("a failure without its cause, or not the last event");
        if (!failure && !seen.error.isEmpty())
            return QStringLiteral("an error on a %1 event").arg(int(seen.type));
        if (seen.payload.size() > 125 || seen.closeReason.toUtf8().size() > 3 * 123 ||
            seen.closeCode < -1 || seen.closeCode > 65535)
            return QStringLiteral("a control frame larger than 125 bytes, or its code out of "
                                  "range");
    }
    return QString();
}
