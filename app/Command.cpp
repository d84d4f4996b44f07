// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "Command.h"

#include "Console.h"

#include <QCommandLineParser>

namespace wscm {

bool Command::parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode) const {
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        Console::error(QStringLiteral("wscm %1: %2").arg(name(), parser.errorText()));
        Console::error(QStringLiteral("Try 'wscm %1 --help'.").arg(name()));
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        Console::out(parser.helpText());
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

bool Command::requireFiles(const QCommandLineParser &parser, QStringList *files) const {
    *files = parser.positionalArguments();
    if (!files->isEmpty())
        return true;
    Console::error(QStringLiteral("wscm %1: no FILE given; try 'wscm %1 --help'").arg(name()));
    return false;
}

bool Command::positiveSeconds(const QCommandLineParser &parser, const QCommandLineOption &option,
                              double *seconds) const {
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value <= 0) {
        Console::error(QStringLiteral("wscm %1: --%2 needs a positive number of seconds")
                           .arg(name(), option.names().constLast()));
        return false;
    }
    *seconds = value;
    return true;
}

} // namespace wscm
