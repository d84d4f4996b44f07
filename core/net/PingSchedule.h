// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QBasicTimer>
#include <QObject>

#include <map>

namespace wscm {

class PingMonitor;

// The one timer behind every PingMonitor of a thread. A QTimer per connection costs the event
// loop a wake-up per PING, and with a thousand connections every wake-up polls a thousand
// sockets; here the monitors' next ticks wait in one sorted schedule on a grid of SlotMs, and
// the monitors due in the same slot tick in one wake-up.
//
// A slot must not hold them all, though: a thousand connections that came up together and
// PING together get their thousand PONGs back together, and whoever handles them (a window's
// thread) is held for the whole burst, while each PONG's measured round trip includes the
// queue in front of it. So a monitor's phase is spread when it starts: its first tick goes to
// the least busy slot of the interval before it is due (the latest of equally busy ones), so a
// thousand monitors with a 1 s interval tick about a hundred per slot, and a lone one still
// ticks its interval after it started (rounded up to the grid). The slots are 100 ms wide:
// every wake-up costs the loop a wait and an output flush, and a 10 ms grid cost the probe of
// a thousand connections 40 % more CPU for no better verdict; on an epoll loop a hundred
// PONGs are read in a few wake-ups, so the round trips they report stay within milliseconds.
//
// After the first tick a monitor's ticks are exactly one interval apart, and its phase is kept:
// a tick that comes late (the thread was busy) is not caught up, the next one comes on the
// monitor's own beat, so a stall does not bunch the monitors into one slot again. The liveness
// rule (a connection is closed between probes and probes + 1 intervals after its last PONG)
// does not depend on the phase; counted from the start, the first PING coming early keeps the
// close within probes + 1 intervals of it. A tick that may close its connection (the monitor
// has as many PINGs unanswered as it allows) comes CloseLeadMs before its beat: the PONG that
// was last answered came back a round trip after its own tick, and a wake-up a millisecond
// later than that tick's would otherwise close a fast link's connection just after probes + 1
// intervals. (Only a PONG that took within CloseLeadMs of a whole interval could then see the
// close come that much before probes intervals.)
class PingSchedule : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 SlotMs = 100;
    // How many slots of an interval a start weighs at most: a 20 s interval is spread over
    // 256 slots 70 ms apart rather than looking at 2,000.
    static constexpr qint64 MaxSpreadSlots = 256;
    static constexpr qint64 CloseLeadMs = 3;

    // The calling thread's schedule, made on first use and deleted with the thread (for the
    // main thread, with QCoreApplication).
    static PingSchedule *forCurrentThread();
    ~PingSchedule() override;

    // Ticks `monitor` every intervalMs, the first time within intervalMs from now, starting
    // over when it is already in.
    void add(PingMonitor *monitor, qint64 intervalMs);
    void remove(PingMonitor *monitor);
    qsizetype size() const { return m_size; }
    // How often the timer has fired: the event loop's wake-ups for PINGs.
    quint64 wakeUps() const { return m_wakeUps; }
    // When `monitor` ticks next, on nowMs()'s clock; -1 when it is not in.
    qint64 nextTickMs(const PingMonitor *monitor) const;
    // The schedule's clock (steady, ms): that of Qt's timers.
    static qint64 nowMs();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class PingMonitor;

    struct Entry;
    // The monitors due at one time, in the order they were placed there (as a multimap keeps
    // equal keys); its size is the load that spreading looks at.
    struct Slot {
        Entry *first = nullptr;
        Entry *last = nullptr;
        int count = 0;
    };
    using Slots = std::map<qint64, Slot>; // by due time (steady clock, ms)
    // A monitor's place in the schedule, kept in the monitor itself: a tick touches the
    // monitor anyway, and finding, moving and counting an entry costs no lookup by pointer, no
    // tree node per monitor and no allocation (a thousand monitors fill a few dozen slots).
    struct Entry {
        PingMonitor *monitor = nullptr;
        Entry *previous = nullptr; // in its slot
        Entry *next = nullptr;
        Slots::iterator slot; // while queued
        bool queued = false;
        qint64 intervalMs = 0;
        qint64 beat = 0; // when it is due on its own beat; its slot is CloseLeadMs earlier for
                         // a tick that may close
    };

    PingSchedule() = default;
    static qint64 onGrid(qint64 ms);
    int load(qint64 due) const;
    qint64 firstTick(qint64 now, qint64 intervalMs) const;
    void place(Entry *entry, qint64 due);
    void unplace(Entry *entry);
    void arm(qint64 now);

    Slots m_slots;
    qsizetype m_size = 0;
    Entry *m_ticking = nullptr; // whose tick runs, while it is in
    QBasicTimer m_timer;
    qint64 m_armedFor = 0;
    quint64 m_wakeUps = 0;
};

} // namespace wscm
