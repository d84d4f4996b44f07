// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the thread it lives on is kept from its event loop: a timer that should
// fire every `periodMs` records by how much each tick came late. The largest lateness is the
// longest stall a user would have felt in that thread.
class StallMonitor : public QObject {
    Q_OBJECT
public:
    explicit StallMonitor(int periodMs, QObject *parent = nullptr);
    // Starts, or starts over with nothing recorded.
    void start();
    qint64 longestStallMs() const { return m_longest; }
    qint64 ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_ticks = 0;
    int m_period;
};
