// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "config/LineMerge.h"

#include <QTest>

using namespace wscm;

Q_DECLARE_METATYPE(QList<LineMerge::Conflict>)

namespace {

// A conflict as "base line+count theirs line+count mine line+count", for readable failures.
QStringList describe(const QList<LineMerge::Conflict> &conflicts) {
    QStringList out;
    for (const LineMerge::Conflict &c : conflicts) {
        out << QStringLiteral("base %1+%2 theirs %3+%4 mine %5+%6")
                   .arg(c.baseLine)
                   .arg(c.baseCount)
                   .arg(c.theirsLine)
                   .arg(c.theirsCount)
                   .arg(c.mineLine)
                   .arg(c.mineCount);
    }
    return out;
}

const QByteArray section = "; clients\n"
                           "[media]\n"
                           "type = websocket_client\n"
                           "uri = ws://127.0.0.1:1/media\n"
                           "connection_timeout = 500\n"
                           "\n"
                           "[events]\n"
                           "type = websocket_client\n"
                           "uri = ws://127.0.0.1:2/events\n";

} // namespace

class TestLineMerge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clean_data();
    void clean();
    void conflicts_data();
    void conflicts();
    void conflictKeepsTheirLinesAndMergesTheRest();
    void largeFilesMergeQuickly();
};

void TestLineMerge::clean_data() {
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QByteArray>("mine");
    QTest::addColumn<QByteArray>("expected");

    QByteArray theirs = section;
    theirs.replace("uri = ws://127.0.0.1:1/media", "uri = ws://10.0.0.1/media");
    QByteArray mine = section;
    mine.replace("uri = ws://127.0.0.1:2/events", "uri = ws://127.0.0.1:2/events ; mine");
    QByteArray both = theirs;
    both.replace("uri = ws://127.0.0.1:2/events", "uri = ws://127.0.0.1:2/events ; mine");
    QTest::newRow("separate lines") << section << theirs << mine << both;

    QTest::newRow("nothing of mine") << section << theirs << section << theirs;
    QTest::newRow("nothing of theirs") << section << section << mine << mine;
    QTest::newRow("the same change on both sides") << section << theirs << theirs << theirs;
    QTest::newRow("all empty") << QByteArray() << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("a new file of mine")
        << QByteArray() << QByteArray() << QByteArray("[a]\n") << QByteArray("[a]\n");

    // Each line keeps its own ending, "\r\n" or "\n", whoever wrote it.
    QByteArray crlf = section;
    crlf.replace("\n", "\r\n");
    QByteArray crlfTheirs = crlf;
    crlfTheirs.replace("[events]\r\n", "[events]\r\nprotocols = ari\r\n");
    QByteArray crlfMine = crlf;
    crlfMine.replace("connection_timeout = 500", "connection_timeout = 750");
    QByteArray crlfBoth = crlfTheirs;
    crlfBoth.replace("connection_timeout = 500", "connection_timeout = 750");
    QTest::newRow("CRLF") << crlf << crlfTheirs << crlfMine << crlfBoth;
    QTest::newRow("mixed endings")
        << QByteArray("a\r\nb\nc\r\nd\ne\r\n") << QByteArray("A\r\nb\nc\r\nd\ne\r\n")
        << QByteArray("a\r\nb\nc\r\nd\nE\r\n") << QByteArray("A\r\nb\nc\r\nd\nE\r\n");
    // A line whose ending alone changed is a change like any other, kept as made.
    QTest::newRow("their line ending")
        << QByteArray("a\nb\nc\nd\n") << QByteArray("a\r\nb\nc\nd\n") << QByteArray("a\nb\nc\nD\n")
        << QByteArray("a\r\nb\nc\nD\n");

    // No final newline: the last line stays without one unless a side added it.
    QTest::newRow("no final newline, mine at the end")
        << QByteArray("a\nb\nc\nlast") << QByteArray("A\nb\nc\nlast") << QByteArray("a\nb\nc\nLAST")
        << QByteArray("A\nb\nc\nLAST");
    QTest::newRow("no final newline, theirs at the end")
        << QByteArray("a\nb\nc\nlast") << QByteArray("a\nb\nc\nlast = 2")
        << QByteArray("a\nB\nc\nlast") << QByteArray("a\nB\nc\nlast = 2");
    QTest::newRow("no final newline, appended by mine")
        << QByteArray("a\nb\nc\nlast") << QByteArray("A\nb\nc\nlast")
        << QByteArray("a\nb\nc\nlast\n[new]\n") << QByteArray("A\nb\nc\nlast\n[new]\n");

    // Comments, blank lines and order are bytes like the others.
    QTest::newRow("comments and blanks")
        << QByteArray("; one\n\n\n[a]\n; two\nx = 1\n\n; three\n")
        << QByteArray("; one\n\n\n[a]\n; two, edited\nx = 1\n\n; three\n")
        << QByteArray("; one\n\n\n[a]\n; two\nx = 1\n\n\n; three\n")
        << QByteArray("; one\n\n\n[a]\n; two, edited\nx = 1\n\n\n; three\n");
    QTest::newRow("mine removes, theirs edits elsewhere")
        << section << theirs << QByteArray(section).replace("connection_timeout = 500\n", "")
        << QByteArray(theirs).replace("connection_timeout = 500\n", "");
    QTest::newRow("mine adds a section at the end, theirs edits the first")
        << section << theirs << section + "\n[ari]\ntype = websocket_client\n"
        << theirs + "\n[ari]\ntype = websocket_client\n";
    QTest::newRow("theirs adds at the start, mine edits the end")
        << section << "; managed by someone\n" + section
        << QByteArray(section).replace("2/events", "3/events")
        << "; managed by someone\n" + QByteArray(section).replace("2/events", "3/events");
    // Replacing neighbouring lines is two separate decisions.
    QTest::newRow("neighbouring lines") << QByteArray("a\nb\nc\nd\n") << QByteArray("a\nB\nc\nd\n")
                                        << QByteArray("a\nb\nC\nd\n") << QByteArray("a\nB\nC\nd\n");
    QTest::newRow("the same line added on both sides")
        << QByteArray("a\nb\n") << QByteArray("a\nb\nc\n") << QByteArray("a\nb\nc\n")
        << QByteArray("a\nb\nc\n");
    // Diff may place their addition right after my changed line ("\n[ari]" after the blank
    // line rather than "[ari]\n" before it): it is the same addition, and no conflict.
    QTest::newRow("addition among equal lines")
        << QByteArray("; top\nx = 1\n\n[events]\n")
        << QByteArray("; TOP\nx = 1\n\n[ari]\n\n[events]\n")
        << QByteArray("; top\nx = 2\n\n[events]\n")
        << QByteArray("; TOP\nx = 2\n\n[ari]\n\n[events]\n");
    QTest::newRow("addition among equal lines, upwards")
        << QByteArray("x = 1\n\n[b]\n") << QByteArray("x = 1\n\n[new]\n\n[b]\n")
        << QByteArray("x = 1\n\n[b] ; mine\n") << QByteArray("x = 1\n\n[new]\n\n[b] ; mine\n");
    QTest::newRow("repeated lines") << QByteArray("x\n\nx\n\nx\n") << QByteArray("y\n\nx\n\nx\n")
                                    << QByteArray("x\n\nx\n\nz\n") << QByteArray("y\n\nx\n\nz\n");
}

