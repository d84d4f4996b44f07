// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "net/PingMonitor.h"
#include "net/PingSchedule.h"
#include "net/WebSocketClient.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using wscm::PingMonitor;
using wscm::PingSchedule;

// The one timer behind all PingMonitors of a thread. The monitors here watch clients that
// never connect: every PING goes unanswered, so each monitor misses and times out on its own
// ticks, which is all the schedule has to get right, together with spreading the monitors over
// the interval's slots (checked on the due times it gives, not on a clock). (TestPingMonitor checks
// the PING/PONG rule itself against a real server.)
class TestPingSchedule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void monitorsStartedTogetherAreSpreadOverTheInterval();
    void aLoneMonitorTicksItsIntervalAfterItStarted();
    void aStallDoesNotBunchTheMonitors();
    void aTickThatMayCloseComesEarly();
    void stoppedAndDeletedMonitorsLeaveTheSchedule();
    void aTickMayStopDeleteOrRestartOtherMonitors();
    void aTickMayDeleteItsOwnMonitor();

private:
    struct Watched {
        std::unique_ptr<wscm::WebSocketClient> client = std::make_unique<wscm::WebSocketClient>();
        std::unique_ptr<PingMonitor> monitor;
    };
    static std::vector<Watched> monitors(int count, int intervalMs, int probes);
    static int busiestSlot(const std::vector<Watched> &list);
};

std::vector<TestPingSchedule::Watched> TestPingSchedule::monitors(int count, int intervalMs,
                                                                  int probes) {
    std::vector<Watched> list(static_cast<size_t>(count));
    for (Watched &w : list)
        w.monitor = std::make_unique<PingMonitor>(w.client.get(), intervalMs, probes);
    return list;
}

// How many monitors are due in the busiest slot.
int TestPingSchedule::busiestSlot(const std::vector<Watched> &list) {
    const PingSchedule *schedule = PingSchedule::forCurrentThread();
    QHash<qint64, int> load;
    int busiest = 0;
    for (const Watched &w : list) {
        if (w.monitor && schedule->nextTickMs(w.monitor.get()) >= 0)
            busiest = std::max(busiest, ++load[schedule->nextTickMs(w.monitor.get())]);
    }
    return busiest;
}

void TestPingSchedule::monitorsStartedTogetherAreSpreadOverTheInterval() {
    PingSchedule *schedule = PingSchedule::forCurrentThread();
    QCOMPARE(schedule->size(), 0);
    constexpr int Count = 200;
    constexpr int IntervalMs = 200;
    constexpr int Slots = IntervalMs / PingSchedule::SlotMs;
    auto list = monitors(Count, IntervalMs, 2);
    // Which monitor PINGed in which wake-up, in order.
    QList<QPair<quint64, size_t>> pings;
    int timedOut = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        connect(list[i].monitor.get(), &PingMonitor::pingSent, this, [&pings, schedule, i] {
            pings.append({schedule->wakeUps(), i});
        });
        connect(list[i].monitor.get(), &PingMonitor::timedOut, this, [&timedOut] { ++timedOut; });
    }
    const quint64 before = schedule->wakeUps();
    const qint64 startedFrom = PingSchedule::nowMs();
    for (Watched &w : list)
        w.monitor->start();
    const qint64 startedTo = PingSchedule::nowMs();
    QCOMPARE(schedule->size(), Count);
    // Every first tick within its interval (on the grid), the monitors spread evenly over the
    // interval's slots: ten each, eleven where the starts crossed a slot's boundary.
    for (const Watched &w : list) {
        const qint64 due = schedule->nextTickMs(w.monitor.get());
        QVERIFY2(due > startedFrom && due <= startedTo + IntervalMs + PingSchedule::SlotMs,
                 qPrintable(QStringLiteral("%1 not in (%2, %3 + %4]")
                                .arg(due)
                                .arg(startedFrom)
                                .arg(startedTo)
                                .arg(IntervalMs)));
        QCOMPARE(due % PingSchedule::SlotMs, 0);
    }
    QVERIFY2(busiestSlot(list) <= Count / Slots + 1,
             qPrintable(QString::number(busiestSlot(list))));

    // Two PINGs each, then the time-out on the third tick.
    QTRY_COMPARE_WITH_TIMEOUT(timedOut, Count, 5000);
    QCOMPARE(pings.size(), 2 * Count);
    QCOMPARE(schedule->size(), 0);
    for (Watched &w : list)
        QCOMPARE(w.monitor->unanswered(), 2);
    // The monitors still share wake-ups (three ticks of 200 monitors take at most three rounds
    // of the interval's slots, plus one per boundary the starts crossed), and each keeps its
    // phase: the second round of PINGs goes out in the order of the first, and no monitor
    // ticks twice in one wake-up.
    const quint64 wakeUps = schedule->wakeUps() - before;
    QVERIFY2(wakeUps >= 3 && wakeUps <= 3 * (Slots + 2), qPrintable(QString::number(wakeUps)));
    QList<size_t> firstRound, secondRound;
    QHash<size_t, quint64> firstWakeUp;
    for (const auto &[wakeUp, monitor] : pings) {
        if (!firstWakeUp.contains(monitor)) {
            firstWakeUp.insert(monitor, wakeUp);
            firstRound.append(monitor);
        } else {
            QVERIFY(wakeUp > firstWakeUp.value(monitor));
            secondRound.append(monitor);
        }
    }
    QCOMPARE(secondRound, firstRound);
}

