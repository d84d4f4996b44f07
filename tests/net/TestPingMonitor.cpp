// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EngineTestMain.h"
#include "EventRecorder.h"
#include "ScriptedServer.h"
#include "TestSettings.h"
#include "net/Connection.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using wscm::Connection;
using wscm::ConnectionEvent;
using wscm::FailureCause;
using Kind = wscm::ConnectionEvent::Kind;
using Stage = wscm::ConnectionHealth::Stage;

// PING/PONG as reference 4.5, with interval 1 s and 2 probes, against a hand-written server
// whose PONGs the test switches off.
class TestPingMonitor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void answeredPingsGiveRoundTripTimes();
    void silentServerIsClosedWithinTheProbeWindow();
    void foreignPongsAndServerPingsDoNotResetTheCount();

private:
    static wscm::ClientSettings pinging(quint16 port);
};

wscm::ClientSettings TestPingMonitor::pinging(quint16 port) {
    auto settings = TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(port));
    settings.enablePingPongs = true;
    settings.pingPongIntervalS = 1;
    settings.pingPongProbes = 2;
    settings.reconnectIntervalMs = 5000; // keep the reconnect out of the measured window
    return settings;
}

void TestPingMonitor::answeredPingsGiveRoundTripTimes() {
    ScriptedServer server(ScriptedServer::Mode::Upgrade);
    QVERIFY(server.listen());
    Connection connection(pinging(server.port()));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Pong, 4000, 3), qPrintable(events.transcript()));
    QCOMPARE(events.count(Kind::Disconnected), 0);
    QCOMPARE(events.count(Kind::PingMissed), 0);
    const auto health = connection.health();
    QVERIFY(health.lastRttUs >= 0);
    QCOMPARE(health.recentRttsUs.size(), 3);
    QCOMPARE(health.unansweredPings, 0);
    QCOMPARE(server.pingsAnswered(), 3);
    QCOMPARE(health.pingsSent, quint64(3));
    QVERIFY(events.ofKind(Kind::Pong).constFirst().rttUs >= 0);
}

void TestPingMonitor::silentServerIsClosedWithinTheProbeWindow() {
    ScriptedServer server(ScriptedServer::Mode::Upgrade);
    QVERIFY(server.listen());
    Connection connection(pinging(server.port()));
    EventRecorder events(&connection);
    QElapsedTimer sinceLastPong;
    connect(&connection, &Connection::eventOccurred, this, [&](const ConnectionEvent &event) {
        if (event.kind == Kind::Pong) {
            sinceLastPong.start();
            server.setAnswerPings(false);
        }
    });
    connection.start();
    QVERIFY2(events.waitFor(Kind::Pong, 3000), qPrintable(events.transcript()));
    QVERIFY2(events.waitFor(Kind::Disconnected, 5000), qPrintable(events.transcript()));
    const qint64 elapsed = sinceLastPong.elapsed();
    // Between probes x interval and (probes + 1) x interval after the last PONG.
    QVERIFY2(elapsed >= 2000 - 50 && elapsed <= 3000 + 150, qPrintable(QString::number(elapsed)));
    const ConnectionEvent lost = events.ofKind(Kind::Disconnected).constFirst();
    QCOMPARE(lost.stage, Stage::PingTimeout);
    QCOMPARE(lost.cause, FailureCause::PingTimeout);
    QVERIFY(lost.detail.contains(u"2 PING(s) unanswered"_s));
    QCOMPARE(events.count(Kind::PingMissed), 2);
    QCOMPARE(connection.health().lastFailureStage, Stage::PingTimeout);
    // The answered PING and the two unanswered ones still count once their monitor is gone.
    QVERIFY(connection.health().pingsSent >= 3);
}

void TestPingMonitor::foreignPongsAndServerPingsDoNotResetTheCount() {
    ScriptedServer server(ScriptedServer::Mode::Upgrade);
    server.setAnswerPings(false);
    server.setChatter(true); // a foreign PONG and a server PING every 200 ms
    QVERIFY(server.listen());
    Connection connection(pinging(server.port()));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY(events.waitFor(Kind::Connected, 3000));
    QElapsedTimer sinceConnected;
    sinceConnected.start();
    QVERIFY2(events.waitFor(Kind::Disconnected, 5000), qPrintable(events.transcript()));
    // No PONG of ours ever came: the close is at (probes + 1) x interval after connecting.
    const qint64 elapsed = sinceConnected.elapsed();
    QVERIFY2(elapsed >= 2900 && elapsed <= 3300, qPrintable(QString::number(elapsed)));
    QCOMPARE(events.count(Kind::Pong), 0);
    QCOMPARE(events.ofKind(Kind::Disconnected).constFirst().stage, Stage::PingTimeout);
}

WSCM_ENGINE_TEST_MAIN(TestPingMonitor)
#include "TestPingMonitor.moc"
