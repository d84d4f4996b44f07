// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "MetricsExporter.h"

#include "config/AsteriskUri.h"
#include "net/Connection.h"
#include "net/ConnectionManager.h"
#include "net/FailureCause.h"

#include <functional>

namespace wscm {

namespace {

using Labels = PrometheusText::Labels;
using Type = PrometheusText::Type;
using Stage = ConnectionHealth::Stage;
using State = ConnectionHealth::State;

// One running section as the renderer sees it.
struct SectionView {
    Labels labels;
    const Connection *connection;
    ConnectionHealth health;
    const Histogram *roundTrips;
};

// From 100 us (a PBX next to its server: round trips are timed to the microsecond) to 10 s
// (the longest a PING may reasonably wait).
Histogram roundTripHistogram() {
    return Histogram({0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                      0.5, 1, 2.5, 5, 10});
}

Labels sectionLabels(const ClientSettings &settings) {
    // The query can carry an access token and the userinfo a password: neither is shown.
    const QString uri =
        QString::fromUtf8(AsteriskUri::parse(settings.uriText.toUtf8()).shownWithoutSecrets());
    return {{QByteArrayLiteral("section"), settings.name},
            {QByteArrayLiteral("uri"), uri},
            {QByteArrayLiteral("via_proxy"),
             settings.hasProxy() ? QStringLiteral("true") : QStringLiteral("false")}};
}

Labels with(Labels labels, const char *name, const QString &value) {
    labels.append({QByteArray(name), value});
    return labels;
}

double seconds(const QDateTime &time) {
    return static_cast<double>(time.toMSecsSinceEpoch()) / 1000.0;
}

} // namespace

MetricsExporter::MetricsExporter(const ConnectionManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager) {
    for (const QString &name : manager->names())
        m_roundTrips.insert(name, roundTripHistogram());
    connect(manager, &ConnectionManager::eventOccurred, this, &MetricsExporter::onEvent);
    connect(manager, &ConnectionManager::connectionRemoved, this,
            [this](const QString &name) { m_roundTrips.remove(name); });
}

void MetricsExporter::onEvent(const ConnectionEvent &event) {
    if (event.kind != ConnectionEvent::Kind::Pong || event.rttUs < 0)
        return;
    // A section removed by a reload still reports on its way out; it counts no more.
    if (!m_manager->connection(event.section))
        return;
    auto histogram = m_roundTrips.find(event.section);
    if (histogram == m_roundTrips.end())
        histogram = m_roundTrips.insert(event.section, roundTripHistogram());
    histogram->observe(static_cast<double>(event.rttUs) / 1e6);
}

QByteArray MetricsExporter::render() const {
    PrometheusText out;
    out.family("wscm_build_info", Type::Gauge, "The wscm version that serves these metrics.");
    out.sample("wscm_build_info", {{QByteArrayLiteral("version"), QStringLiteral(WSCM_VERSION)}},
               1);

    if (m_config) {
        const ConfigStatus &c = *m_config;
        out.family("wscm_config_sections", Type::Gauge,
                   "Client sections in the config file as last read, by Asterisk's verdict: "
                   "valid (Asterisk would load it) or invalid.");
        out.sample("wscm_config_sections", {{"verdict", QStringLiteral("valid")}}, c.validSections);
        out.sample("wscm_config_sections", {{"verdict", QStringLiteral("invalid")}},
                   c.invalidSections);
        out.family("wscm_config_retained_sections", Type::Gauge,
                   "Sections running on settings from an earlier reading of the file, because "
                   "their new version is invalid or the file was rejected (as Asterisk keeps "
                   "them).");
        out.sample("wscm_config_retained_sections", {}, c.retainedSections);
        out.family("wscm_config_last_reload_successful", Type::Gauge,
                   "1 when the last reading of the config file had no error: readable, accepted "
                   "as a whole and every client section valid.");
        out.sample("wscm_config_last_reload_successful", {}, c.lastLoadSuccessful ? 1 : 0);
        out.family("wscm_config_last_reload_timestamp_seconds", Type::Gauge,
                   "When the config file was last read, in Unix seconds.");
        out.sample("wscm_config_last_reload_timestamp_seconds", {}, seconds(c.lastLoadAt));
        if (c.lastSuccessAt.isValid()) {
            out.family("wscm_config_last_reload_success_timestamp_seconds", Type::Gauge,
                       "When the config file was last read without an error, in Unix seconds.");
            out.sample("wscm_config_last_reload_success_timestamp_seconds", {},
                       seconds(c.lastSuccessAt));
        }
        out.family("wscm_config_reloads_total", Type::Counter,
                   "Readings of the config file after a change, by result.");
        out.sample("wscm_config_reloads_total", {{"result", QStringLiteral("success")}},
                   static_cast<double>(c.reloadsSucceeded));
        out.sample("wscm_config_reloads_total", {{"result", QStringLiteral("failure")}},
                   static_cast<double>(c.reloadsFailed));
    }

    static const Histogram noRoundTrips = roundTripHistogram();
    QList<SectionView> sections;
    for (const QString &name : m_manager->names()) {
        const Connection *c = m_manager->connection(name);
        const auto roundTrips = m_roundTrips.constFind(name);
        sections.append({sectionLabels(c->settings()), c, c->health(),
                         roundTrips == m_roundTrips.cend() ? &noRoundTrips : &roundTrips.value()});
    }
    // Every family lists all its samples together, as the format requires.
    const auto family = [&](QByteArrayView name, Type type, QByteArrayView help,
                            const std::function<void(const SectionView &)> &samples) {
        out.family(name, type, help);
        for (const SectionView &s : std::as_const(sections))
            samples(s);
    };

    family("wscm_up", Type::Gauge, "1 while the section's WebSocket is open, else 0.",
           [&](const SectionView &s) {
               out.sample("wscm_up", s.labels, s.health.state == State::Connected ? 1 : 0);
           });
    family("wscm_connection_state", Type::Gauge,
           "The section's connection state: 1 for the current one.", [&](const SectionView &s) {
               for (State state : {State::Idle, State::Connecting, State::Connected,
                                   State::Retrying, State::GaveUp, State::Stopped})
                   out.sample("wscm_connection_state",
                              with(s.labels, "state", ConnectionHealth::stateName(state)),
                              s.health.state == state ? 1 : 0);
           });
    family("wscm_connection_attempts_total", Type::Counter, "Connection attempts made.",
           [&](const SectionView &s) {
               out.sample("wscm_connection_attempts_total", s.labels,
                          static_cast<double>(s.health.attemptsTotal));
           });
    family("wscm_connection_failures_total", Type::Counter,
           "Failed attempts and lost connections, by the stage they failed at.",
           [&](const SectionView &s) {
               for (Stage stage : ConnectionHealth::failureStages())
                   out.sample("wscm_connection_failures_total",
                              with(s.labels, "stage", ConnectionHealth::stageName(stage)),
                              static_cast<double>(s.health.failures(stage)));
           });
    family("wscm_last_failure_info", Type::Gauge,
           "The stage and cause of the section's last failure (1; absent before the first "
           "failure). Causes are the stable names of docs/failure-causes.md.",
           [&](const SectionView &s) {
               if (s.health.lastFailureStage == Stage::None)
                   return;
               Labels labels =
                   with(s.labels, "stage", ConnectionHealth::stageName(s.health.lastFailureStage));
               out.sample("wscm_last_failure_info",
                          with(labels, "cause", FailureCauses::name(s.health.lastFailureCause)), 1);
           });
    family("wscm_last_failure_timestamp_seconds", Type::Gauge,
           "When the section last failed, in Unix seconds.", [&](const SectionView &s) {
               if (s.health.lastFailureAt.isValid())
                   out.sample("wscm_last_failure_timestamp_seconds", s.labels,
                              seconds(s.health.lastFailureAt));
           });
    family(
        "wscm_pings_sent_total", Type::Counter, "WebSocket PINGs sent.", [&](const SectionView &s) {
            out.sample("wscm_pings_sent_total", s.labels, static_cast<double>(s.health.pingsSent));
        });
    family("wscm_pongs_received_total", Type::Counter, "PONGs received that answer our PINGs.",
           [&](const SectionView &s) {
               out.sample("wscm_pongs_received_total", s.labels,
                          static_cast<double>(s.health.pongsTotal));
           });
    family("wscm_pings_unanswered_total", Type::Counter,
           "PINGs that went a whole pingpong_interval without their PONG.",
           [&](const SectionView &s) {
               out.sample("wscm_pings_unanswered_total", s.labels,
                          static_cast<double>(s.health.pingsUnansweredTotal));
           });
    family("wscm_pings_outstanding", Type::Gauge,
           "PINGs sent since the last PONG on the open connection; it is closed when this "
           "reaches pingpong_probes at the next interval.",
           [&](const SectionView &s) {
               out.sample("wscm_pings_outstanding", s.labels, s.health.unansweredPings);
           });
    family("wscm_ping_rtt_seconds", Type::Histogram,
           "Round-trip time from a PING to its PONG, in seconds.", [&](const SectionView &s) {
               s.roundTrips->write(out, "wscm_ping_rtt_seconds", s.labels);
           });
    family("wscm_last_attempt_stage_duration_seconds", Type::Gauge,
           "How long each stage of the last connection attempt took, in seconds (stages not "
           "reached or not used are absent).",
           [&](const SectionView &s) {
               const StageTimings &t = s.health.lastTimings;
               const std::pair<Stage, qint64> stages[] = {{Stage::Tcp, t.tcpUs},
                                                          {Stage::Proxy, t.proxyUs},
                                                          {Stage::Tls, t.tlsUs},
                                                          {Stage::Upgrade, t.upgradeUs}};
               for (const auto &[stage, us] : stages) {
                   if (us >= 0)
                       out.sample("wscm_last_attempt_stage_duration_seconds",
                                  with(s.labels, "stage", ConnectionHealth::stageName(stage)),
                                  static_cast<double>(us) / 1e6);
               }
           });
    family("wscm_tls_certificate_not_after_timestamp_seconds", Type::Gauge,
           "When the server's TLS certificate expires (its notAfter), in Unix seconds, as seen "
           "in the last TLS handshake.",
           [&](const SectionView &s) {
               if (s.connection->settings().tlsEnabled && s.health.peerCertificateExpiry.isValid())
                   out.sample(
                       "wscm_tls_certificate_not_after_timestamp_seconds", s.labels,
                       static_cast<double>(s.health.peerCertificateExpiry.toSecsSinceEpoch()));
           });
    return out.text();
}

} // namespace wscm