void TestLineMerge::clean() {
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, theirs);
    QFETCH(QByteArray, mine);
    QFETCH(QByteArray, expected);
    const LineMerge::Result result = LineMerge::merge(base, theirs, mine);
    QCOMPARE(describe(result.conflicts), QStringList());
    QVERIFY(result.clean());
    QCOMPARE(result.bytes, expected);
}

void TestLineMerge::conflicts_data() {
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QByteArray>("mine");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("one line, two values")
        << QByteArray("a\nx = 1\nb\n") << QByteArray("a\nx = 2\nb\n") << QByteArray("a\nx = 3\nb\n")
        << QStringList{QStringLiteral("base 1+1 theirs 1+1 mine 1+1")};
    QTest::newRow("both append") << QByteArray("a\n") << QByteArray("a\nb\n")
                                 << QByteArray("a\nc\n")
                                 << QStringList{QStringLiteral("base 1+0 theirs 1+1 mine 1+1")};
    QTest::newRow("both write a new file")
        << QByteArray() << QByteArray("x\n") << QByteArray("y\n")
        << QStringList{QStringLiteral("base 0+0 theirs 0+1 mine 0+1")};
    // An option added at the end of a section that the other side removed would end up in
    // the section before it.
    QTest::newRow("added where the other removed")
        << QByteArray("[a]\nx = 1\n[b]\ny = 2\n") << QByteArray("[a]\nx = 1\n")
        << QByteArray("[a]\nx = 1\n[b]\ny = 2\nz = 3\n")
        << QStringList{QStringLiteral("base 2+2 theirs 2+0 mine 2+3")};
    QTest::newRow("removed and edited")
        << QByteArray("a\nb\nc\n") << QByteArray("a\nc\n") << QByteArray("a\nB\nc\n")
        << QStringList{QStringLiteral("base 1+1 theirs 1+0 mine 1+1")};
    QTest::newRow("only the line ending on one side")
        << QByteArray("a\nb\n") << QByteArray("a\r\nb\n") << QByteArray("A\nb\n")
        << QStringList{QStringLiteral("base 0+1 theirs 0+1 mine 0+1")};
    // Their edit spans lines that two of mine touch: one conflict covering all of it.
    QTest::newRow("one of theirs across two of mine")
        << QByteArray("1\n2\n3\n4\n5\n") << QByteArray("1\nTWO\nTHREE\nFOUR\n5\n")
        << QByteArray("1\n2x\n3\n4x\n5\n")
        << QStringList{QStringLiteral("base 1+3 theirs 1+3 mine 1+3")};
    // Line numbers count in each text, after the clean changes before them.
    QTest::newRow("numbers after other changes")
        << QByteArray("a\nb\nc\nd\ne\n") << QByteArray("new1\nnew2\na\nb\nc\nd\nE1\n")
        << QByteArray("a\nc\nd\nE2\n")
        << QStringList{QStringLiteral("base 4+1 theirs 6+1 mine 3+1")};
    QTest::newRow("two conflicts") << QByteArray("a\nb\nc\nd\ne\n") << QByteArray("A\nb\nc\nd\nE\n")
                                   << QByteArray("a1\nb\nc\nd\ne1\n")
                                   << QStringList{QStringLiteral("base 0+1 theirs 0+1 mine 0+1"),
                                                  QStringLiteral("base 4+1 theirs 4+1 mine 4+1")};
    QTest::newRow("no final newline, both at the end")
        << QByteArray("a\nlast") << QByteArray("a\nlast = 1") << QByteArray("a\nlast = 2")
        << QStringList{QStringLiteral("base 1+1 theirs 1+1 mine 1+1")};
}

