// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "net/FrameCodec.h"

#include <QSet>
#include <QTest>
#include <QtEndian>

using wscm::FrameCodec;
using Type = wscm::FrameCodec::Event::Type;

// The frames of RFC 6455 section 5, as the connection engine reads and writes them.
class TestFrameCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void controlFramesAreRead();
    void dataIsSkippedWithoutKeepingIt();
    void bytesMayArriveOneByOne();
    void payloadsPointIntoTheBytes();
    void tooBigFrameAndMessage();
    void protocolErrors_data();
    void protocolErrors();
    void writtenFramesAreMasked();
    void controlFramesAreWrittenInPlaceWithFreshMasks();
};

namespace {

// An unmasked frame as a server sends it.
QByteArray serverFrame(quint8 first, const QByteArray &payload, quint64 declared = quint64(-1)) {
    const quint64 length = declared == quint64(-1) ? quint64(payload.size()) : declared;
    QByteArray frame(1, char(first));
    if (length < 126) {
        frame += char(length);
    } else if (length <= 0xffff) {
        frame += char(126);
        uchar size[2];
        qToBigEndian<quint16>(quint16(length), size);
        frame += QByteArray(reinterpret_cast<char *>(size), 2);
    } else {
        frame += char(127);
        uchar size[8];
        qToBigEndian<quint64>(length, size);
        frame += QByteArray(reinterpret_cast<char *>(size), 8);
    }
    return frame + payload;
}

// An event with its own copy of the bytes it points to.
struct ReadEvent {
    Type type;
    QByteArray payload;
    int closeCode;
    QByteArray closeReason;
};

// Everything the codec reads from the front of *buffer, which keeps what it did not take (as
// WebSocketClient's buffer does).
QList<ReadEvent> read(FrameCodec &codec, QByteArray *buffer) {
    QList<ReadEvent> events;
    qsizetype offset = 0;
    FrameCodec::Event event;
    while (codec.next(*buffer, &offset, &event))
        events.append({event.type, event.payload.toByteArray(), event.closeCode,
                       event.closeReason.toByteArray()});
    buffer->remove(0, offset);
    return events;
}

} // namespace

void TestFrameCodec::controlFramesAreRead() {
    FrameCodec codec(1024);
    QByteArray bytes = serverFrame(0x89, "ping!") + serverFrame(0x8a, "pong!") +
                       serverFrame(0x88, QByteArray("\x03\xf0", 2) + "go away");
    const auto events = read(codec, &bytes);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).type, Type::Ping);
    QCOMPARE(events.at(0).payload, QByteArray("ping!"));
    QCOMPARE(events.at(1).type, Type::Pong);
    QCOMPARE(events.at(1).payload, QByteArray("pong!"));
    QCOMPARE(events.at(2).type, Type::Close);
    QCOMPARE(events.at(2).closeCode, 1008);
    QCOMPARE(events.at(2).closeReason, QByteArray("go away"));
    QVERIFY(bytes.isEmpty());
}

void TestFrameCodec::dataIsSkippedWithoutKeepingIt() {
    FrameCodec codec(100000);
    // A fragmented text message with a PING between its fragments.
    QByteArray bytes = serverFrame(0x01, QByteArray(300, 'a')) + serverFrame(0x89, "p") +
                       serverFrame(0x80, QByteArray(70000, 'b')) + serverFrame(0x8a, "q");
    const auto events = read(codec, &bytes);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).payload, QByteArray("p"));
    QCOMPARE(events.at(1).payload, QByteArray("q"));
    QVERIFY(bytes.isEmpty());
}

void TestFrameCodec::bytesMayArriveOneByOne() {
    FrameCodec codec(1024);
    const QByteArray all = serverFrame(0x82, QByteArray(200, 'x')) + serverFrame(0x8a, "late");
    QByteArray buffer;
    QList<ReadEvent> events;
    for (const char c : all) {
        buffer += c;
        events += read(codec, &buffer);
    }
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).payload, QByteArray("late"));
}

void TestFrameCodec::payloadsPointIntoTheBytes() {
    FrameCodec codec(1024);
    const QByteArray pong = serverFrame(0x8a, "pong!");
    const QByteArray close = serverFrame(0x88, QByteArray("\x03\xe8", 2) + "bye");
    // A data frame first, then a PONG, a close frame and the first byte of the next frame.
    const QByteArray bytes = serverFrame(0x82, QByteArray(10, 'd')) + pong + close + '\x89';
    qsizetype offset = 0;
    FrameCodec::Event event;
    QVERIFY(codec.next(bytes, &offset, &event));
    QCOMPARE(event.type, Type::Pong);
    QCOMPARE(event.payload, QByteArrayView("pong!"));
    QCOMPARE(event.payload.data(), bytes.constData() + 12 + 2);
    QCOMPARE(offset, 12 + pong.size());
    QVERIFY(codec.next(bytes, &offset, &event));
    QCOMPARE(event.type, Type::Close);
    QCOMPARE(event.closeCode, 1000);
    QCOMPARE(event.closeReason, QByteArrayView("bye"));
    QCOMPARE(event.closeReason.data(), bytes.constData() + 12 + pong.size() + 4);
    QVERIFY(event.payload.isEmpty());
    // The partial frame is left where it is, to be read with what follows.
    QVERIFY(!codec.next(bytes, &offset, &event));
    QCOMPARE(offset, bytes.size() - 1);
}

