// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "HealthTracker.h"

namespace wscm {

namespace {

// What the health keeps of a failure, whether it ended an attempt or a connection.
void noteFailure(ConnectionHealth &h, const ConnectionEvent &event) {
    ++h.failuresTotal[static_cast<size_t>(event.stage)];
    h.lastFailureStage = event.stage;
    h.lastFailureCause = event.cause;
    h.lastFailureDetail = event.detail;
    h.lastHttpStatus = event.httpStatus;
    h.lastFailureAt = event.timestamp;
}

} // namespace

void HealthTracker::apply(const ConnectionEvent &event) {
    using Kind = ConnectionEvent::Kind;
    using State = ConnectionHealth::State;
    ConnectionHealth &h = m_health;
    h.attempts = event.attempt;
    switch (event.kind) {
    case Kind::Connecting:
        ++h.attemptsTotal;
        if (event.attempt <= 1) {
            // A new start: the engine counts attempts, reconnects and failures afresh.
            h.reconnects = 0;
            h.consecutiveFailures = 0;
            m_lastFailedAttempt = 0;
            m_everConnected = false;
        }
        h.state = State::Connecting;
        h.lastTimings = event.timings;
        h.connectedSince = QDateTime();
        break;
    case Kind::Connected:
        if (m_everConnected)
            ++h.reconnects;
        m_everConnected = true;
        h.state = State::Connected;
        h.consecutiveFailures = 0;
        h.unansweredPings = 0;
        h.connectedSince = event.timestamp;
        h.lastTimings = event.timings;
        break;
    case Kind::Pong:
        ++h.pongsTotal;
        h.lastRttUs = event.rttUs;
        h.recentRttsUs.append(event.rttUs);
        while (h.recentRttsUs.size() > ConnectionHealth::RttHistorySize)
            h.recentRttsUs.removeFirst();
        h.unansweredPings = 0;
        break;
    case Kind::PingMissed:
        // One per PING interval that ended with the last PING unanswered.
        ++h.unansweredPings;
        ++h.pingsUnansweredTotal;
        break;
    case Kind::Error:
        // While connected an error is a warning (a keepalive option refused); a failed
        // attempt's error comes once, a reminder for the same attempt does not count again.
        if (h.state == State::Connected || event.stage == ConnectionHealth::Stage::None ||
            event.attempt == m_lastFailedAttempt)
            break;
        noteFailure(h, event);
        h.lastTimings = event.timings;
        ++h.consecutiveFailures;
        m_lastFailedAttempt = event.attempt;
        break;
    case Kind::Disconnected:
        h.connectedSince = QDateTime();
        h.unansweredPings = 0;
        if (event.stage == ConnectionHealth::Stage::None) {
            h.state = State::Stopped;
            break;
        }
        noteFailure(h, event);
        break;
    case Kind::Retrying:
        h.state = State::Retrying;
        break;
    case Kind::GaveUp:
        h.state = State::GaveUp;
        break;
    }
}

} // namespace wscm
