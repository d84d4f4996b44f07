// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConnectionEvent.h"
#include "ConnectionHealth.h"

namespace wscm {

// One connection's health from its events alone: the one place that says what an event
// means. A Connection keeps its own health with it, a remote probe's events (a probe on a
// PBX streams only its events) are read with it, and the metrics count what it counts, so
// a section looks the same probed here, over SSH, in the app and in /metrics. What no event
// carries (the stages of an attempt under way, the server certificate, PINGs sent) the
// Connection adds; for a remote connection it stays unknown.
class HealthTracker {
public:
    void apply(const ConnectionEvent &event);
    const ConnectionHealth &health() const { return m_health; }

private:
    ConnectionHealth m_health;
    int m_lastFailedAttempt = 0; // a second error of one attempt is a warning, not a failure
    bool m_everConnected = false;
};

} // namespace wscm
