// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EventTimeline.h"
#include "config/ClientSettings.h"
#include "net/ConnectionStability.h"

#include <QTest>

using namespace wscm;
using Stage = ConnectionHealth::Stage;

// A connection that comes up and falls again is unstable, not connected: more than one drop
// within the window, or a drop and no spell that held longer than a PING interval. Only a
// connection that was up and went down is a drop; failed attempts and the user's stop are not.
class TestConnectionStability : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void holdIsThePingIntervalOrTheReconnectInterval();
    void aSecondDropMakesAFlappingConnectionUnstable();
    void dropsLeaveTheWindow();
    void aDropWithoutASpellThatHeldIsUnstableUntilOneHolds();
    void failedAttemptsAndStopsAreNoDrops();
    void aRestartForgetsTheRecord();
    void troubleStartsAtTheFirstFailureOfARun();
    void keepsABoundedHistory();
};

namespace {
constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;

// media-silent of the demo: PING every 1 s, 2 probes; up ~3 s, down, up again at once.
void flap(EventTimeline &timeline, int drops, qint64 from = 0) {
    timeline.connecting(from);
    for (int i = 0; i < drops; ++i) {
        const qint64 up = from + i * 3 * second + 50;
        timeline.connected(up);
        timeline.drop(up + 2900, Stage::PingTimeout, FailureCause::PingTimeout);
    }
}
} // namespace

void TestConnectionStability::holdIsThePingIntervalOrTheReconnectInterval() {
    ClientSettings settings;
    settings.enablePingPongs = true;
    settings.pingPongIntervalS = 20;
    QCOMPARE(ConnectionStability::holdMs(settings), 20 * second);
    settings.pingPongIntervalS = 1;
    QCOMPARE(ConnectionStability::holdMs(settings), 1 * second);
    settings.pingPongIntervalS = 0;
    QCOMPARE(ConnectionStability::holdMs(settings), ConnectionStability::MinimumHoldMs);
    settings.enablePingPongs = false;
    settings.reconnectIntervalMs = 5000;
    QCOMPARE(ConnectionStability::holdMs(settings), 5 * second);
    settings.reconnectIntervalMs = 500; // Asterisk's default
    QCOMPARE(ConnectionStability::holdMs(settings), ConnectionStability::MinimumHoldMs);
    settings.reconnectIntervalMs = -5; // loads in Asterisk
    QCOMPARE(ConnectionStability::holdMs(settings), ConnectionStability::MinimumHoldMs);
}

void TestConnectionStability::aSecondDropMakesAFlappingConnectionUnstable() {
    EventTimeline timeline;
    timeline.connecting(0);
    timeline.connected(50);
    QVERIFY(!timeline.stability().isUnstable(EventTimeline::at(1000), second));
    timeline.drop(2950, Stage::PingTimeout, FailureCause::PingTimeout);
    // One drop after a spell of ~3 s, longer than the PING interval: an incident.
    QCOMPARE(timeline.stability().dropsWithinWindow(EventTimeline::at(3000)), 1);
    QVERIFY(!timeline.stability().isUnstable(EventTimeline::at(3000), second));
    timeline.connected(3050);
    QVERIFY(!timeline.stability().isUnstable(EventTimeline::at(4000), second));
    timeline.drop(5950, Stage::PingTimeout, FailureCause::PingTimeout);
    QVERIFY(timeline.stability().isUnstable(EventTimeline::at(6000), second));
    // Up again, and still unstable: "connected" for a moment is no cure.
    timeline.connected(6050);
    QVERIFY(timeline.stability().isUnstable(EventTimeline::at(8000), second));
    QDateTime oldest;
    QCOMPARE(timeline.stability().dropsWithinWindow(EventTimeline::at(8000), &oldest), 2);
    QCOMPARE(oldest, EventTimeline::at(2950));
    QCOMPARE(timeline.stability().drops().constLast().cause, FailureCause::PingTimeout);
    QCOMPARE(timeline.stability().drops().constLast().stage, Stage::PingTimeout);
}

void TestConnectionStability::dropsLeaveTheWindow() {
    EventTimeline timeline;
    flap(timeline, 10);
    const qint64 lastDrop = 9 * 3 * second + 50 + 2900;
    timeline.connected(lastDrop + 50);
    const ConnectionStability &stability = timeline.stability();
    QCOMPARE(stability.dropsWithinWindow(EventTimeline::at(lastDrop + second)), 10);
    QVERIFY(stability.isUnstable(EventTimeline::at(lastDrop + 4 * minute), second));
    QVERIFY(stability.canChangeWithTime(EventTimeline::at(lastDrop + 4 * minute)));
    // Five minutes after the second-to-last drop only one is left in the window, and the
    // connection has held since: connected again.
    const qint64 beforeLast = lastDrop - 3 * second;
    const QDateTime later = EventTimeline::at(beforeLast + ConnectionStability::WindowMs + 1);
    QCOMPARE(stability.dropsWithinWindow(later), 1);
    QVERIFY(!stability.isUnstable(later, second));
    const QDateTime muchLater =
        EventTimeline::at(lastDrop + ConnectionStability::WindowMs + minute);
    QCOMPARE(stability.dropsWithinWindow(muchLater), 0);
    QVERIFY(!stability.isUnstable(muchLater, second));
    QVERIFY(!stability.canChangeWithTime(muchLater));
    // Two drops five minutes and more apart never make a pattern.
    EventTimeline rare;
    rare.connecting(0);
    rare.connected(10);
    rare.drop(minute, Stage::Closed, FailureCause::ClosedByServer);
    rare.connected(minute + 10);
    rare.drop(7 * minute, Stage::Closed, FailureCause::ClosedByServer);
    rare.connected(7 * minute + 10);
    QVERIFY(!rare.stability().isUnstable(EventTimeline::at(7 * minute + second), second));
}

