// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "GetCommand.h"

#include "ConfigInput.h"
#include "Console.h"
#include "config/ResolvedConfig.h"
#include "config/SecretRedaction.h"
#include "schema/OptionSchema.h"

#include <QCommandLineParser>

namespace wscm {

int GetCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The config file."));
    parser.addPositionalArgument(QStringLiteral("SECTION"), QStringLiteral("Section name."));
    parser.addPositionalArgument(QStringLiteral("OPTION"), QStringLiteral("Option name."));
    parser.addOption(ConfigInput::maxSizeOption());
    parser.addOption(ConfigInput::showSecretsOption());
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3) {
        Console::error(
            QStringLiteral("wscm get: expected FILE SECTION OPTION; try 'wscm get --help'"));
        return ExitUsage;
    }
    const OptionSpec *spec = OptionSchema::find(args[2]);
    if (!spec) {
        Console::error(
            QStringLiteral("wscm get: '%1' is not a websocket_client option").arg(args[2]));
        return ExitUsage;
    }
    const qint64 maxBytes = ConfigInput::maxBytes(parser);
    ConfigInput input;
    if (maxBytes < 0 || !input.load(args[0], maxBytes))
        return ExitUsage;
    const ResolvedConfig::Category *category = input.resolved.category(args[1].toUtf8());
    if (!category) {
        Console::error(QStringLiteral("wscm get: no section [%1] in %2").arg(args[1], args[0]));
        return ExitInvalid;
    }
    const EffectiveOptions options = input.resolved.effectiveOptions(*category);
    const int index = OptionSchema::indexOf(spec->nameString());
    if (!options.isSet(index) && !spec->hasDefault()) {
        Console::error(
            QStringLiteral("wscm get: [%1] has no value for %2").arg(args[1], spec->nameString()));
        return ExitInvalid;
    }
    Console::line(SecretRedaction::display(*spec, options.valueOrDefault(index),
                                           parser.isSet(QStringLiteral("show-secrets"))));
    return ExitOk;
}

} // namespace wscm
