// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "net/ConnectionEvent.h"
#include "net/ConnectionStability.h"
#include "net/HealthTracker.h"

#include <QDateTime>

// A connection's events at chosen times, in the order the engine sends them, fed to the real
// HealthTracker and ConnectionStability as a local connection or a remote probe delivers
// them: the rules are tested against hours of history without waiting for any of it.
class EventTimeline {
public:
    using Stage = wscm::ConnectionHealth::Stage;

    explicit EventTimeline(const QString &section = QStringLiteral("section"));

    // The timeline's clock: `ms` after its start.
    static QDateTime at(qint64 ms);

    // A start (attempt 1) or the next attempt.
    void connecting(qint64 ms);
    void connected(qint64 ms);
    void pong(qint64 ms, qint64 rttUs);
    // A connection that was up lost at `stage`; a persistent one reconnects at once.
    void drop(qint64 ms, Stage stage, wscm::FailureCause cause);
    // An attempt that failed, and the engine waiting for the next one.
    void fail(qint64 ms, Stage stage, wscm::FailureCause cause, int httpStatus = 0);
    void gaveUp(qint64 ms, Stage stage, wscm::FailureCause cause);
    // The user's stop.
    void stop(qint64 ms);

    const wscm::ConnectionHealth &health() const { return m_tracker.health(); }
    const wscm::ConnectionStability &stability() const { return m_stability; }

private:
    void send(wscm::ConnectionEvent::Kind kind, qint64 ms, Stage stage = Stage::None,
              wscm::FailureCause cause = wscm::FailureCause::None, int httpStatus = 0,
              qint64 rttUs = -1);

    QString m_section;
    int m_attempt = 0;
    wscm::HealthTracker m_tracker;
    wscm::ConnectionStability m_stability;
};
