// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "net/ConnectionEvent.h"
#include "net/DurationText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using wscm::ConnectionEvent;
using wscm::ConnectionHealth;
using wscm::DurationText;
using wscm::FailureCause;
using wscm::FailureCauses;
using Kind = wscm::ConnectionEvent::Kind;
using Stage = wscm::ConnectionHealth::Stage;

Q_DECLARE_METATYPE(wscm::ConnectionEvent)

// The --json line of `wscm probe` is written without a JSON DOM; the lines must stay the bytes
// QJsonDocument wrote from a QJsonObject before, which the consumers of the stream read.
class TestConnectionEvent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lineIsWhatQJsonDocumentWrote_data();
    void lineIsWhatQJsonDocumentWrote();
    void timestampsAcrossTheCalendar();
    void durationsAsQtWritesThem();
    void arbitraryDetailTexts();
    void toJsonReadsTheLine();

private:
    // The object as ConnectionEvent built it with QJsonObject before the direct writer.
    static QByteArray throughQJsonDocument(const ConnectionEvent &event);
    static QByteArray line(const ConnectionEvent &event);
    static ConnectionEvent sample();
};

QByteArray TestConnectionEvent::throughQJsonDocument(const ConnectionEvent &event) {
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    QJsonObject timings;
    const auto put = [&timings](const char *key, qint64 value) {
        if (value >= 0)
            timings.insert(QLatin1StringView(key), DurationText::toMilliseconds(value));
    };
    put("tcp_ms", event.timings.tcpUs);
    put("proxy_ms", event.timings.proxyUs);
    put("tls_ms", event.timings.tlsUs);
    put("upgrade_ms", event.timings.upgradeUs);
    QJsonObject json;
    json.insert("ts"_L1, event.timestamp.toUTC().toString(Qt::ISODateWithMs));
    json.insert("section"_L1, event.section);
    json.insert("event"_L1, ConnectionEvent::kindName(event.kind));
    json.insert("stage"_L1, orNull(ConnectionHealth::stageName(event.stage)));
    json.insert("cause"_L1, orNull(FailureCauses::name(event.cause)));
    json.insert("http_status"_L1,
                event.httpStatus > 0 ? QJsonValue(event.httpStatus) : QJsonValue::Null);
    json.insert("detail"_L1, orNull(event.detail));
    json.insert("rtt_ms"_L1, event.rttUs >= 0
                                 ? QJsonValue(DurationText::toMilliseconds(event.rttUs))
                                 : QJsonValue::Null);
    json.insert("attempt"_L1, event.attempt);
    json.insert("timings"_L1, timings);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray TestConnectionEvent::line(const ConnectionEvent &event) {
    QByteArray bytes = "already here;"; // appended to, never replaced
    event.appendJson(bytes);
    if (!bytes.startsWith("already here;"))
        return "the buffer's earlier bytes were lost";
    return bytes.mid(13);
}

ConnectionEvent TestConnectionEvent::sample() {
    ConnectionEvent event;
    event.timestamp = QDateTime(QDate(2026, 11, 26), QTime(14, 8, 25, 7), Qt::UTC);
    event.section = u"pbx-ari"_s;
    event.kind = Kind::Pong;
    event.rttUs = 3052;
    event.attempt = 1;
    event.timings.tcpUs = 52;
    event.timings.upgradeUs = 4000;
    return event;
}

void TestConnectionEvent::lineIsWhatQJsonDocumentWrote_data() {
    QTest::addColumn<ConnectionEvent>("event");
    QTest::newRow("pong") << sample();
    for (Kind kind : {Kind::Connecting, Kind::Connected, Kind::Pong, Kind::PingMissed,
                      Kind::Disconnected, Kind::Retrying, Kind::GaveUp, Kind::Error}) {
        ConnectionEvent event = sample();
        event.kind = kind;
        QTest::addRow("kind %s", qPrintable(ConnectionEvent::kindName(kind))) << event;
    }
    for (int stage = int(Stage::None); stage <= int(Stage::Closed); ++stage) {
        ConnectionEvent event = sample();
        event.kind = Kind::Error;
        event.stage = Stage(stage);
        event.rttUs = -1;
        event.detail = u"failed"_s;
        QTest::addRow("stage %d", stage) << event;
    }
    for (const FailureCauses::Entry &entry : FailureCauses::all()) {
        ConnectionEvent event = sample();
        event.kind = Kind::Disconnected;
        event.cause = entry.cause;
        event.httpStatus = 407;
        QTest::addRow("cause %s", entry.name) << event;
    }
    ConnectionEvent none = sample();
    none.rttUs = -1;
    none.attempt = 0;
    none.timings = {};
    none.section.clear();
    QTest::newRow("nothing set") << none;
    ConnectionEvent all = sample();
    all.timings = {0, 1, 999999999999, 1000000000};
    all.rttUs = 0;
    all.attempt = 2147483647;
    all.httpStatus = 503;
    QTest::newRow("every stage timed, big numbers") << all;
    // Milliseconds with microsecond decimals: every way the shortest form can come out.
    for (qint64 us : {1LL, 10LL, 100LL, 999LL, 1001LL, 12345LL, 99999LL, 123456789LL, 1000000000LL,
                      1234567890123LL, 9007199254740993LL, 4611686018427387904LL}) {
        ConnectionEvent timed = sample();
        timed.rttUs = us;
        timed.timings.tlsUs = us;
        QTest::addRow("%lld us", us) << timed;
    }
    ConnectionEvent negative = sample();
    negative.attempt = -2147483647 - 1;
    QTest::newRow("negative attempt") << negative;
    ConnectionEvent local = sample();
    local.timestamp =
        QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::OffsetFromUTC, 3600 * 5 + 1800);
    QTest::newRow("time not in UTC") << local;
    ConnectionEvent text = sample();
    text.detail = u"closed by server, code 1008 reason \"quota \\ \u00e9t\u00e9 \u2603 "
                  u"\U0001F600\"\n\t\r\b\f\x01\x1f\x7f end"_s;
    text.section = u"s\u00e9ction \"x\""_s;
    QTest::newRow("text to escape and encode") << text;
}

