// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "PingSchedule.h"

#include "PingMonitor.h"

#include <QThreadStorage>
#include <QTimerEvent>

#include <chrono>
#include <climits>

namespace wscm {

namespace {
QThreadStorage<PingSchedule *> schedules;
} // namespace

PingSchedule *PingSchedule::forCurrentThread() {
    if (!schedules.hasLocalData())
        schedules.setLocalData(new PingSchedule);
    return schedules.localData();
}

PingSchedule::~PingSchedule() {
    // Only a monitor that outlives its thread's QCoreApplication is still in: it must not
    // reach back into a deleted schedule.
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        const_cast<PingMonitor *>(it.key())->m_schedule = nullptr;
}

qint64 PingSchedule::nowMs() {
    // The clock of Qt's timers, so that a timer armed for a due time never fires before it.
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

qint64 PingSchedule::onGrid(qint64 ms) {
    return (ms + SlotMs - 1) / SlotMs * SlotMs;
}

qint64 PingSchedule::nextTickMs(const PingMonitor *monitor) const {
    const auto it = m_entries.constFind(monitor);
    return it == m_entries.cend() ? -1 : it.value()->first;
}

qint64 PingSchedule::firstTick(qint64 now, qint64 intervalMs) const {
    // Candidates step back from the due time over one interval; every one is after now.
    const qint64 candidates = qBound(qint64(1), intervalMs / SlotMs, MaxSpreadSlots);
    const qint64 step = qMax(SlotMs, intervalMs / candidates / SlotMs * SlotMs);
    const qint64 latest = onGrid(now + intervalMs);
    qint64 best = latest;
    int bestLoad = m_load.value(best);
    for (qint64 k = 1; k < candidates && bestLoad > 0; ++k) {
        const qint64 slot = latest - k * step;
        const int load = m_load.value(slot);
        if (load < bestLoad) {
            bestLoad = load;
            best = slot;
        }
    }
    return best;
}

void PingSchedule::place(Due::iterator it) {
    ++m_load[it->first];
    m_entries.insert(it->second.monitor, it);
}

void PingSchedule::unload(qint64 due) {
    const auto load = m_load.find(due);
    if (--load.value() == 0)
        m_load.erase(load);
}

void PingSchedule::add(PingMonitor *monitor, qint64 intervalMs) {
    remove(monitor);
    const qint64 interval = qMax<qint64>(1, intervalMs);
    const qint64 now = nowMs();
    const qint64 first = firstTick(now, interval);
    place(m_due.insert({first, Entry{monitor, interval, first}}));
    if (!m_timer.isActive() || m_due.begin()->first < m_armedFor)
        arm(now);
}

void PingSchedule::remove(PingMonitor *monitor) {
    const auto it = m_entries.constFind(monitor);
    if (it == m_entries.cend())
        return;
    unload(it.value()->first);
    m_due.erase(it.value());
    m_entries.erase(it);
    // An armed timer with nothing due only wakes the loop once; an empty schedule sleeps.
    if (m_due.empty())
        m_timer.stop();
}

void PingSchedule::arm(qint64 now) {
    m_armedFor = m_due.begin()->first;
    m_timer.start(static_cast<int>(qBound(qint64(0), m_armedFor - now, qint64(INT_MAX))),
                  Qt::PreciseTimer, this);
}

void PingSchedule::timerEvent(QTimerEvent *event) {
    if (event->timerId() != m_timer.timerId())
        return QObject::timerEvent(event);
    const qint64 now = nowMs();
    ++m_wakeUps;
    // A tick can stop or start any monitor (a timed-out connection tears down): the schedule
    // is read afresh after each one, and a monitor is rescheduled before its tick runs.
    while (!m_due.empty() && m_due.begin()->first <= now) {
        auto node = m_due.extract(m_due.begin());
        unload(node.key());
        Entry &entry = node.mapped();
        // Late by one interval or more: the missed ticks are skipped, the beat is kept. (A
        // tick brought forward comes before its beat: the next is the beat after.)
        const qint64 late = qMax<qint64>(0, now - entry.beat);
        entry.beat += (late / entry.intervalMs + 1) * entry.intervalMs;
        node.key() = entry.beat;
        PingMonitor *monitor = entry.monitor;
        place(m_due.insert(std::move(node)));
        monitor->tick();
        // Still in and now at its limit (a monitor the tick restarted has nothing unanswered):
        // its next tick may close, and comes CloseLeadMs early.
        const auto still = m_entries.constFind(monitor);
        if (still != m_entries.cend() && monitor->m_unanswered >= monitor->m_probes &&
            still.value()->first - CloseLeadMs > now) {
            auto early = m_due.extract(still.value());
            unload(early.key());
            early.key() -= CloseLeadMs;
            place(m_due.insert(std::move(early)));
        }
    }
    if (m_due.empty())
        m_timer.stop();
    else
        arm(nowMs());
}

} // namespace wscm