void TestPingSchedule::aLoneMonitorTicksItsIntervalAfterItStarted() {
    PingSchedule *schedule = PingSchedule::forCurrentThread();
    auto list = monitors(1, 1000, 1);
    const qint64 from = PingSchedule::nowMs();
    list.front().monitor->start();
    const qint64 to = PingSchedule::nowMs();
    const qint64 due = schedule->nextTickMs(list.front().monitor.get());
    QVERIFY(due >= from + 1000 && due < to + 1000 + PingSchedule::SlotMs);
    list.front().monitor->stop();
    QCOMPARE(schedule->nextTickMs(list.front().monitor.get()), -1);
    QCOMPARE(schedule->size(), 0);
}

void TestPingSchedule::aStallDoesNotBunchTheMonitors() {
    PingSchedule *schedule = PingSchedule::forCurrentThread();
    constexpr int Count = 100;
    constexpr int IntervalMs = 100;
    constexpr int Spread = Count / (IntervalMs / PingSchedule::SlotMs) + 1;
    auto list = monitors(Count, IntervalMs, 1000);
    QHash<quint64, int> pingsPerWakeUp;
    for (Watched &w : list) {
        connect(w.monitor.get(), &PingMonitor::pingSent, this,
                [&pingsPerWakeUp, schedule] { ++pingsPerWakeUp[schedule->wakeUps()]; });
        w.monitor->start();
    }
    QVERIFY(busiestSlot(list) <= Spread);
    // The thread is held for more than three intervals: every monitor is late and ticks once
    // when the loop is back (the missed ticks are not caught up), then goes on in its own
    // phase, not all in the slot after the stall.
    const quint64 stalled = schedule->wakeUps();
    QThread::msleep(3 * IntervalMs + 50);
    QTRY_VERIFY(schedule->wakeUps() > stalled);
    QCOMPARE(pingsPerWakeUp.value(stalled + 1), Count);
    QCOMPARE(schedule->size(), Count);
    QVERIFY2(busiestSlot(list) <= Spread, qPrintable(QString::number(busiestSlot(list))));
}

// Two PINGs allowed: after the first tick the next is on the beat (the grid); after the
// second, the next may close the connection and comes CloseLeadMs before its beat.
void TestPingSchedule::aTickThatMayCloseComesEarly() {
    PingSchedule *schedule = PingSchedule::forCurrentThread();
    auto list = monitors(1, 300, 2);
    PingMonitor *monitor = list.front().monitor.get();
    QList<qint64> nextTicks;
    connect(monitor, &PingMonitor::pingSent, this, [&] {
        // Once the tick is over and the schedule has placed the next one.
        QMetaObject::invokeMethod(
            this, [&] { nextTicks.append(schedule->nextTickMs(monitor)); }, Qt::QueuedConnection);
    });
    QSignalSpy timedOut(monitor, &PingMonitor::timedOut);
    monitor->start();
    const qint64 first = schedule->nextTickMs(monitor);
    QCOMPARE(first % PingSchedule::SlotMs, 0);
    QVERIFY(timedOut.wait(5000));
    QCOMPARE(nextTicks.size(), 2);
    // On the beat: whole intervals on (more than one only if the machine held the thread
    // for an interval).
    const qint64 second = nextTicks.at(0);
    QVERIFY(second > first && (second - first) % 300 == 0);
    const qint64 closing = nextTicks.at(1) + PingSchedule::CloseLeadMs;
    QVERIFY(closing > second && (closing - second) % 300 == 0);
    QCOMPARE(schedule->size(), 0);
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

void TestPingSchedule::aTickMayDeleteItsOwnMonitor() {
    PingSchedule *schedule = PingSchedule::forCurrentThread();
    // Each monitor is deleted inside its own tick, and the schedule must not touch it after
    // that: with 0 probes the first tick times out and the monitor is deleted when it says so,
    // stopped; with 3 it is deleted when it has sent its first PING, still in the schedule.
    auto list = monitors(20, 100, 0);
    auto pinging = monitors(20, 100, 3);
    for (Watched &w : pinging)
        list.push_back(std::move(w));
    int deleted = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        Watched &w = list[i];
        const auto deleteIt = [&w, &deleted] {
            w.monitor.reset();
            ++deleted;
        };
        if (i < 20)
            connect(w.monitor.get(), &PingMonitor::timedOut, this, deleteIt);
        else
            connect(w.monitor.get(), &PingMonitor::pingSent, this, deleteIt);
        w.monitor->start();
    }
    QCOMPARE(schedule->size(), 40);
    QTRY_COMPARE_WITH_TIMEOUT(deleted, 40, 5000);
    QCOMPARE(schedule->size(), 0);
}

QTEST_GUILESS_MAIN(TestPingSchedule)
#include "TestPingSchedule.moc"