void TestConnectionEvent::lineIsWhatQJsonDocumentWrote() {
    QFETCH(ConnectionEvent, event);
    QCOMPARE(line(event), throughQJsonDocument(event));
}

void TestConnectionEvent::timestampsAcrossTheCalendar() {
    ConnectionEvent event = sample();
    const QList<QDateTime> times = {
        QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
        QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2000, 2, 29), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(2100, 2, 28), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2100, 3, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2400, 2, 29), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC),
        QDateTime(),
    };
    for (const QDateTime &time : times) {
        event.timestamp = time;
        QCOMPARE(line(event), throughQJsonDocument(event));
    }
    // Every day of four centuries, at a time of day that moves with it.
    QDateTime time(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    for (int day = 0; day < 146097; ++day) {
        event.timestamp = time.addDays(day).addMSecs((day * 7919LL) % 86400000);
        const QByteArray written = line(event);
        if (written != throughQJsonDocument(event))
            QCOMPARE(written, throughQJsonDocument(event));
    }
}

void TestConnectionEvent::durationsAsQtWritesThem() {
    // Milliseconds with microsecond decimals, from 1 us to days, and the odd huge one.
    ConnectionEvent event = sample();
    for (qint64 us = 0; us < 3000000000LL; us = us < 5000 ? us + 1 : us * 101 / 100 + 7) {
        event.rttUs = us;
        event.timings.tcpUs = us / 3;
        const QByteArray written = line(event);
        if (written != throughQJsonDocument(event))
            QCOMPARE(written, throughQJsonDocument(event));
    }
    for (qint64 us :
         {4398046511103999LL, 4398046511104001LL, 999999999999999LL, 1000000000000001LL}) {
        event.rttUs = us;
        QCOMPARE(line(event), throughQJsonDocument(event));
    }
}

void TestConnectionEvent::arbitraryDetailTexts() {
    // Any UTF-16, paired surrogates or not: a server's close reason is whatever it sent.
    QRandomGenerator random(13);
    ConnectionEvent event = sample();
    for (int round = 0; round < 2000; ++round) {
        QString text(int(random.bounded(0, 40)), Qt::Uninitialized);
        for (QChar &c : text) {
            const quint32 pick = random.bounded(0, 10);
            c = QChar(char16_t(pick < 4   ? random.bounded(0, 0x80)
                               : pick < 6 ? random.bounded(0x80, 0x800)
                               : pick < 8 ? random.bounded(0xd800, 0xe000)
                                          : random.bounded(0x800, 0x10000)));
        }
        event.detail = text;
        const QByteArray written = line(event);
        if (written != throughQJsonDocument(event))
            QCOMPARE(written, throughQJsonDocument(event));
    }
}

void TestConnectionEvent::toJsonReadsTheLine() {
    const ConnectionEvent event = sample();
    const QJsonObject json = event.toJson();
    QCOMPARE(json.value("event"_L1).toString(), u"pong"_s);
    QCOMPARE(json.value("rtt_ms"_L1).toDouble(), 3.052);
    QVERIFY(json.value("cause"_L1).isNull());
    QCOMPARE(json.value("timings"_L1).toObject().value("upgrade_ms"_L1).toInteger(), 4);
    QCOMPARE(json.value("timings"_L1).toObject().value("tcp_ms"_L1).toDouble(), 0.052);
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact), line(event));
}

QTEST_GUILESS_MAIN(TestConnectionEvent)
#include "TestConnectionEvent.moc"
