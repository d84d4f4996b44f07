// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ExportCommand.h"

#include "ConfigInput.h"
#include "Console.h"
#include "config/SecretRedaction.h"
#include "io/ConfigSource.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace wscm {

int ExportCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The config file."));
    const QCommandLineOption redact(QStringLiteral("redact"),
                                    QStringLiteral("Replace password and proxy_password values "
                                                   "(and passwords in URIs) with %1.")
                                        .arg(QLatin1StringView(SecretRedaction::placeholder)));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write to OUT instead of standard output."),
                                    QStringLiteral("OUT"));
    parser.addOption(redact);
    parser.addOption(output);
    parser.addOption(ConfigInput::maxSizeOption());
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        Console::error(QStringLiteral("wscm export: expected one FILE; try 'wscm export --help'"));
        return ExitUsage;
    }
    const qint64 maxBytes = ConfigInput::maxBytes(parser);
    ConfigInput input;
    if (maxBytes < 0 || !input.load(parser.positionalArguments().first(), maxBytes))
        return ExitUsage;
    const ConfigDocument &document = input.set.mainDocument();
    const QByteArray bytes =
        parser.isSet(redact) ? SecretRedaction::redactedBytes(document) : document.bytes();
    if (parser.isSet(output)) {
        QString error;
        const ConfigLocation target = ConfigLocation::parse(parser.value(output), &error);
        if (target.isValid()) {
            const ConfigSource::WriteResult written =
                ConfigSource::forLocation(input.set.source(), target)->write(target, bytes, {});
            if (written.status == ConfigSource::WriteResult::Status::Written)
                return ExitOk;
            error = written.error;
        }
        Console::error(QStringLiteral("wscm export: %1").arg(error));
        return ExitUsage;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        Console::error(QStringLiteral("wscm export: cannot write to standard output"));
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace wscm
