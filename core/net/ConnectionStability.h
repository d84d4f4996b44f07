// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConnectionEvent.h"
#include "ConnectionHealth.h"
#include "FailureCause.h"

#include <QDateTime>
#include <QList>

namespace wscm {

struct ClientSettings;

// Whether a connection holds, from its events alone: the drops of the last minutes (a
// connection that was up and went down, with when and why) and how long its connected spells
// lasted. A connection that comes up and falls again every few seconds is "connected" most of
// the time it is looked at; this is what tells it apart. It reads the events of a local
// connection and of a remote probe alike, so the CLI and the metrics can judge the same way.
class ConnectionStability {
public:
    // A second drop within this window is a pattern, not an incident. Five minutes spans
    // several reconnect cycles of any sane reconnect_interval and a few PING intervals of the
    // default 20 s, and a section that settles is shown as connected again soon after.
    static constexpr qint64 WindowMs = 5 * 60 * 1000;
    // One drop (a server restart, a blip of the network) is told by the cause of the moment;
    // only more than this many within WindowMs makes a section unstable.
    static constexpr int DropsTolerated = 1;
    // A spell must last longer than this, whatever the options say, to count as having held:
    // a connection that falls within a second never carried anything.
    static constexpr qint64 MinimumHoldMs = 1000;
    // Drops kept; enough to count every drop in WindowMs of a section that flaps every
    // second or so, bounded so a flapping section for days costs nothing.
    static constexpr int HistorySize = 400;

    struct Drop {
        QDateTime at; // UTC, as the event says
        ConnectionHealth::Stage stage = ConnectionHealth::Stage::None;
        FailureCause cause = FailureCause::None;
    };

    // How long a connected spell must last to count as having held: its PING interval (a
    // connection that does not outlive its first PING exchange did not work), or with
    // PING/PONG off the reconnect_interval (the pace the user chose for coming back; nothing
    // else gives the connection a time scale); never below MinimumHoldMs.
    static qint64 holdMs(const ClientSettings &settings);

    void apply(const ConnectionEvent &event);

    // Unstable at `now`: more than DropsTolerated drops within WindowMs, or a drop since the
    // start and no connected spell (the current one included) longer than `holdMs`.
    bool isUnstable(const QDateTime &now, qint64 holdMs) const;
    // Drops within WindowMs before `now`, and when the oldest of them happened.
    int dropsWithinWindow(const QDateTime &now, QDateTime *oldest = nullptr) const;
    // Oldest first, at most HistorySize, since the connection was (re)started.
    const QList<Drop> &drops() const { return m_drops; }
    // The longest connected spell since the start, the current one until `now` included.
    qint64 longestSpellMs(const QDateTime &now) const;
    // When the current run of failures began (the first drop or failed attempt after the
    // connection was last up, or after the start); invalid while up or before any failure.
    QDateTime troubleSince() const { return m_troubleSince; }
    // Whether isUnstable() can change with time alone (a drop that will leave the window, a
    // spell that may outgrow its hold): worth judging again at `now` without an event.
    bool canChangeWithTime(const QDateTime &now) const;

private:
    void reset();

    QList<Drop> m_drops;
    QDateTime m_upSince; // invalid while not connected
    qint64 m_longestSpellMs = 0;
    QDateTime m_troubleSince;
};

} // namespace wscm
