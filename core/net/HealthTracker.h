// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConnectionEvent.h"
#include "ConnectionHealth.h"

namespace wscm {

// One connection's health rebuilt from its events alone, for a connection that runs
// elsewhere (a probe on a PBX streams only its events). It follows the engine's rules for
// what an event means, so a section looks the same whether it is probed here or there; what
// no event carries (the server certificate, PINGs sent) stays unknown.
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
