// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Histogram.h"
#include "net/ConnectionEvent.h"

#include <QList>

#include <array>

namespace wscm {

// The counts Prometheus needs for one section that a health snapshot does not keep, summed
// from its events over the life of the section: attempts, failures by stage, PONGs, PINGs
// that went unanswered, and the PING round-trip times.
class SectionCounters {
public:
    using Stage = ConnectionHealth::Stage;

    SectionCounters();

    void record(const ConnectionEvent &event);

    quint64 attempts() const { return m_attempts; }
    quint64 failures(Stage stage) const { return m_failures.at(static_cast<size_t>(stage)); }
    quint64 pongs() const { return m_pongs; }
    quint64 unansweredPings() const { return m_unansweredPings; }
    const Histogram &roundTrips() const { return m_roundTrips; }

    // Every stage at which an attempt can fail or a connection can be lost, in order.
    static QList<Stage> failureStages();

private:
    quint64 m_attempts = 0;
    std::array<quint64, static_cast<size_t>(Stage::Closed) + 1> m_failures{};
    quint64 m_pongs = 0;
    quint64 m_unansweredPings = 0;
    Histogram m_roundTrips;
};

} // namespace wscm
