// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "net/PingMonitor.h"
#include "net/PingSchedule.h"
#include "net/WebSocketClient.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using wscm::PingMonitor;
using wscm::PingSchedule;

// The one timer behind all PingMonitors of a thread. The monitors here watch clients that
// never connect: every PING goes unanswered, so each monitor misses and times out on its own
// ticks, which is all the schedule has to get right. (TestPingMonitor checks the PING/PONG
// rule itself against a real server.)
class TestPingSchedule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void monitorsStartedTogetherTickTogether();
    void stoppedAndDeletedMonitorsLeaveTheSchedule();
    void aTickMayStopDeleteOrRestartOtherMonitors();

private:
    struct Watched {
        std::unique_ptr<wscm::WebSocketClient> client = std::make_unique<wscm::WebSocketClient>();
        std::unique_ptr<PingMonitor> monitor;
    };
    static std::vector<Watched> monitors(int count, int intervalMs, int probes);
};

std::vector<TestPingSchedule::Watched> TestPingSchedule::monitors(int count, int intervalMs,
                                                                  int probes) {
    std::vector<Watched> list(static_cast<size_t>(count));
    for (Watched &w : list)
        w.monitor = std::make_unique<PingMonitor>(w.client.get(), intervalMs, probes);
    return list;
}

void TestPingSchedule::monitorsStartedTogetherTickTogether() {
    PingSchedule *schedule = PingSchedule::forCurrentThread();
    QCOMPARE(schedule->size(), 0);
    auto list = monitors(200, 200, 2);
    int timedOut = 0;
    int sent = 0;
    for (Watched &w : list) {
        connect(w.monitor.get(), &PingMonitor::pingSent, this, [&sent] { ++sent; });
        connect(w.monitor.get(), &PingMonitor::timedOut, this, [&timedOut] { ++timedOut; });
    }
    const quint64 before = schedule->wakeUps();
    for (Watched &w : list)
        w.monitor->start();
    QCOMPARE(schedule->size(), 200);
    // Two PINGs each, then the time-out on the third tick.
    QTRY_COMPARE_WITH_TIMEOUT(timedOut, 200, 5000);
    QCOMPARE(sent, 400);
    QCOMPARE(schedule->size(), 0);
    // The monitors share their wake-ups: three ticks of 200 monitors in a few wake-ups, not
    // 600. (Started within one slot, or across one boundary, it is six at most; the bound is
    // loose so that a loaded machine, which may spread the starts over more slots, passes.)
    const quint64 wakeUps = schedule->wakeUps() - before;
    QVERIFY2(wakeUps >= 3 && wakeUps < 60, qPrintable(QString::number(wakeUps)));
    for (Watched &w : list)
        QCOMPARE(w.monitor->unanswered(), 2);
}

void TestPingSchedule::stoppedAndDeletedMonitorsLeaveTheSchedule() {
    PingSchedule *schedule = PingSchedule::forCurrentThread();
    auto list = monitors(10, 100, 1);
    QSignalSpy sent(list.back().monitor.get(), &PingMonitor::pingSent);
    for (Watched &w : list)
        w.monitor->start();
    list.front().monitor->start(); // starting again is no second entry
    QCOMPARE(schedule->size(), 10);
    list[1].monitor->stop();
    list[1].monitor->stop();
    list[2].monitor.reset();
    QCOMPARE(schedule->size(), 8);
    QVERIFY(sent.wait(2000));
    list.clear();
    QCOMPARE(schedule->size(), 0);
}

void TestPingSchedule::aTickMayStopDeleteOrRestartOtherMonitors() {
    PingSchedule *schedule = PingSchedule::forCurrentThread();
    auto list = monitors(30, 100, 1);
    int restarts = 0;
    int timedOut = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        PingMonitor *monitor = list[i].monitor.get();
        connect(monitor, &PingMonitor::pingSent, this, [&list, i] {
            // Each monitor's first PING deletes the next one, stops the one after that.
            if (i + 1 < list.size())
                list[i + 1].monitor.reset();
            if (i + 2 < list.size() && list[i + 2].monitor)
                list[i + 2].monitor->stop();
        });
        connect(monitor, &PingMonitor::timedOut, this, [&, monitor] {
            ++timedOut;
            if (restarts < 5) {
                ++restarts;
                monitor->start();
            }
        });
    }
    for (Watched &w : list)
        w.monitor->start();
    // Ends only if every monitor still there times out and leaves, and the restarted one
    // comes back into the schedule each time.
    QTRY_COMPARE_WITH_TIMEOUT(schedule->size(), 0, 5000);
    QCOMPARE(restarts, 5);
    QVERIFY(timedOut >= 6);
    QVERIFY(std::any_of(list.begin(), list.end(), [](const Watched &w) { return !w.monitor; }));
}

QTEST_GUILESS_MAIN(TestPingSchedule)
#include "TestPingSchedule.moc"
