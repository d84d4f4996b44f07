// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "config/LineDiff.h"

#include <QTest>

using namespace wscm;

class TestLineDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unified_data();
    void unified();
    void showsSecretsHidden();
};

void TestLineDiff::unified_data() {
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << QString();
    QTest::newRow("new file") << QByteArray() << QByteArray("a\n")
                              << QStringLiteral("@@ line 1 @@\n+a\n \n");
    QTest::newRow("two separate changes")
        << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n") << QByteArray("1\nX\n3\n4\n5\n6\n7\nY\n9\n")
        << QStringLiteral(
               "@@ line 1 @@\n 1\n-2\n+X\n 3\n 4\n@@ line 6 @@\n 6\n 7\n-8\n+Y\n 9\n \n");
    QTest::newRow("only line endings")
        << QByteArray("a\n") << QByteArray("a\r\n") << QStringLiteral("@@ line endings @@\n");
}

void TestLineDiff::unified() {
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, expected);
    QCOMPARE(LineDiff::unified(before, after, before, after), expected);
}

void TestLineDiff::showsSecretsHidden() {
    const QString diff = LineDiff::unified("password = a\n", "password = b\n",
                                           "password = ********\n", "password = ********\n");
    QCOMPARE(diff, QStringLiteral("@@ line 1 @@\n-password = ********\n+password = ********\n \n"));
}

QTEST_MAIN(TestLineDiff)
#include "TestLineDiff.moc"
