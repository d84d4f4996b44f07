// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "net/LineBuffer.h"

#include <QTest>

using namespace wscm;

class TestLineBuffer : public QObject {
    Q_OBJECT
private slots:
    void linesComeOutWhole();
    void aLongLineIsDroppedHoweverItArrives_data();
    void aLongLineIsDroppedHoweverItArrives();
    void restIsTheUnendedLine();
};

namespace {

QList<QByteArray> drain(LineBuffer &buffer) {
    QList<QByteArray> lines;
    QByteArray line;
    while (buffer.takeLine(&line))
        lines << line;
    return lines;
}

} // namespace

void TestLineBuffer::linesComeOutWhole() {
    LineBuffer buffer(16);
    buffer.append("one\ntw");
    QCOMPARE(drain(buffer), QList<QByteArray>{"one"});
    buffer.append("o\n\nthree\n");
    QCOMPARE(drain(buffer), (QList<QByteArray>{"two", "", "three"}));
    QCOMPARE(buffer.buffered(), 0);
}

void TestLineBuffer::aLongLineIsDroppedHoweverItArrives_data() {
    QTest::addColumn<int>("readSize");
    QTest::newRow("at once") << 1000;
    QTest::newRow("byte by byte") << 1;
    QTest::newRow("in fives") << 5;
}

// A peer that never ends its line holds no more than the limit here.
void TestLineBuffer::aLongLineIsDroppedHoweverItArrives() {
    QFETCH(int, readSize);
    const QByteArray stream = "short\n" + QByteArray(40, 'x') + "\nexactly-sixteen!\nafter\n";
    LineBuffer buffer(16);
    QList<QByteArray> lines;
    for (qsizetype at = 0; at < stream.size(); at += readSize) {
        buffer.append(
            QByteArrayView(stream).sliced(at, qMin<qsizetype>(readSize, stream.size() - at)));
        lines += drain(buffer);
        QVERIFY(buffer.buffered() <= 16);
    }
    QCOMPARE(lines, (QList<QByteArray>{"short", "exactly-sixteen!", "after"}));
    QCOMPARE(buffer.droppedLines(), 1);
}

void TestLineBuffer::restIsTheUnendedLine() {
    LineBuffer buffer(64);
    buffer.append("a\nPermission denied (publickey)");
    drain(buffer);
    QCOMPARE(buffer.rest(), QByteArray("Permission denied (publickey)"));
    buffer.clear();
    QCOMPARE(buffer.rest(), QByteArray());
}

QTEST_GUILESS_MAIN(TestLineBuffer)
#include "TestLineBuffer.moc"
