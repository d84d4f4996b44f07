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

} // namespace wscm