void TestLineMerge::conflicts() {
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, theirs);
    QFETCH(QByteArray, mine);
    QFETCH(QStringList, expected);
    const LineMerge::Result result = LineMerge::merge(base, theirs, mine);
    QVERIFY(!result.clean());
    QCOMPARE(describe(result.conflicts), expected);
}

void TestLineMerge::conflictKeepsTheirLinesAndMergesTheRest() {
    const QByteArray base = "a\r\nb\r\nc\r\nd\r\ne\r\nf\r\ng\r\n";
    const QByteArray theirs = "a\r\nb\r\nC-theirs\r\nd\r\ne\r\nF\r\ng\r\n";
    // Both changed c: their line stays there; mine's a and e and theirs' f are merged.
    const LineMerge::Result result =
        LineMerge::merge(base, theirs, "A\r\nb\r\nc-mine\r\nd\r\nE\r\nf\r\ng\r\n");
    QCOMPARE(describe(result.conflicts),
             QStringList{QStringLiteral("base 2+1 theirs 2+1 mine 2+1")});
    QCOMPARE(result.bytes, QByteArray("A\r\nb\r\nC-theirs\r\nd\r\nE\r\nF\r\ng\r\n"));
    // A line of mine added between lines nobody changed merges cleanly.
    const LineMerge::Result other =
        LineMerge::merge(base, theirs, "A\r\nb\r\nc\r\nd\r\nadded\r\ne\r\nf\r\ng\r\n");
    QVERIFY(other.clean());
    QCOMPARE(other.bytes, QByteArray("A\r\nb\r\nC-theirs\r\nd\r\nadded\r\ne\r\nF\r\ng\r\n"));
}

void TestLineMerge::largeFilesMergeQuickly() {
    QByteArray base;
    for (int i = 0; i < 20000; ++i) {
        base += "[client" + QByteArray::number(i) +
                "]\ntype = websocket_client\nuri = ws://127.0.0.1:1/x\n\n";
    }
    QByteArray theirs = base;
    theirs.replace("[client10]\n", "[client10]\nprotocols = ari\n");
    QByteArray mine = base;
    mine.replace("[client19990]\n", "[client19990] ; mine\n");
    QByteArray expected = theirs;
    expected.replace("[client19990]\n", "[client19990] ; mine\n");
    QElapsedTimer clock;
    clock.start();
    const LineMerge::Result result = LineMerge::merge(base, theirs, mine);
    QVERIFY(result.clean());
    QCOMPARE(result.bytes, expected);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestLineMerge)
#include "TestLineMerge.moc"
