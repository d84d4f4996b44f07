// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "Command.h"
#include "CommandRegistry.h"
#include "Console.h"
#include "GuiEntry.h"
#include "GuiModule.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

#include <memory>

using namespace wscm;

namespace {

QString usage(const CommandRegistry &registry) {
    QString text = QStringLiteral("Usage: wscm [COMMAND] [OPTIONS]\n\n"
                                  "WebSocket Client Manager for Asterisk: edit, check, connect "
                                  "and watch the connections of websocket_client.conf.\n\n"
                                  "Commands:\n");
    for (const auto &command : registry.commands())
        text +=
            QStringLiteral("  %1%2\n").arg(command->name().leftJustified(10), command->summary());
    text += QStringLiteral(
        "\nWithout a command, wscm opens the desktop app; 'wscm FILE' opens FILE in it.\n"
        "Run 'wscm COMMAND --help' for the options of a command.\n"
        "The command line speaks English whatever the locale, for the scripts that read it;\n"
        "the desktop app follows the desktop's language (View > Language).\n"
        "Options:\n  -h, --help     Show this help.\n"
        "  -v, --version  Show the version.\n");
    return text;
}

// `wscm FILE` opens FILE in the desktop app, so a first word that is no command may be a
// file; a word with no '.' or '/' that names no file is a command mistyped ("chek"), which
// must not open the app's usage or a window on a missing file.
bool isMistypedCommand(const QString &word, const CommandRegistry &registry) {
    if (word.isEmpty() || word.startsWith(QLatin1Char('-')) || registry.find(word) ||
        QFileInfo::exists(word))
        return false;
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}

} // namespace

int main(int argc, char *argv[]) {
    const CommandRegistry registry;
    QString commandName = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (commandName == QLatin1StringView("--help") || commandName == QLatin1StringView("-h") ||
        commandName == QLatin1StringView("help")) {
        QCoreApplication app(argc, argv);
        Console::out(usage(registry));
        return ExitOk;
    }
    if (commandName == QLatin1StringView("--version") || commandName == QLatin1StringView("-v")) {
        QCoreApplication app(argc, argv);
        Console::line(QStringLiteral("wscm %1").arg(QLatin1StringView(WSCM_VERSION)));
        return ExitOk;
    }
    if (isMistypedCommand(commandName, registry)) {
        QCoreApplication app(argc, argv);
        const QString guess = registry.closest(commandName);
        Console::error(guess.isEmpty()
                           ? QStringLiteral("wscm: unknown command '%1'").arg(commandName)
                           : QStringLiteral("wscm: unknown command '%1' (did you mean '%2'?)")
                                 .arg(commandName, guess));
        Console::error(QStringLiteral("Run 'wscm --help' for the commands; to open a file in the "
                                      "desktop app, name it by its path (./%1).")
                           .arg(commandName));
        return ExitUsage;
    }
    const bool implicitGui = commandName.isEmpty() || commandName.startsWith(QLatin1Char('-')) ||
                             !registry.find(commandName);
    Command *command = registry.find(implicitGui ? QStringLiteral("gui") : commandName);

    QStringList rawArguments;
    for (int i = implicitGui ? 1 : 2; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (command->needsGui(rawArguments)) {
        // The QApplication comes from the wscm-gui module, the only part of wscm that links Qt
        // Gui and Widgets: the command line loads none of their libraries.
        QString error;
        GuiEntry *gui = GuiModule::load(&error);
        if (!gui) {
            Console::error(error);
            return ExitInvalid;
        }
        app.reset(gui->createApplication(argc, argv));
    } else {
        // The command line needs no GLib main loop; Qt's own dispatcher wakes 1,000 probed
        // sockets with a fifth less CPU (measured by scripts/bench).
        if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
            qputenv("QT_NO_GLIB", "1");
        if (QAbstractEventDispatcher *dispatcher = command->createEventDispatcher())
            QCoreApplication::setEventDispatcher(dispatcher);
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("wscm"));
    QCoreApplication::setOrganizationName(QStringLiteral("wscm"));
    QCoreApplication::setApplicationVersion(QLatin1StringView(WSCM_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (!implicitGui)
        arguments.removeFirst();
    arguments.prepend(QStringLiteral("wscm %1").arg(command->name()));
    return command->run(arguments);
}
