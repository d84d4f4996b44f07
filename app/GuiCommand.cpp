// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "GuiCommand.h"

#include "MainWindow.h"
#include "ScreenshotRunner.h"

#include <QApplication>
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

    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first());
    const bool screenshots = parser.isSet(shotsOption);
    if (parser.isSet(connectOption) || screenshots)
        window.connectAll();
    if (screenshots) {
        auto *runner = new ScreenshotRunner(&window, parser.value(shotsOption),
                                            parser.value(settleOption).toInt(), &window);
        QObject::connect(runner, &ScreenshotRunner::finished, qApp,
                         [](bool ok) { QApplication::exit(ok ? ExitOk : ExitInvalid); });
        runner->start();
    }
    return QApplication::exec();
}

} // namespace wscm
