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
    for (const auto &[due, slot] : m_slots) {
        for (Entry *entry = slot.first; entry; entry = entry->next) {
            entry->queued = false;
            entry->monitor->m_schedule = nullptr;
        }
    }
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
    const Entry &entry = monitor->m_entry;
    return entry.queued && monitor->m_schedule == this ? entry.slot->first : -1;
}

int PingSchedule::load(qint64 due) const {
    const auto slot = m_slots.find(due);
    return slot == m_slots.cend() ? 0 : slot->second.count;
}

qint64 PingSchedule::firstTick(qint64 now, qint64 intervalMs) const {
    // Candidates step back from the due time over one interval; every one is after now.
    const qint64 candidates = qBound(qint64(1), intervalMs / SlotMs, MaxSpreadSlots);
    const qint64 step = qMax(SlotMs, intervalMs / candidates / SlotMs * SlotMs);
    const qint64 latest = onGrid(now + intervalMs);
    qint64 best = latest;
    int bestLoad = load(best);
    for (qint64 k = 1; k < candidates && bestLoad > 0; ++k) {
        const qint64 slot = latest - k * step;
        const int slotLoad = load(slot);
        if (slotLoad < bestLoad) {
            bestLoad = slotLoad;
            best = slot;
        }
    }
    return best;
}

void PingSchedule::place(Entry *entry, qint64 due) {
    const auto slot = m_slots.try_emplace(due).first;
    Slot &in = slot->second;
    entry->previous = in.last;
    entry->next = nullptr;
    (in.last ? in.last->next : in.first) = entry;
    in.last = entry;
    ++in.count;
    entry->slot = slot;
    entry->queued = true;
    ++m_size;
}

void PingSchedule::unplace(Entry *entry) {
    Slot &in = entry->slot->second;
    (entry->previous ? entry->previous->next : in.first) = entry->next;
    (entry->next ? entry->next->previous : in.last) = entry->previous;
    if (--in.count == 0)
        m_slots.erase(entry->slot);
    entry->previous = entry->next = nullptr;
    entry->queued = false;
    --m_size;
}

void PingSchedule::add(PingMonitor *monitor, qint64 intervalMs) {
    Entry *entry = &monitor->m_entry;
    // A monitor that its own tick starts again is still the one whose tick runs.
    const bool ticking = entry == m_ticking;
    remove(monitor);
    const qint64 interval = qMax<qint64>(1, intervalMs);
    const qint64 now = nowMs();
    const qint64 first = firstTick(now, interval);
    entry->monitor = monitor;
    entry->intervalMs = interval;
    entry->beat = first;
    place(entry, first);
    if (ticking)
        m_ticking = entry;
    if (!m_timer.isActive() || m_slots.begin()->first < m_armedFor)
        arm(now);
}

void PingSchedule::remove(PingMonitor *monitor) {
    Entry *entry = &monitor->m_entry;
    if (!entry->queued)
        return;
    if (entry == m_ticking)
        m_ticking = nullptr;
    unplace(entry);
    // An armed timer with nothing due only wakes the loop once; an empty schedule sleeps.
    if (m_slots.empty())
        m_timer.stop();
}

void PingSchedule::arm(qint64 now) {
    m_armedFor = m_slots.begin()->first;
    m_timer.start(static_cast<int>(qBound(qint64(0), m_armedFor - now, qint64(INT_MAX))),
                  Qt::PreciseTimer, this);
}

void PingSchedule::timerEvent(QTimerEvent *event) {
    if (event->timerId() != m_timer.timerId())
        return QObject::timerEvent(event);
    const qint64 now = nowMs();
    ++m_wakeUps;
    // A tick can stop, delete or start any monitor (a timed-out connection tears down): the
    // schedule is read afresh after each one, and a monitor is rescheduled before its tick
    // runs.
    while (!m_slots.empty() && m_slots.begin()->first <= now) {
        Entry *entry = m_slots.begin()->second.first;
        unplace(entry);
        // Late by one interval or more: the missed ticks are skipped, the beat is kept. (A
        // tick brought forward comes before its beat: the next is the beat after.)
        const qint64 late = qMax<qint64>(0, now - entry->beat);
        entry->beat += (late / entry->intervalMs + 1) * entry->intervalMs;
        place(entry, entry->beat);
        PingMonitor *monitor = entry->monitor;
        m_ticking = entry;
        monitor->tick();
        // Still in (not stopped or deleted by its tick) and now at its limit (a monitor the
        // tick restarted has nothing unanswered): its next tick may close, and comes
        // CloseLeadMs early.
        if (m_ticking && monitor->m_unanswered >= monitor->m_probes &&
            entry->slot->first - CloseLeadMs > now) {
            const qint64 early = entry->slot->first - CloseLeadMs;
            unplace(entry);
            place(entry, early);
        }
        m_ticking = nullptr;
    }
    if (m_slots.empty())
        m_timer.stop();
    else
        arm(nowMs());
}

} // namespace wscm
