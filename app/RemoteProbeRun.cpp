// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "RemoteProbeRun.h"

#include "Command.h"
#include "Console.h"
#include "InterruptSignals.h"
#include "ProbeOutput.h"
#include "net/RemoteProbe.h"

#include <QEventLoop>
#include <QSet>
#include <QTimer>

namespace wscm {

namespace {
// The remote probe ends itself after --duration; this much later the session is cut anyway.
constexpr int durationGraceMs = 30000;
} // namespace

int RemoteProbeRun::run(const ConfigLocation &file, const Options &options) {
    QStringList arguments = options.sections;
    if (options.once)
        arguments << QStringLiteral("--once");
    if (options.seconds > 0)
        arguments << QStringLiteral("--duration") << QString::number(options.seconds);
    if (!options.maxSizeMb.isEmpty())
        arguments << QStringLiteral("--max-size") << options.maxSizeMb;
    if (!options.dial.isEmpty())
        arguments << QStringLiteral("--dial") << options.dial;

    QEventLoop loop;
    RemoteProbe probe(file);
    probe.setSections(options.sections);
    probe.setProbeArguments(arguments);
    int exitCode = ExitOk;
    bool failed = false;
    QSet<QString> everConnected;
    ProbeOutput output;

    QObject::connect(&probe, &RemoteProbe::failed, &loop,
                     [&](RemoteProbe::Failure failure, const QString &message) {
                         failed = true;
                         Console::error(QStringLiteral("wscm probe: %1").arg(message));
                         if (failure != RemoteProbe::Failure::Ssh)
                             Console::error(QStringLiteral(
                                 "wscm probe: add --from-here to probe from this computer "
                                 "instead (its network path, which may not be the PBX's)."));
                     });
    QObject::connect(&probe, &RemoteProbe::started, &loop, [&](const QString &version) {
        const QString label =
            QStringLiteral("measured from %1 (%2 there)").arg(probe.measuredFrom(), version);
        if (options.json || options.liveTable)
            Console::error(QStringLiteral("wscm probe: ") + label);
        else
            Console::line(QStringLiteral("# ") + label);
    });
    QObject::connect(&probe, &RemoteProbe::remoteMessage, &loop,
                     [](const QString &line) { Console::error(line); });
    QObject::connect(&probe, &RemoteProbe::eventOccurred, &loop, [&](const ConnectionEvent &event) {
        if (event.kind == ConnectionEvent::Kind::Connected)
            everConnected.insert(event.section);
        output.print(event, options.json, options.liveTable);
    });
    QObject::connect(&probe, &RemoteProbe::finished, &loop, [&](int code) {
        exitCode = code;
        loop.quit();
    });

    QTimer refresh;
    if (options.liveTable) {
        QObject::connect(&refresh, &QTimer::timeout, &loop,
                         [&] { Console::out(ProbeOutput::table(probe)); });
        refresh.start(1000);
    }
    if (options.seconds > 0)
        QTimer::singleShot(qint64(options.seconds * 1000) + durationGraceMs, &probe,
                           &RemoteProbe::stop);
    // Ctrl-C stops the probe on the host first, so that its connections close cleanly there.
    const InterruptSignals interrupts;
    QObject::connect(&interrupts, &InterruptSignals::received, &probe, &RemoteProbe::stop);
    QTimer::singleShot(0, &probe, &RemoteProbe::start);
    loop.exec();

    if (failed)
        return ExitUsage;
    if (options.liveTable) {
        Console::out(ProbeOutput::table(probe));
        for (const QString &line : ProbeOutput::lastHints(probe))
            Console::line(line);
    }
    if (!options.json)
        Console::line(
            QStringLiteral("%1 of %2 section(s) connected at least once, measured from %3")
                .arg(everConnected.size())
                .arg(probe.names().size())
                .arg(probe.measuredFrom()));
    return exitCode == ExitOk || exitCode == ExitInvalid ? exitCode : ExitUsage;
}

} // namespace wscm
