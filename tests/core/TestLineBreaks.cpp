// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "config/ConfigParser.h"
#include "config/LineBreaks.h"

#include <QTest>

using wscm::ConfigParser;
using wscm::LineBreaks;

// Where a line ends is decided once; this is its one test, and it holds the parser, the diff
// and the merge to the same answer.
class TestLineBreaks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void endings_data();
    void endings();
    void everyReaderAgrees_data();
    void everyReaderAgrees();
};

void TestLineBreaks::endings_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QByteArray>>("withoutEndings");
    QTest::addColumn<QList<int>>("endingLengths");
    using Lines = QList<QByteArray>;
    QTest::newRow("empty") << QByteArray() << Lines{""} << QList<int>{};
    QTest::newRow("no final newline") << QByteArray("a") << Lines{"a"} << QList<int>{0};
    QTest::newRow("final newline adds an empty line")
        << QByteArray("a\n") << Lines{"a", ""} << QList<int>{1};
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << Lines{"a", "b", ""} << QList<int>{2, 2};
    QTest::newRow("mixed") << QByteArray("a\nb\r\nc") << Lines{"a", "b", "c"}
                           << QList<int>{1, 2, 0};
    // fgets() stops at '\n' only: a lone '\r' is a byte of the line, also the last one.
    QTest::newRow("lone cr stays in the line")
        << QByteArray("a\rb\nc\r") << Lines{"a\rb", "c\r"} << QList<int>{1, 0};
    QTest::newRow("cr before cr lf") << QByteArray("a\r\r\n") << Lines{"a\r", ""} << QList<int>{2};
    QTest::newRow("only newlines")
        << QByteArray("\n\r\n\n") << Lines{"", "", "", ""} << QList<int>{1, 2, 1};
    QTest::newRow("nul bytes are data")
        << QByteArray("a\0b\n", 4) << Lines{QByteArray("a\0b", 3), ""} << QList<int>{1};
}

void TestLineBreaks::endings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QByteArray>, withoutEndings);
    QFETCH(QList<int>, endingLengths);
    QCOMPARE(LineBreaks::withoutEndings(bytes), withoutEndings);
    const QList<QByteArray> withEndings = LineBreaks::withEndings(bytes);
    QCOMPARE(withEndings.join(), bytes);
    QList<int> lengths;
    for (const QByteArray &line : withEndings)
        lengths.append(LineBreaks::endingLength(line));
    QCOMPARE(lengths, endingLengths);
    qsizetype from = 0;
    for (const QByteArray &line : withEndings) {
        QCOMPARE(LineBreaks::nextLineStart(bytes, from), from + line.size());
        from += line.size();
    }
}

void TestLineBreaks::everyReaderAgrees_data() {
    endings_data();
}

// The parser's lines (with the fgets() buffer on top) end where LineBreaks says.
void TestLineBreaks::everyReaderAgrees() {
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QByteArray>, withoutEndings);
    const auto lines = ConfigParser::parse(bytes);
    const QList<QByteArray> withEndings = LineBreaks::withEndings(bytes);
    QCOMPARE(lines.size(), withEndings.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(ConfigParser::rawLine(bytes, lines.at(i)).toByteArray(), withoutEndings.at(i));
        QCOMPARE(int(lines.at(i).eolLength), LineBreaks::endingLength(withEndings.at(i)));
    }
}

QTEST_GUILESS_MAIN(TestLineBreaks)
#include "TestLineBreaks.moc"
