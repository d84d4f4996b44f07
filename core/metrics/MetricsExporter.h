// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Histogram.h"
#include "net/ConnectionEvent.h"
#include "reload/ConfigStatus.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

#include <optional>

namespace wscm {

class ConnectionManager;

// The probe as a Prometheus exporter: renders the health of every running section of a
// ConnectionManager, and the config file's verdict, in the text exposition format. Names
// follow Prometheus' conventions (wscm_ prefix, base units, _total counters, _seconds);
// the per-section labels are section, uri (without userinfo, query or fragment) and
// via_proxy. No secret is in any label or value: the texts come from names and the URI only.
// Counts come from each connection's health (HealthTracker counts them from the events);
// only the round-trip histogram, which a health snapshot does not keep, is summed here.
class MetricsExporter : public QObject {
    Q_OBJECT
public:
    static constexpr const char *ContentType = "text/plain; version=0.0.4; charset=utf-8";

    explicit MetricsExporter(const ConnectionManager *manager, QObject *parent = nullptr);

    void setConfigStatus(const ConfigStatus &status) { m_config = status; }

    // The body of a /metrics answer.
    QByteArray render() const;

private:
    void onEvent(const ConnectionEvent &event);

    const ConnectionManager *m_manager;
    QHash<QString, Histogram> m_roundTrips;
    std::optional<ConfigStatus> m_config;
};

} // namespace wscm
