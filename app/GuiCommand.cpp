// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "GuiCommand.h"

#include "Console.h"
#include "GuiEntry.h"
#include "GuiModule.h"

#include <QCommandLineParser>

namespace wscm {

int GuiCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The websocket_client.conf to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption connectOption(QStringLiteral("connect"),
                                           QStringLiteral("Connect every valid section at start."));
    parser.addOption(connectOption);
    // For scripts/screenshots: not part of the documented interface.
    QCommandLineOption shotsOption(QStringLiteral("screenshot-dir"),
                                   QStringLiteral("Save pictures of the main states to DIR, "
                                                  "then quit."),
                                   QStringLiteral("DIR"));
    shotsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption settleOption(QStringLiteral("screenshot-delay"),
                                    QStringLiteral("Milliseconds to wait before the pictures."),
                                    QStringLiteral("MS"), QStringLiteral("5000"));
    settleOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(shotsOption);
    parser.addOption(settleOption);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1) {
        parser.showHelp(ExitUsage);
    }

    GuiEntry::Launch launch;
    if (!parser.positionalArguments().isEmpty())
        launch.file = parser.positionalArguments().first();
    launch.connect = parser.isSet(connectOption);
    if (parser.isSet(shotsOption))
        launch.screenshotDir = parser.value(shotsOption);
    launch.screenshotDelayMs = parser.value(settleOption).toInt();
    QString error;
    GuiEntry *gui = GuiModule::load(&error);
    if (!gui) {
        Console::error(error);
        return ExitInvalid;
    }
    return gui->run(launch);
}

} // namespace wscm
