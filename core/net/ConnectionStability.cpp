// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConnectionStability.h"

#include "config/ClientSettings.h"

namespace wscm {

qint64 ConnectionStability::holdMs(const ClientSettings &settings) {
    const qint64 hold = settings.enablePingPongs ? qint64(settings.pingPongIntervalS) * 1000
                                                 : qint64(settings.reconnectIntervalMs);
    return qMax(hold, MinimumHoldMs);
}

void ConnectionStability::reset() {
    m_drops.clear();
    m_upSince = QDateTime();
    m_longestSpellMs = 0;
    m_troubleSince = QDateTime();
}

void ConnectionStability::apply(const ConnectionEvent &event) {
    using Kind = ConnectionEvent::Kind;
    switch (event.kind) {
    case Kind::Connecting:
        // The engine counts attempts from 1 at every start: what happened before the user
        // (or a changed configuration) restarted it is not this connection's record.
        if (event.attempt <= 1)
            reset();
        break;
    case Kind::Connected:
        m_upSince = event.timestamp;
        m_troubleSince = QDateTime();
        break;
    case Kind::Disconnected:
        if (m_upSince.isValid()) {
            m_longestSpellMs = qMax(m_longestSpellMs, m_upSince.msecsTo(event.timestamp));
            m_upSince = QDateTime();
        }
        // A stop asked for has no stage: only a connection lost is a drop.
        if (event.stage == ConnectionHealth::Stage::None)
            break;
        m_drops.append({event.timestamp, event.stage, event.cause});
        if (m_drops.size() > HistorySize)
            m_drops.removeFirst();
        if (!m_troubleSince.isValid())
            m_troubleSince = event.timestamp;
        break;
    case Kind::Error:
        // While up, an error is a warning (a keepalive option refused), not a failure.
        if (!m_upSince.isValid() && event.stage != ConnectionHealth::Stage::None &&
            !m_troubleSince.isValid())
            m_troubleSince = event.timestamp;
        break;
    case Kind::Pong:
    case Kind::PingMissed:
    case Kind::Retrying:
    case Kind::GaveUp:
        break;
    }
}

int ConnectionStability::dropsWithinWindow(const QDateTime &now, QDateTime *oldest) const {
    const QDateTime from = now.addMSecs(-WindowMs);
    int count = 0;
    // Newest last: count back until one is older than the window.
    for (auto it = m_drops.crbegin(); it != m_drops.crend() && it->at >= from; ++it) {
        ++count;
        if (oldest)
            *oldest = it->at;
    }
    return count;
}

qint64 ConnectionStability::longestSpellMs(const QDateTime &now) const {
    return m_upSince.isValid() ? qMax(m_longestSpellMs, m_upSince.msecsTo(now)) : m_longestSpellMs;
}

bool ConnectionStability::canChangeWithTime(const QDateTime &now) const {
    // A spell that outlived the window outlived any sensible hold too.
    const QDateTime from = now.addMSecs(-WindowMs);
    return !m_drops.isEmpty() &&
           (m_drops.constLast().at >= from || (m_upSince.isValid() && m_upSince >= from));
}

bool ConnectionStability::isUnstable(const QDateTime &now, qint64 holdMs) const {
    if (m_drops.isEmpty())
        return false;
    if (dropsWithinWindow(now) > DropsTolerated)
        return true;
    return longestSpellMs(now) <= holdMs;
}

} // namespace wscm
