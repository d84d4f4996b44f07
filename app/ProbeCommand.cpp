// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ProbeCommand.h"

#include "ConfigInput.h"
#include "Console.h"
#include "ProbeDial.h"
#include "ProbeOutput.h"
#include "RemoteProbeRun.h"
#include "io/ConfigLocation.h"
#include "metrics/MetricsExporter.h"
#include "metrics/MetricsServer.h"
#include "net/Connection.h"
#include "net/ConnectionManager.h"
#include "net/EpollEventDispatcher.h"
#include "reload/ConfigFollower.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <unistd.h>

namespace wscm {

namespace {

int g_interruptPipe[2] = {-1, -1};

void onInterrupt(int signal) {
    // SIGHUP asks for a reload of the config file, the others for the end.
    const char byte = signal == SIGHUP ? 'r' : 'q';
    // Only async-signal-safe work here; the event loop reads the pipe.
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[1], &byte, 1);
}

} // namespace

QAbstractEventDispatcher *ProbeCommand::createEventDispatcher() const {
    // A thousand probed sockets cost Qt's poll(2) dispatcher a pass over every one of them per
    // wake-up; epoll's costs only what woke it.
#ifdef Q_OS_LINUX
    return EpollEventDispatcher::createForManySockets();
#else
    return nullptr;
#endif
}

int ProbeCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Config file."));
    parser.addPositionalArgument(QStringLiteral("SECTION"),
                                 QStringLiteral("Client sections to probe (default: all)."),
                                 QStringLiteral("[SECTION...]"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Stop after SECONDS (default: until Ctrl-C)."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption once(
        QStringLiteral("once"), QStringLiteral("Stop each section once it has connected (and had "
                                               "one PONG when PINGs are on) or failed for good."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("One JSON object per line per event."));
    const QCommandLineOption metrics(
        QStringLiteral("metrics"),
        QStringLiteral("Serve Prometheus metrics on http://ADDRESS:PORT/metrics (a PORT alone "
                       "means 127.0.0.1:PORT) and keep running while no section is valid."),
        QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption fromHere(
        QStringLiteral("from-here"),
        QStringLiteral("For an ssh:// FILE: probe from this computer instead of running wscm on "
                       "that host (its network path, which may not be the host's)."));
    const QCommandLineOption eventFormat(
        QStringLiteral("event-format"),
        QStringLiteral("Print the version of the --json event format and exit (a wscm probing "
                       "this host over SSH asks for it first)."));
    parser.addOption(duration);
    parser.addOption(once);
    parser.addOption(json);
    parser.addOption(metrics);
    parser.addOption(fromHere);
    parser.addOption(eventFormat);
    const QCommandLineOption dial = ProbeDial::option();
    parser.addOption(dial);
    parser.addOption(ConfigInput::maxSizeOption());
    // Events are built without secrets, so there is nothing to reveal; accepted like every
    // file-reading command accepts it.
    parser.addOption(ConfigInput::showSecretsOption());
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.isSet(eventFormat)) {
        Console::line(QString::number(ConnectionEvent::JsonFormat));
        return ExitOk;
    }
    QStringList positional;
    double seconds = -1;
    if (!requireFiles(parser, &positional) || !positiveSeconds(parser, duration, &seconds))
        return ExitUsage;
    const qint64 maxBytes = ConfigInput::maxBytes(parser);
    if (maxBytes < 0)
        return ExitUsage;
    QHostAddress metricsAddress;
    quint16 metricsPort = 0;
    const bool serveMetrics = parser.isSet(metrics);
    if (serveMetrics) {
        QString error;
        if (!MetricsServer::parseEndpoint(parser.value(metrics), &metricsAddress, &metricsPort,
                                          &error)) {
            Console::error(QStringLiteral("wscm probe: --metrics: %1").arg(error));
            return ExitUsage;
        }
        if (parser.isSet(once)) {
            Console::error(QStringLiteral("wscm probe: --metrics serves a probe that keeps "
                                          "running; it does not go with --once"));
            return ExitUsage;
        }
    }
    // A file on a PBX is probed from the PBX, by the wscm installed there.
    const ConfigLocation location = ConfigLocation::parse(positional.first());
    if (location.isRemote() && !parser.isSet(fromHere)) {
        if (serveMetrics) {
            Console::error(QStringLiteral("wscm probe: --metrics serves from this computer; on a "
                                          "PBX, run the probe there (see the wscm-probe service) "
                                          "or add --from-here"));
            return ExitUsage;
        }
        RemoteProbeRun::Options remote;
        remote.sections = positional.mid(1);
        remote.json = parser.isSet(json);
        remote.liveTable = !remote.json && Console::stdoutIsTerminal();
        remote.once = parser.isSet(once);
        remote.seconds = seconds;
        remote.dial = parser.value(dial);
        if (parser.isSet(QStringLiteral("max-size")))
            remote.maxSizeMb = parser.value(QStringLiteral("max-size"));
        return RemoteProbeRun::run(location, remote);
    }
    ConfigInput input;
    if (!input.load(positional.first(), maxBytes))
        return ExitUsage;
    if (location.isRemote() && !parser.isSet(json))
        Console::line(QStringLiteral("# measured from this computer, not from %1 where the file "
                                     "is")
                          .arg(location.hostLabel()));

    QStringList wanted = positional.mid(1);
    // A call's connection, not a section's: the file as read now, not followed.
    const bool oneCall = parser.isSet(dial);
    if (oneCall && !wanted.isEmpty()) {
        Console::error(QStringLiteral("wscm probe: --dial connects the section its dial string "
                                      "names; give no SECTION"));
        return ExitUsage;
    }
    QList<ClientSettings> probed;
    if (oneCall) {
        const std::optional<ClientSettings> call =
            ProbeDial::settings(parser.value(dial), input.result);
        if (!call)
            return ExitInvalid;
        probed << *call;
    } else if (wanted.isEmpty()) {
        for (const ClientObject &o : input.result.objects)
            wanted << o.name;
    }
    bool anyInvalid = false;
    for (const QString &name : std::as_const(wanted)) {
        const ClientObject *object = input.result.object(name);
        if (!object) {
            Console::error(QStringLiteral("wscm probe: no client section '%1' in %2")
                               .arg(name, positional.first()));
            return ExitUsage;
        }
        if (object->valid) {
            probed << object->settings;
            continue;
        }
        anyInvalid = true;
        for (const Diagnostic &d : input.result.diagnostics) {
            if (d.isError() && (d.section == name || d.rejectsFile))
                Console::error(d.toText());
        }
        Console::error(QStringLiteral("wscm probe: [%1] is not valid and is not probed").arg(name));
    }
    // An exporter keeps running on a file without a valid section: it reports that, and
    // follows the file until it has one.
    if (probed.isEmpty() && !serveMetrics) {
        Console::error(QStringLiteral("wscm probe: no valid client section to probe"));
        return ExitInvalid;
    }

    const bool jsonOutput = parser.isSet(json);
    const bool liveTable = !jsonOutput && Console::stdoutIsTerminal();
    const bool stopWhenDone = parser.isSet(once);
    // The events of a thousand connections come in bursts: written once per burst.
    const Console::IdleFlush flushWhenIdle;
    QEventLoop loop;
    ConnectionManager manager;
    manager.update(probed);
    QSet<QString> everConnected;
    QSet<QString> finished;
    ProbeOutput output;

    // Follows the file (not with --once, which judges one run): a change reconnects exactly
    // the sections whose settings changed, as Asterisk's reload does.
    ConfigFollower follower(positional.first(), maxBytes, positional.mid(1));
    follower.begin(input.set, input.result, probed, !stopWhenDone && !oneCall);
    // Counted only for a reader: without --metrics nobody asks.
    std::unique_ptr<MetricsExporter> exporter;
    if (serveMetrics) {
        exporter = std::make_unique<MetricsExporter>(&manager);
        exporter->setConfigStatus(follower.status());
    }
    QObject::connect(&follower, &ConfigFollower::reloaded, &loop, [&](const ReloadResult &r) {
        for (const Diagnostic &d : r.errors)
            Console::error(d.toText());
        if (jsonOutput)
            Console::line(
                QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)));
        else if (!liveTable)
            Console::line(r.at.toString(Qt::ISODateWithMs) + QLatin1Char(' ') + r.toText());
        anyInvalid = !r.errors.isEmpty();
        manager.update(r.sections);
        if (exporter)
            exporter->setConfigStatus(follower.status());
    });
    std::unique_ptr<MetricsServer> server;
    if (serveMetrics) {
        server = std::make_unique<MetricsServer>([&exporter] { return exporter->render(); },
                                                 MetricsExporter::ContentType);
        QString error;
        if (!server->listen(metricsAddress, metricsPort, &error)) {
            Console::error(QStringLiteral("wscm probe: cannot serve metrics on %1: %2")
                               .arg(parser.value(metrics), error));
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

    const auto finish = [&](const QString &section) {
        if (finished.contains(section))
            return;
        finished.insert(section);
        manager.stop(section);
        if (finished.size() == probed.size())
            loop.quit();
    };
    QObject::connect(
        &manager, &ConnectionManager::eventOccurred, &loop, [&](const ConnectionEvent &event) {
            // Per PONG of every connection: no look-up that the event does not need.
            if (!finished.isEmpty() && finished.contains(event.section))
                return;
            output.print(event, jsonOutput, liveTable);
            using Kind = ConnectionEvent::Kind;
            if (event.kind == Kind::Connected)
                everConnected.insert(event.section);
            if (!stopWhenDone)
                return;
            const Connection *c = manager.connection(event.section);
            const bool pings = c->settings().enablePingPongs;
            const int limit = qMax(1, c->settings().reconnectAttempts);
            if ((event.kind == Kind::Connected && !pings) || event.kind == Kind::Pong ||
                event.kind == Kind::GaveUp ||
                (event.kind == Kind::Retrying && c->health().consecutiveFailures >= limit))
                QTimer::singleShot(0, &loop, [&finish, s = event.section] { finish(s); });
        });

    QTimer refresh;
    if (liveTable) {
        QObject::connect(&refresh, &QTimer::timeout, &loop,
                         [&] { Console::out(ProbeOutput::table(manager)); });
        refresh.start(1000);
    }
    if (seconds > 0)
        QTimer::singleShot(qint64(seconds * 1000), &loop, &QEventLoop::quit);

    // Ctrl-C ends the probe through the event loop, so connections close cleanly; SIGHUP
    // (systemctl reload) reads the config file again.
    std::unique_ptr<QSocketNotifier> interrupt;
    if (::pipe(g_interruptPipe) == 0) {
        interrupt = std::make_unique<QSocketNotifier>(g_interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupt.get(), &QSocketNotifier::activated, &loop, [&] {
            char byte = 0;
            if (::read(g_interruptPipe[0], &byte, 1) == 1 && byte == 'r')
                follower.reload();
            else
                loop.quit();
        });
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
        if (!stopWhenDone && !oneCall)
            std::signal(SIGHUP, onInterrupt);
    }
    QTimer::singleShot(0, &manager, &ConnectionManager::startAll);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
    for (const QString &name : manager.names()) {
        if (!finished.contains(name))
            finished.insert(name);
    }
    manager.stopAll();
    // The connections' parts left for deletion go now, in order: each one deleted with the
    // manager instead would first look for its pending event among all the others'.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    interrupt.reset();
    for (int &fd : g_interruptPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    if (liveTable)
        Console::out(ProbeOutput::table(manager));
    // The verdict is on the sections of the last reading of the file.
    const QStringList last = manager.names();
    const auto connectedCount = std::count_if(
        last.cbegin(), last.cend(), [&](const QString &n) { return everConnected.contains(n); });
    if (!jsonOutput) {
        Console::line(QStringLiteral("%1 of %2 section(s) connected at least once")
                          .arg(connectedCount)
                          .arg(last.size()));
        if (liveTable) {
            for (const QString &line : ProbeOutput::lastHints(manager))
                Console::line(line);
        }
    }
    return connectedCount == last.size() && !last.isEmpty() && !anyInvalid ? ExitOk : ExitInvalid;
}

} // namespace wscm
