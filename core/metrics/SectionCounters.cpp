// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SectionCounters.h"

namespace wscm {

// From 100 us (a PBX next to its server: round trips are timed to the microsecond) to 10 s
// (the longest a PING may reasonably wait).
SectionCounters::SectionCounters()
    : m_roundTrips({0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                    0.5, 1, 2.5, 5, 10}) {}

QList<SectionCounters::Stage> SectionCounters::failureStages() {
    return {Stage::Resolve, Stage::Tcp,         Stage::Proxy,     Stage::Tls,
            Stage::Upgrade, Stage::PingTimeout, Stage::Keepalive, Stage::Closed};
}

void SectionCounters::record(const ConnectionEvent &event) {
    using Kind = ConnectionEvent::Kind;
    switch (event.kind) {
    case Kind::Connecting:
        ++m_attempts;
        break;
    case Kind::Retrying:
    case Kind::GaveUp:
        // Every failed attempt and every lost connection ends in exactly one of these two,
        // with the stage it failed at; error events also carry warnings that are not
        // failures.
        if (event.stage != Stage::None)
            ++m_failures[static_cast<size_t>(event.stage)];
        break;
    case Kind::Pong:
        ++m_pongs;
        if (event.rttUs >= 0)
            m_roundTrips.observe(static_cast<double>(event.rttUs) / 1e6);
        break;
    case Kind::PingMissed:
        // One per PING interval that ended with our last PING unanswered: one more PING that
        // went a whole interval without its PONG.
        ++m_unansweredPings;
        break;
    case Kind::Connected:
    case Kind::Disconnected:
    case Kind::Error:
        break;
    }
}

} // namespace wscm
