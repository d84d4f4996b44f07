// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "config/SectionHeaderScan.h"

#include <QTest>

using namespace wscm;

// What a quick look at a config's bytes may say about its headers: never less than the
// resolver will find.
class TestSectionHeaderScan : public QObject {
    Q_OBJECT
private slots:
    void namedBasesWithoutCase() {
        const SectionHeaderScan scan("[t](!)\na=1\n[c](T-One,Two )\n[d](!, three)\n");
        QVERIFY(!scan.mayAddToEarlier());
        QVERIFY(scan.mayBeNamed("t-one"));
        QVERIFY(scan.mayBeNamed("T-ONE"));
        QVERIFY(scan.mayBeNamed("two"));
        QVERIFY(scan.mayBeNamed("Three"));
        QVERIFY(!scan.mayBeNamed("t"));
        QVERIFY(!scan.mayBeNamed("c"));
        QVERIFY(!scan.mayBeNamed("tw"));
    }

    // An indented header, one after a comment: every "(…)" counts, wherever it stands.
    void everyParenthesisCounts() {
        const SectionHeaderScan scan("  [a](base)\n; see (notes)\nuri = ws://h/(x)\n");
        QVERIFY(scan.mayBeNamed("base"));
        QVERIFY(scan.mayBeNamed("notes"));
        QVERIFY(scan.mayBeNamed("x"));
        QVERIFY(!scan.mayBeNamed("a"));
    }

    // An addition, or a "(…)" that a comment, an escape or a NUL may change before config.c
    // reads it: the scan cannot tell what the header names, so every name may be named.
    void unsureOf_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("addition") << QByteArray("[a]\n[a](+)\n");
        QTest::newRow("addition after a template mark") << QByteArray("[a](!,+)\n");
        QTest::newRow("filtered addition") << QByteArray("[a](+type=x)\n");
        QTest::newRow("block comment inside") << QByteArray("[b](te;--x--;mpl)\n");
        QTest::newRow("comment opened inside") << QByteArray("[b](base;--\n--;)\n");
        QTest::newRow("escape inside") << QByteArray("[b](x\\;y)\n");
        QTest::newRow("NUL inside") << QByteArray("[b](x\0y)\n", 9);
    }
    void unsureOf() {
        QFETCH(QByteArray, bytes);
        const SectionHeaderScan scan(bytes);
        QVERIFY(scan.mayAddToEarlier());
        QVERIFY(scan.mayBeNamed("anything"));
    }

    // The same "(…)" many times over is read once; a different one after it still counts.
    void repeatedWordsThenANewOne() {
        QByteArray bytes;
        for (int i = 0; i < 100; ++i)
            bytes += "[s" + QByteArray::number(i) + "](tmpl)\n";
        bytes += "[last](other)\n[x](+)\n";
        QVERIFY(SectionHeaderScan(bytes).mayAddToEarlier());
        bytes.chop(QByteArrayView("[x](+)\n").size());
        const SectionHeaderScan scan(bytes);
        QVERIFY(!scan.mayAddToEarlier());
        QVERIFY(scan.mayBeNamed("tmpl"));
        QVERIFY(scan.mayBeNamed("other"));
    }

    void emptyParenthesesAndEmptyFile() {
        QVERIFY(!SectionHeaderScan("[a]()\n").mayAddToEarlier());
        QVERIFY(!SectionHeaderScan(QByteArrayView()).mayAddToEarlier());
        QVERIFY(!SectionHeaderScan(QByteArrayView()).mayBeNamed("a"));
        // A "(" with no ")" on its line: what follows it up to the line's end.
        const SectionHeaderScan open("[a](base\nb=1\n");
        QVERIFY(open.mayBeNamed("base"));
        QVERIFY(!open.mayBeNamed("b=1"));
    }

    void headerCount() {
        QCOMPARE(SectionHeaderScan::headerCount(QByteArrayView()), 0);
        QCOMPARE(SectionHeaderScan::headerCount("[a]\nx=[1]\n[b]\n  [c]\n"), 2);
        // No room for more headers than one per 16 bytes (and one).
        QCOMPARE(SectionHeaderScan::headerCount("[\n[\n[\n[\n"), 1);
    }
};

QTEST_GUILESS_MAIN(TestSectionHeaderScan)
#include "TestSectionHeaderScan.moc"
