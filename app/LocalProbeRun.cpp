// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "LocalProbeRun.h"

#include "Command.h"
#include "ConfigInput.h"
#include "Console.h"
#include "InterruptSignals.h"
#include "metrics/MetricsExporter.h"
#include "metrics/MetricsServer.h"
#include "net/Connection.h"
#include "net/ConnectionManager.h"
#include "reload/ConfigFollower.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace wscm {

LocalProbeRun::LocalProbeRun(const Options &options)
    : m_options(options) {}

int LocalProbeRun::run(const ConfigInput &input, const QList<ClientSettings> &probed,
                       bool anyInvalid) {
    m_sectionCount = probed.size();
    m_anyInvalid = anyInvalid;
    // The events of a thousand connections come in bursts: written once per burst.
    const Console::IdleFlush flushWhenIdle;
    QEventLoop loop;
    m_loop = &loop;
    ConnectionManager manager;
    manager.update(probed);

    // Follows the file (not with --once, which judges one run, nor for one call): a change
    // reconnects exactly the sections whose settings changed, as Asterisk's reload does.
    const bool follows = !m_options.once && !m_options.oneCall;
    ConfigFollower follower(m_options.file, m_options.maxBytes, m_options.sections);
    follower.begin(input.set, input.result, probed, follows);
    // Counted only for a reader: without --metrics nobody asks.
    std::unique_ptr<MetricsExporter> exporter;
    std::unique_ptr<MetricsServer> server;
    if (m_options.serveMetrics) {
        exporter = std::make_unique<MetricsExporter>(&manager);
        exporter->setConfigStatus(follower.status());
        server = std::make_unique<MetricsServer>([&exporter] { return exporter->render(); },
                                                 MetricsExporter::ContentType);
        QString error;
        if (!server->listen(m_options.metricsAddress, m_options.metricsPort, &error)) {
            Console::error(QStringLiteral("wscm probe: cannot serve metrics on %1: %2")
                               .arg(m_options.metricsText, error));
            return ExitUsage;
        }
        const QString host =
            server->address().protocol() == QAbstractSocket::IPv6Protocol
                ? QLatin1Char('[') + server->address().toString() + QLatin1Char(']')
                : server->address().toString();
        Console::error(QStringLiteral("wscm probe: metrics on http://%1:%2/metrics")
                           .arg(host)
                           .arg(server->port()));
    }
    QObject::connect(&follower, &ConfigFollower::reloaded, &loop, [&](const ReloadResult &r) {
        for (const Diagnostic &d : r.errors)
            Console::error(d.toText());
        if (m_options.json)
            Console::line(
                QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)));
        else if (!m_options.liveTable)
            Console::line(r.at.toString(Qt::ISODateWithMs) + QLatin1Char(' ') + r.toText());
        m_anyInvalid = !r.errors.isEmpty();
        manager.update(r.sections);
        if (exporter)
            exporter->setConfigStatus(follower.status());
    });
    QObject::connect(&manager, &ConnectionManager::eventOccurred, &loop,
                     [&](const ConnectionEvent &event) { onEvent(manager, event); });

    QTimer refresh;
    if (m_options.liveTable) {
        QObject::connect(&refresh, &QTimer::timeout, &loop,
                         [&] { Console::out(ProbeOutput::table(manager)); });
        refresh.start(1000);
    }
    if (m_options.seconds > 0)
        QTimer::singleShot(qint64(m_options.seconds * 1000), &loop, &QEventLoop::quit);

    {
        // Ctrl-C ends the probe through the event loop, so connections close cleanly; SIGHUP
        // (systemctl reload) reads the config file again.
        const InterruptSignals interrupts(follows ? InterruptSignals::Hangup::Reloads
                                                  : InterruptSignals::Hangup::Default);
        QObject::connect(&interrupts, &InterruptSignals::received, &loop, &QEventLoop::quit);
        QObject::connect(&interrupts, &InterruptSignals::reloadRequested, &follower,
                         &ConfigFollower::reload);
        QTimer::singleShot(0, &manager, &ConnectionManager::startAll);
        loop.exec();
    }
    for (const QString &name : manager.names())
        m_finished.insert(name);
    manager.stopAll();
    // The connections' parts left for deletion go now, in order: each one deleted with the
    // manager instead would first look for its pending event among all the others'.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_loop = nullptr;
    if (m_options.liveTable)
        Console::out(ProbeOutput::table(manager));
    return verdict(manager);
}

void LocalProbeRun::onEvent(ConnectionManager &manager, const ConnectionEvent &event) {
    // Per PONG of every connection: no look-up that the event does not need.
    if (!m_finished.isEmpty() && m_finished.contains(event.section))
        return;
    m_output.print(event, m_options.json, m_options.liveTable);
    using Kind = ConnectionEvent::Kind;
    if (event.kind == Kind::Connected)
        m_everConnected.insert(event.section);
    if (!m_options.once)
        return;
    const Connection *c = manager.connection(event.section);
    const bool pings = c->settings().enablePingPongs;
    const int limit = qMax(1, c->settings().reconnectAttempts);
    if ((event.kind == Kind::Connected && !pings) || event.kind == Kind::Pong ||
        event.kind == Kind::GaveUp ||
        (event.kind == Kind::Retrying && c->health().consecutiveFailures >= limit))
        QTimer::singleShot(0, m_loop, [this, &manager, s = event.section] { finish(manager, s); });
}

void LocalProbeRun::finish(ConnectionManager &manager, const QString &section) {
    if (m_finished.contains(section))
        return;
    m_finished.insert(section);
    manager.stop(section);
    if (m_finished.size() == m_sectionCount && m_loop)
        m_loop->quit();
}

int LocalProbeRun::verdict(const ConnectionManager &manager) const {
    // The verdict is on the sections of the last reading of the file.
    const QStringList last = manager.names();
    const auto connectedCount = std::count_if(
        last.cbegin(), last.cend(), [&](const QString &n) { return m_everConnected.contains(n); });
    if (!m_options.json) {
        Console::line(QStringLiteral("%1 of %2 section(s) connected at least once")
                          .arg(connectedCount)
                          .arg(last.size()));
        if (m_options.liveTable) {
            for (const QString &line : ProbeOutput::lastHints(manager))
                Console::line(line);
        }
    }
    return connectedCount == last.size() && !last.isEmpty() && !m_anyInvalid ? ExitOk : ExitInvalid;
}

} // namespace wscm
