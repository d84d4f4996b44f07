// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FreePort.h"
#include "LocalWebSocketServer.h"
#include "TestSettings.h"
#include "net/Connection.h"
#include "net/HealthTracker.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wscm;
using Kind = ConnectionEvent::Kind;

// A probe on another host sends only its events; HealthTracker rebuilds the health from
// them. A Connection keeps its own health with the same tracker, so what is checked here is
// that nothing is lost on the way: a real connection runs beside a tracker fed with its
// events, sent through the --json line format and read back, and after every event the two
// must tell the same story.
class TestHealthTracker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void connectPongsCloseAndReconnect();
    void refusedUntilGivingUp();
    void persistentFailuresWithReminders();
    void countsForTheMetrics();

private:
    // Runs `connection` until `done` holds, comparing after each event; the events seen.
    QList<ConnectionEvent> follow(Connection &connection, const std::function<bool()> &done);
};

QList<ConnectionEvent> TestHealthTracker::follow(Connection &connection,
                                                 const std::function<bool()> &done) {
    HealthTracker tracker;
    QList<ConnectionEvent> seen;
    QStringList mismatches;
    connect(&connection, &Connection::eventOccurred, this, [&](const ConnectionEvent &event) {
        // Through the wire format and back, as a remote probe's events come.
        const QJsonObject json = event.toJson();
        ConnectionEvent read;
        if (!ConnectionEvent::fromJson(
                QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), &read) ||
            read.toJson() != json) {
            mismatches << u"event does not survive its JSON: "_s +
                              QString::fromUtf8(QJsonDocument(json).toJson());
            return;
        }
        seen << read;
        tracker.apply(read);
        const ConnectionHealth real = connection.health();
        const ConnectionHealth rebuilt = tracker.health();
        const auto check = [&](const char *field, const QVariant &a, const QVariant &b) {
            if (a != b)
                mismatches << u"after %1 #%2: %3 is %4 here, %5 rebuilt"_s.arg(
                    ConnectionEvent::kindName(read.kind), QString::number(seen.size()),
                    QLatin1StringView(field), a.toString(), b.toString());
        };
        check("state", int(real.state), int(rebuilt.state));
        check("attempts", real.attempts, rebuilt.attempts);
        check("reconnects", real.reconnects, rebuilt.reconnects);
        check("consecutiveFailures", real.consecutiveFailures, rebuilt.consecutiveFailures);
        check("lastFailureStage", int(real.lastFailureStage), int(rebuilt.lastFailureStage));
        check("lastFailureCause", int(real.lastFailureCause), int(rebuilt.lastFailureCause));
        check("lastHttpStatus", real.lastHttpStatus, rebuilt.lastHttpStatus);
        check("lastFailureDetail", real.lastFailureDetail, rebuilt.lastFailureDetail);
        check("lastRttUs", real.lastRttUs, rebuilt.lastRttUs);
        check("recentRtts", QVariant::fromValue(real.recentRttsUs),
              QVariant::fromValue(rebuilt.recentRttsUs));
        check("connected", real.connectedSince.isValid(), rebuilt.connectedSince.isValid());
    });
    connection.start();
    if (!QTest::qWaitFor(done, 20000))
        mismatches << u"the scenario did not finish"_s;
    connection.disconnect(this);
    if (!mismatches.isEmpty())
        qWarning().noquote() << mismatches.join(u'\n');
    return mismatches.isEmpty() ? seen : QList<ConnectionEvent>{};
}

void TestHealthTracker::connectPongsCloseAndReconnect() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    ClientSettings settings = TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(server.port()));
    settings.connectionType = ClientSettings::ConnectionType::Persistent;
    settings.enablePingPongs = true;
    settings.pingPongIntervalS = 1;
    settings.reconnectIntervalMs = 100;
    Connection connection(settings);
    int pongs = 0;
    bool closed = false;
    connect(&connection, &Connection::eventOccurred, this, [&](const ConnectionEvent &e) {
        if (e.kind == Kind::Pong && ++pongs == 2 && !closed) {
            closed = true;
            server.closeClients(QWebSocketProtocol::CloseCodeGoingAway, u"bye"_s);
        }
    });
    const QList<ConnectionEvent> seen = follow(
        connection, [&] { return closed && connection.health().reconnects == 1 && pongs >= 3; });
    QVERIFY(!seen.isEmpty());
    connection.stop();
}

