// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "StallMonitor.h"

StallMonitor::StallMonitor(int periodMs, QObject *parent)
    : QObject(parent)
    , m_period(periodMs) {
    // A precise timer: a coarse one may legally fire 5 % late, which would read as a stall.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(periodMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
}

void StallMonitor::start() {
    m_clock.start();
    m_last = 0;
    m_longest = 0;
    m_ticks = 0;
    m_timer.start();
}

void StallMonitor::tick() {
    const qint64 now = m_clock.elapsed();
    m_longest = qMax(m_longest, now - m_last - m_period);
    m_last = now;
    ++m_ticks;
}
