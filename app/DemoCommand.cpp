// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "DemoCommand.h"

#include "Console.h"
#include "DemoEnvironment.h"
#include "GuiCommand.h"
#include "InterruptSignals.h"
#include "ProbeCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

namespace wscm {

bool DemoCommand::needsGui(const QStringList &arguments) const {
    // main() creates the application object before the arguments are parsed, and a
    // QApplication aborts where no display can be opened: `--no-gui` must not ask for one,
    // even where DISPLAY names a display that is gone. Without it, a display (or a chosen Qt
    // platform) decides, so that a mistyped option on a headless machine still gets its
    // message rather than an abort.
    if (arguments.contains(QStringLiteral("--no-gui")))
        return false;
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int DemoCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption noGui(
        QStringLiteral("no-gui"),
        QStringLiteral("No window: report the demo connections as 'wscm probe' does."));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("End the demo after SECONDS."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("With --no-gui: one JSON object per event."));
    const QCommandLineOption noProxy(
        QStringLiteral("no-proxy"),
        QStringLiteral("Leave out the section that goes through squid."));
    // For scripts/screenshots, passed on to `wscm gui`; not part of the documented interface.
    QCommandLineOption shotsOption(QStringLiteral("screenshot-dir"), QString(),
                                   QStringLiteral("DIR"));
    QCommandLineOption settleOption(QStringLiteral("screenshot-delay"), QString(),
                                    QStringLiteral("MS"));
    shotsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    settleOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({noGui, duration, json, noProxy, shotsOption, settleOption});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        Console::error(QStringLiteral("wscm demo: takes no arguments; try 'wscm demo --help'"));
        return ExitUsage;
    }
    double seconds = 0;
    if (!positiveSeconds(parser, duration, &seconds))
        return ExitUsage;
    const bool windowed = !parser.isSet(noGui);
    // By class name: the QApplication is the wscm-gui module's, and this executable links no
    // Qt Widgets to cast to it.
    if (windowed && !QCoreApplication::instance()->inherits("QApplication")) {
        Console::error(QStringLiteral("wscm demo: no display to open the app on; 'wscm demo "
                                      "--no-gui' shows the demo connections here"));
        return ExitUsage;
    }

    DemoEnvironment demo;
    demo.setProxyWanted(!parser.isSet(noProxy));
    QString error;
    if (!demo.start(&error)) {
        Console::error(QStringLiteral("wscm demo: %1").arg(error));
        return ExitUsage;
    }
    // On stderr, so that --json output stays one JSON object per line.
    Console::error(QStringLiteral("wscm demo: config %1 (the folder is removed when the demo "
                                  "ends)")
                       .arg(demo.configPath()));
    if (!demo.hasProxy() && !parser.isSet(noProxy))
        Console::error(QStringLiteral("wscm demo: squid is not installed; the proxy "
                                      "section is left out"));

    if (!windowed) {
        QStringList probe{QStringLiteral("wscm probe"), demo.configPath()};
        if (parser.isSet(duration))
            probe << QStringLiteral("--duration") << parser.value(duration);
        if (parser.isSet(json))
            probe << QStringLiteral("--json");
        // Some demo sections fail on purpose, so the probe's "not every section connected"
        // is the demo working, not an error.
        return ProbeCommand().run(probe) == ExitUsage ? ExitUsage : ExitOk;
    }

    // The app keeps recent files and window state in QSettings; the demo keeps them in its
    // own folder so that it leaves nothing behind.
    const QString settingsFolder = demo.folder() + QStringLiteral("/settings");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder);
    QStringList gui{QStringLiteral("wscm gui"), QStringLiteral("--connect")};
    for (const QCommandLineOption &option : {shotsOption, settleOption}) {
        if (parser.isSet(option))
            gui << QStringLiteral("--") + option.names().constFirst() << parser.value(option);
    }
    gui << demo.configPath();
    const auto quit = [] {
        QCoreApplication::exit(ExitOk);
    };
    if (seconds > 0)
        QTimer::singleShot(qint64(seconds * 1000), QCoreApplication::instance(), quit);
    // Ctrl-C in the terminal of scripts/run must still remove the demo folder.
    const InterruptSignals interrupts;
    QObject::connect(&interrupts, &InterruptSignals::received, QCoreApplication::instance(), quit);
    return GuiCommand().run(gui);
}

} // namespace wscm