void TestHealthTracker::refusedUntilGivingUp() {
    ClientSettings settings = TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(FreePort::find()));
    settings.connectionType = ClientSettings::ConnectionType::PerCallConfig;
    settings.reconnectAttempts = 3;
    settings.reconnectIntervalMs = 50;
    Connection connection(settings);
    const QList<ConnectionEvent> seen = follow(
        connection, [&] { return connection.health().state == ConnectionHealth::State::GaveUp; });
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last().kind, Kind::GaveUp);
}

void TestHealthTracker::persistentFailuresWithReminders() {
    ClientSettings settings = TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(FreePort::find()));
    settings.connectionType = ClientSettings::ConnectionType::Persistent;
    settings.reconnectAttempts = 2; // a reminder every 2 failures: a second error per attempt
    settings.reconnectIntervalMs = 50;
    Connection connection(settings);
    const QList<ConnectionEvent> seen =
        follow(connection, [&] { return connection.health().consecutiveFailures >= 5; });
    QVERIFY(!seen.isEmpty());
    connection.stop();
}

// The totals /metrics serves: a failed attempt counts once however often its error is
// repeated, a lost connection counts at its stage, a stop is no failure.
void TestHealthTracker::countsForTheMetrics() {
    using Stage = ConnectionHealth::Stage;
    HealthTracker tracker;
    const auto event = [&](Kind kind, int attempt, Stage stage = Stage::None, qint64 rtt = -1) {
        ConnectionEvent e;
        e.timestamp = QDateTime::currentDateTimeUtc();
        e.section = u"s"_s;
        e.kind = kind;
        e.attempt = attempt;
        e.stage = stage;
        e.rttUs = rtt;
        tracker.apply(e);
    };
    event(Kind::Connecting, 1);
    event(Kind::Error, 1, Stage::Tcp);
    event(Kind::Error, 1, Stage::Tcp); // the reminder of a used-up connect call
    event(Kind::Retrying, 1, Stage::Tcp);
    event(Kind::Connecting, 2);
    event(Kind::Connected, 2);
    event(Kind::Error, 2, Stage::Keepalive); // a warning while connected
    event(Kind::Pong, 2, Stage::None, 250);
    event(Kind::Pong, 2, Stage::None, 300);
    event(Kind::PingMissed, 2);
    event(Kind::Disconnected, 2, Stage::PingTimeout);
    event(Kind::Retrying, 2, Stage::PingTimeout);
    event(Kind::Connecting, 3);
    event(Kind::Disconnected, 3); // stopped
    const ConnectionHealth &h = tracker.health();
    QCOMPARE(h.attemptsTotal, 3u);
    QCOMPARE(h.failures(Stage::Tcp), 1u);
    QCOMPARE(h.failures(Stage::PingTimeout), 1u);
    QCOMPARE(h.failures(Stage::Keepalive), 0u);
    QCOMPARE(h.failures(Stage::None), 0u);
    QCOMPARE(h.pongsTotal, 2u);
    QCOMPARE(h.pingsUnansweredTotal, 1u);
    QCOMPARE(h.state, ConnectionHealth::State::Stopped);
    // A new start counts attempts and failures in a row afresh, the totals go on.
    event(Kind::Connecting, 1);
    QCOMPARE(h.attempts, 1);
    QCOMPARE(h.consecutiveFailures, 0);
    QCOMPARE(h.attemptsTotal, 4u);
}

QTEST_MAIN(TestHealthTracker)
#include "TestHealthTracker.moc"
