// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "net/DurationText.h"

#include <QTest>

using wscm::DurationText;

// Durations measured in microseconds, shown in milliseconds: a LAN's round trip must never
// read "0 ms", and no value shows more than its precision.
class TestDurationText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsMicrosecondsBelowAMillisecond_data();
    void showsMicrosecondsBelowAMillisecond();
    void followsTheLocale();
    void jsonKeepsMicroseconds();
    void elapsedRoundsDownToItsLargestUnit_data();
    void elapsedRoundsDownToItsLargestUnit();
};

void TestDurationText::showsMicrosecondsBelowAMillisecond_data() {
    QTest::addColumn<qint64>("us");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << qint64(0) << "0.000";
    QTest::newRow("one microsecond") << qint64(1) << "0.001";
    QTest::newRow("loopback") << qint64(52) << "0.052";
    QTest::newRow("LAN") << qint64(213) << "0.213";
    QTest::newRow("just under 1 ms") << qint64(999) << "0.999";
    QTest::newRow("1 ms") << qint64(1000) << "1.00";
    QTest::newRow("1.234 ms") << qint64(1234) << "1.23";
    QTest::newRow("rounds up to 10 ms") << qint64(9995) << "10.0";
    QTest::newRow("12.345 ms") << qint64(12345) << "12.3";
    QTest::newRow("rounds up to 100 ms") << qint64(99950) << "100";
    QTest::newRow("245 ms") << qint64(245300) << "245";
    QTest::newRow("a minute") << qint64(60000000) << "60000";
}

void TestDurationText::showsMicrosecondsBelowAMillisecond() {
    QFETCH(qint64, us);
    QFETCH(QString, text);
    QCOMPARE(DurationText::milliseconds(us), text);
    QCOMPARE(DurationText::withUnit(us), text + " ms");
}

void TestDurationText::followsTheLocale() {
    QCOMPARE(DurationText::withUnit(213, QLocale(QLocale::German)), QStringLiteral("0,213 ms"));
}

void TestDurationText::jsonKeepsMicroseconds() {
    QCOMPARE(DurationText::toMilliseconds(52), 0.052);
    QCOMPARE(DurationText::toMilliseconds(245300), 245.3);
}

void TestDurationText::elapsedRoundsDownToItsLargestUnit_data() {
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << qint64(0) << "0 s";
    QTest::newRow("never negative") << qint64(-20) << "0 s";
    QTest::newRow("under a second") << qint64(999) << "0 s";
    QTest::newRow("40 s") << qint64(40999) << "40 s";
    QTest::newRow("a minute") << qint64(60000) << "1 min";
    QTest::newRow("just under an hour") << qint64(3599999) << "59 min";
    QTest::newRow("an hour") << qint64(3600000) << "1 h";
    QTest::newRow("36 hours") << qint64(36) * 3600000 << "36 h";
    QTest::newRow("two days") << qint64(48) * 3600000 << "2 d";
    QTest::newRow("a year") << qint64(365) * 24 * 3600000 << "365 d";
}

void TestDurationText::elapsedRoundsDownToItsLargestUnit() {
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(DurationText::elapsed(ms), text);
}

QTEST_GUILESS_MAIN(TestDurationText)
#include "TestDurationText.moc"