void TestFrameCodec::tooBigFrameAndMessage() {
    FrameCodec frame(1000);
    QByteArray header = serverFrame(0x82, QByteArray(), 100ULL * 1024 * 1024);
    auto events = read(frame, &header);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).type, Type::TooBig);
    // Two fragments of 600 bytes: each fits, the message does not.
    FrameCodec message(1000);
    QByteArray bytes =
        serverFrame(0x02, QByteArray(600, 'a')) + serverFrame(0x80, QByteArray(600, 'b'));
    events = read(message, &bytes);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).type, Type::TooBig);
    // Nothing is read after that.
    QByteArray more = serverFrame(0x89, "x");
    QVERIFY(read(message, &more).isEmpty());
}

void TestFrameCodec::protocolErrors_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("reserved bits") << serverFrame(0xc1, "x");
    QTest::newRow("masked by the server") << QByteArray("\x81\x81\x00\x00\x00\x00x", 7);
    QTest::newRow("fragmented control frame") << serverFrame(0x09, "x");
    QTest::newRow("long control frame") << serverFrame(0x89, QByteArray(126, 'x'));
    QTest::newRow("unknown opcode") << serverFrame(0x83, "x");
    QTest::newRow("continuation first") << serverFrame(0x80, "x");
    QTest::newRow("new message in a fragmented one")
        << serverFrame(0x01, "x") + serverFrame(0x81, "y");
}

void TestFrameCodec::protocolErrors() {
    QFETCH(QByteArray, bytes);
    FrameCodec codec(1024);
    const auto events = read(codec, &bytes);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).type, Type::ProtocolError);
}

void TestFrameCodec::writtenFramesAreMasked() {
    for (const int size : {0, 5, 125, 126, 70000}) {
        const QByteArray payload(size, 'z');
        const QByteArray frame = FrameCodec::frame(FrameCodec::OpCode::Ping, payload);
        QCOMPARE(quint8(frame.at(0)), quint8(0x89));
        QVERIFY(quint8(frame.at(1)) & 0x80);
        const int extra = size < 126 ? 0 : size <= 0xffff ? 2 : 8;
        const QByteArray mask = frame.mid(2 + extra, 4);
        QByteArray unmasked = frame.mid(6 + extra);
        QCOMPARE(unmasked.size(), size);
        for (qsizetype i = 0; i < unmasked.size(); ++i)
            unmasked[i] = char(unmasked.at(i) ^ mask.at(i % 4));
        QCOMPARE(unmasked, payload);
    }
    const QByteArray close = FrameCodec::closeFrame(1001, "bye");
    QCOMPARE(quint8(close.at(0)), quint8(0x88));
    QCOMPARE(quint8(close.at(1)) & 0x7f, 5);
}

void TestFrameCodec::controlFramesAreWrittenInPlaceWithFreshMasks() {
    const QByteArray payload = QByteArrayLiteral("wscm-0123456789abcdef");
    QSet<QByteArray> masks;
    for (int i = 0; i < 64; ++i) {
        uchar out[FrameCodec::MaxControlFrameBytes];
        const qsizetype size = FrameCodec::controlFrame(FrameCodec::OpCode::Ping, payload, out);
        QCOMPARE(size, 6 + payload.size());
        const QByteArray frame(reinterpret_cast<const char *>(out), size);
        QCOMPARE(quint8(frame.at(0)), quint8(0x89));
        QCOMPARE(quint8(frame.at(1)), quint8(0x80 | payload.size()));
        const QByteArray mask = frame.mid(2, 4);
        masks.insert(mask);
        QByteArray unmasked = frame.mid(6);
        for (qsizetype j = 0; j < unmasked.size(); ++j)
            unmasked[j] = char(unmasked.at(j) ^ mask.at(j % 4));
        QCOMPARE(unmasked, payload);
    }
    // A fresh key for every frame (RFC 6455 5.3): 64 draws of 32 bits do not repeat.
    QCOMPARE(masks.size(), 64);
    uchar out[FrameCodec::MaxControlFrameBytes];
    const QByteArray longest(125, 'x');
    QCOMPARE(FrameCodec::controlFrame(FrameCodec::OpCode::Pong, longest, out),
             FrameCodec::MaxControlFrameBytes);
    QCOMPARE(out[0], uchar(0x8a));
}

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "TestFrameCodec.moc"
