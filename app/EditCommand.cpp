// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EditCommand.h"

#include "ConfigInput.h"
#include "Console.h"
#include "check/Validator.h"
#include "config/LineDiff.h"
#include "config/SecretRedaction.h"
#include "io/ConfigSource.h"
#include "schema/OptionSchema.h"

#include <QCommandLineParser>

#include <algorithm>

namespace wscm {

namespace {

bool sectionValid(const CheckResult &result, const QString &section) {
    const ClientObject *object = result.object(section);
    return !object || object->objectValid;
}

bool hasErrorOn(const CheckResult &result, const QString &section, const QString &option) {
    return std::any_of(result.diagnostics.cbegin(), result.diagnostics.cend(),
                       [&](const Diagnostic &d) {
                           return d.isError() && d.section == section &&
                                  d.option.compare(option, Qt::CaseInsensitive) == 0;
                       });
}

// An edit may leave errors that were there before, but must not add one, break the
// edited section, or leave an error on the option it touched.
bool makesWorse(const CheckResult &before, const CheckResult &after, const QString &section,
                const QString &option) {
    return after.errorCount() > before.errorCount() ||
           (after.fileRejected && !before.fileRejected) ||
           (sectionValid(before, section) && !sectionValid(after, section)) ||
           hasErrorOn(after, section, option);
}

} // namespace

int EditCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The config file to change."));
    for (const QString &argument : argumentNames())
        parser.addPositionalArgument(argument, argument.toLower());
    const QCommandLineOption force(
        QStringLiteral("force"),
        QStringLiteral("Write even when Asterisk would reject the result."));
    parser.addOption(force);
    parser.addOption(ConfigInput::maxSizeOption());
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QStringList args = parser.positionalArguments();
    if (args.size() != argumentNames().size() + 1) {
        Console::error(QStringLiteral("wscm %1: expected FILE %2; try 'wscm %1 --help'")
                           .arg(name(), argumentNames().join(QLatin1Char(' '))));
        return ExitUsage;
    }
    const QString path = args.takeFirst();
    if (!OptionSchema::find(args.value(1)) && !parser.isSet(force)) {
        Console::error(QStringLiteral("wscm %1: '%2' is not a websocket_client option (use --force "
                                      "to write it anyway)")
                           .arg(name(), args.value(1)));
        return ExitUsage;
    }
    const qint64 maxBytes = ConfigInput::maxBytes(parser);
    ConfigInput input;
    if (maxBytes < 0 || !input.load(path, maxBytes))
        return ExitUsage;

    ConfigDocument document = input.set.mainDocument();
    QString error;
    if (!edit(document, input.set, args, &error)) {
        Console::error(QStringLiteral("wscm %1: %2").arg(name(), error));
        return ExitInvalid;
    }
    if (document.bytes() == input.set.mainDocument().bytes()) {
        Console::line(QStringLiteral("%1: unchanged").arg(path));
        return ExitOk;
    }
    ConfigSet changed;
    changed.setSource(input.set.source());
    changed.setMainDocument(document, input.set.file(0).path, maxBytes);
    const CheckResult after = Validator::check(changed, Validator::Detail::Full);
    if (makesWorse(input.result, after, args.value(0), args.value(1)) && !parser.isSet(force)) {
        Console::error(
            QStringLiteral("wscm %1: not written, Asterisk would reject the result:").arg(name()));
        for (const Diagnostic &d : after.diagnostics) {
            if (d.isError())
                Console::error(QStringLiteral("  ") + d.toText());
        }
        Console::error(QStringLiteral("Use --force to write it anyway."));
        return ExitInvalid;
    }
    // Written only if nobody changed the file since it was read above.
    const ConfigSource::Snapshot read{true, input.set.mainDocument().bytes()};
    const ConfigSource::WriteResult written =
        input.set.source()->write(ConfigLocation::parse(path), document.bytes(), read);
    if (written.status == ConfigSource::WriteResult::Status::Conflict) {
        Console::error(QStringLiteral("wscm %1: not written: %2 changed while wscm was editing "
                                      "it; run the command again. What changed:")
                           .arg(name(), path));
        Console::error(LineDiff::unified(
            read.bytes, written.current.bytes,
            SecretRedaction::redactedBytes(input.set.mainDocument()),
            SecretRedaction::redactedBytes(ConfigDocument(written.current.bytes))));
        return ExitInvalid;
    }
    if (written.status != ConfigSource::WriteResult::Status::Written) {
        Console::error(QStringLiteral("wscm %1: %2").arg(name(), written.error));
        return ExitUsage;
    }
    Console::line(doneMessage(args));
    return ExitOk;
}

} // namespace wscm
