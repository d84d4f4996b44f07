// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QBasicTimer>
#include <QHash>
#include <QObject>

#include <map>

namespace wscm {

class PingMonitor;

// The one timer behind every PingMonitor of a thread. A QTimer per connection costs the event
// loop a wake-up per PING, and with a thousand connections every wake-up polls a thousand
// sockets; here the monitors' next ticks wait in one sorted schedule on a grid of SlotMs, so
// the PINGs of every connection due in the same slot go out in one wake-up.
//
// A monitor's first tick comes its interval after it started, rounded up to the grid (at most
// SlotMs later than a timer of its own would fire it); after that its ticks are exactly one
// interval apart, so the liveness rule (a connection is closed between probes and probes + 1
// intervals after its last PONG) is unchanged. Like a precise QTimer, a tick that comes more than
// an interval late is not caught up: the next one is an interval after it.
class PingSchedule : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 SlotMs = 100;

    // The calling thread's schedule, made on first use and deleted with the thread (for the
    // main thread, with QCoreApplication).
    static PingSchedule *forCurrentThread();
    ~PingSchedule() override;

    // Ticks `monitor` every intervalMs from now on, starting over when it is already in.
    void add(PingMonitor *monitor, qint64 intervalMs);
    void remove(PingMonitor *monitor);
    qsizetype size() const { return m_entries.size(); }
    // How often the timer has fired: the event loop's wake-ups for PINGs.
    quint64 wakeUps() const { return m_wakeUps; }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Entry {
        PingMonitor *monitor;
        qint64 intervalMs;
    };
    using Due = std::multimap<qint64, Entry>;

    PingSchedule() = default;
    static qint64 nowMs();
    static qint64 onGrid(qint64 ms);
    void arm(qint64 now);

    Due m_due; // by due time (steady clock, ms)
    QHash<const PingMonitor *, Due::iterator> m_entries;
    QBasicTimer m_timer;
    qint64 m_armedFor = 0;
    quint64 m_wakeUps = 0;
};

} // namespace wscm