void TestConnectionStability::aDropWithoutASpellThatHeldIsUnstableUntilOneHolds() {
    EventTimeline timeline;
    timeline.connecting(0);
    timeline.connected(100);
    // The server closes right after the upgrade: up for 0.2 s, under a PING interval of 5 s.
    timeline.drop(300, Stage::Closed, FailureCause::ClosedByServer);
    const qint64 hold = 5 * second;
    QVERIFY(timeline.stability().isUnstable(EventTimeline::at(400), hold));
    QCOMPARE(timeline.stability().longestSpellMs(EventTimeline::at(400)), 200);
    timeline.connected(500);
    QVERIFY(timeline.stability().isUnstable(EventTimeline::at(3000), hold));
    QVERIFY(timeline.stability().canChangeWithTime(EventTimeline::at(3000)));
    // Exactly the hold is not longer than it.
    QVERIFY(timeline.stability().isUnstable(EventTimeline::at(5500), hold));
    QVERIFY(!timeline.stability().isUnstable(EventTimeline::at(5501), hold));
    QCOMPARE(timeline.stability().longestSpellMs(EventTimeline::at(6000)), 5500);
}

void TestConnectionStability::failedAttemptsAndStopsAreNoDrops() {
    EventTimeline timeline;
    for (int i = 0; i < 20; ++i) {
        timeline.connecting(i * 2 * second);
        timeline.fail(i * 2 * second + 5, Stage::Upgrade, FailureCause::Unauthorized, 401);
    }
    QVERIFY(timeline.stability().drops().isEmpty());
    QVERIFY(!timeline.stability().isUnstable(EventTimeline::at(40 * second), second));
    QVERIFY(!timeline.stability().canChangeWithTime(EventTimeline::at(40 * second)));

    EventTimeline stopped;
    for (int i = 0; i < 5; ++i) {
        stopped.connecting(i * 10);
        stopped.connected(i * 10 + 1);
        stopped.stop(i * 10 + 2);
    }
    QVERIFY(stopped.stability().drops().isEmpty());
    QVERIFY(!stopped.stability().isUnstable(EventTimeline::at(100), second));
}

void TestConnectionStability::aRestartForgetsTheRecord() {
    EventTimeline timeline;
    flap(timeline, 5);
    QVERIFY(timeline.stability().isUnstable(EventTimeline::at(16 * second), second));
    // The user stops it and starts it again (or a changed configuration restarts it).
    timeline.stop(16 * second);
    timeline.connecting(17 * second);
    QVERIFY(timeline.stability().drops().isEmpty());
    QVERIFY(!timeline.stability().isUnstable(EventTimeline::at(17 * second), second));
    QCOMPARE(timeline.stability().longestSpellMs(EventTimeline::at(17 * second)), 0);
}

void TestConnectionStability::troubleStartsAtTheFirstFailureOfARun() {
    EventTimeline timeline;
    timeline.connecting(0);
    QVERIFY(!timeline.stability().troubleSince().isValid());
    timeline.fail(10, Stage::Tcp, FailureCause::Refused);
    timeline.connecting(2000);
    timeline.fail(2010, Stage::Tcp, FailureCause::Refused);
    QCOMPARE(timeline.stability().troubleSince(), EventTimeline::at(10));
    timeline.connecting(4000);
    timeline.connected(4010);
    QVERIFY(!timeline.stability().troubleSince().isValid());
    timeline.drop(60000, Stage::Closed, FailureCause::ConnectionLost);
    timeline.fail(60010, Stage::Tcp, FailureCause::Refused);
    QCOMPARE(timeline.stability().troubleSince(), EventTimeline::at(60000));
}

void TestConnectionStability::keepsABoundedHistory() {
    EventTimeline timeline;
    flap(timeline, ConnectionStability::HistorySize + 50);
    QCOMPARE(timeline.stability().drops().size(), ConnectionStability::HistorySize);
    // Every drop of the last five minutes is still counted (a drop every 3 s: 100 of them).
    const qint64 end = (ConnectionStability::HistorySize + 50) * 3 * second;
    QCOMPARE(timeline.stability().dropsWithinWindow(EventTimeline::at(end)),
             int(ConnectionStability::WindowMs / (3 * second)));
}

QTEST_GUILESS_MAIN(TestConnectionStability)
#include "TestConnectionStability.moc"
