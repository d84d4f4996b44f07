// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ProbeCommand.h"

#include "ConfigInput.h"
#include "Console.h"
#include "LocalProbeRun.h"
#include "ProbeDial.h"
#include "RemoteProbeRun.h"
#include "io/ConfigLocation.h"
#include "metrics/MetricsServer.h"
#include "net/ConnectionEvent.h"
#include "net/EpollEventDispatcher.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace wscm {

namespace {

// The valid sections of `wanted` into `probed`; an invalid one is named with its errors and
// left out (`anyInvalid`). False, after saying so, when one is not in the file at all.
bool chooseSections(const CheckResult &result, const QString &file, const QStringList &wanted,
                    QList<ClientSettings> *probed, bool *anyInvalid) {
    for (const QString &name : wanted) {
        const ClientObject *object = result.object(name);
        if (!object) {
            Console::error(
                QStringLiteral("wscm probe: no client section '%1' in %2").arg(name, file));
            return false;
        }
        if (object->valid) {
            *probed << object->settings;
            continue;
        }
        *anyInvalid = true;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.isError() && (d.section == name || d.rejectsFile))
                Console::error(d.toText());
        }
        Console::error(QStringLiteral("wscm probe: [%1] is not valid and is not probed").arg(name));
    }
    return true;
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
    if (!chooseSections(input.result, positional.first(), wanted, &probed, &anyInvalid))
        return ExitUsage;
    // An exporter keeps running on a file without a valid section: it reports that, and
    // follows the file until it has one.
    if (probed.isEmpty() && !serveMetrics) {
        Console::error(QStringLiteral("wscm probe: no valid client section to probe"));
        return ExitInvalid;
    }

    LocalProbeRun::Options options;
    options.json = parser.isSet(json);
    options.liveTable = !options.json && Console::stdoutIsTerminal();
    options.once = parser.isSet(once);
    options.oneCall = oneCall;
    options.seconds = seconds;
    options.serveMetrics = serveMetrics;
    options.metricsText = parser.value(metrics);
    options.metricsAddress = metricsAddress;
    options.metricsPort = metricsPort;
    options.file = positional.first();
    options.sections = positional.mid(1);
    options.maxBytes = maxBytes;
    return LocalProbeRun(options).run(input, probed, anyInvalid);
}

} // namespace wscm
