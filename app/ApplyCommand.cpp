// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ApplyCommand.h"

#include "ConfigInput.h"
#include "Console.h"
#include "apply/LastApplied.h"
#include "apply/ReloadApply.h"
#include "io/ConfigLocation.h"
#include "reload/ReloadPrediction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUrl>

namespace wscm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("wscm::ApplyCommand", text);
}

} // namespace

int ApplyCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The websocket_client.conf Asterisk reads, here or "
                                    "ssh://[user@]host[:port]/path."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Reload even when the check finds errors."));
    parser.addOption(force);
    const QCommandLineOption against(
        QStringLiteral("against"),
        tr("Predict the reload against OLD, the file Asterisk has loaded, instead of the last "
           "file applied."),
        QStringLiteral("OLD"));
    parser.addOption(against);
    const QCommandLineOption ari(
        QStringLiteral("ari"),
        tr("Confirm what Asterisk loaded through its ARI at URL (e.g. http://127.0.0.1:8088)."),
        QStringLiteral("URL"));
    const QCommandLineOption ariUser(QStringLiteral("ari-user"), tr("The ARI user (ari.conf)."),
                                     QStringLiteral("USER"));
    // Never on the command line, where every user of the machine can read it.
    const QCommandLineOption ariPasswordFile(QStringLiteral("ari-password-file"),
                                             tr("Read the ARI user's password from FILE."),
                                             QStringLiteral("FILE"));
    parser.addOptions({ari, ariUser, ariPasswordFile});
    parser.addOption(ConfigInput::maxSizeOption());
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QStringList files;
    if (!requireFiles(parser, &files))
        return ExitUsage;
    if (files.size() != 1) {
        Console::error(tr("wscm apply: one FILE at a time"));
        return ExitUsage;
    }
    const qint64 maxBytes = ConfigInput::maxBytes(parser);
    if (maxBytes < 0)
        return ExitUsage;
    const QUrl ariUrl(parser.value(ari));
    if (parser.isSet(ari) != parser.isSet(ariUser) ||
        parser.isSet(ari) != parser.isSet(ariPasswordFile) ||
        (parser.isSet(ari) && (!ariUrl.isValid() || ariUrl.host().isEmpty()))) {
        Console::error(tr("wscm apply: --ari takes a URL such as http://127.0.0.1:8088, and "
                          "comes with --ari-user and --ari-password-file"));
        return ExitUsage;
    }
    QByteArray ariPassword;
    if (parser.isSet(ari)) {
        QFile file(parser.value(ariPasswordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            Console::error(tr("wscm apply: cannot read the ARI password file %1: %2")
                               .arg(file.fileName(), file.errorString()));
            return ExitUsage;
        }
        ariPassword = file.readAll();
        while (ariPassword.endsWith('\n') || ariPassword.endsWith('\r'))
            ariPassword.chop(1);
    }
    QString error;
    const ConfigLocation location = ConfigLocation::parse(files.first(), &error);
    if (!location.isValid()) {
        Console::error(tr("wscm apply: %1").arg(error));
        return ExitUsage;
    }

    ConfigInput next;
    if (!next.load(files.first(), maxBytes, Validator::Detail::Full))
        return ExitUsage;
    const CheckResult &result = next.result;
    const bool hasErrors = result.errorCount() > 0 || !result.asteriskLoadsEverything();
    if (hasErrors) {
        const QString errorsText =
            result.errorCount() == 1 ? tr("1 error") : tr("%1 errors").arg(result.errorCount());
        for (const Diagnostic &d : result.diagnostics) {
            if (d.isError())
                Console::error(d.toText());
        }
        if (!parser.isSet(force)) {
            Console::error(tr("wscm apply: %1 has errors (%2); nothing was reloaded. Fix them "
                              "(wscm check %1 lists them), or reload anyway with --force.")
                               .arg(files.first(), errorsText));
            return ExitInvalid;
        }
        Console::line(tr("Applying despite errors (%1), as --force says.").arg(errorsText));
    }

    // What Asterisk has loaded: the file the user names, else the last one applied here.
    const LastApplied lastApplied(location);
    QString loadedPath = parser.value(against);
    if (loadedPath.isEmpty())
        loadedPath = lastApplied.existingPath();
    ConfigInput loaded;
    if (!loadedPath.isEmpty() &&
        !loaded.load(loadedPath, maxBytes, Validator::Detail::Full, ConfigInput::Keep::ResultOnly))
        return ExitUsage;
    const ReloadPrediction prediction = ReloadPrediction::predict(loaded.result, result);
    if (loadedPath.isEmpty())
        Console::line(tr("No earlier apply of %1 is recorded: the prediction assumes Asterisk "
                         "loaded nothing yet (--against OLD names the file it has loaded).")
                          .arg(files.first()));
    Console::line(prediction.toText());

    ReloadApply::Request request;
    request.location = location;
    request.appliedBytes = next.set.file(0).bytes;
    request.prediction = prediction;
    request.maxBytes = maxBytes;
    if (parser.isSet(ari))
        request.ari = ReloadApply::AriAccess{ariUrl, parser.value(ariUser), ariPassword};
    const ReloadApply::Report report =
        ReloadApply::run(request, [](const QString &line) { Console::line(line); });
    switch (report.outcome) {
    case ReloadApply::Outcome::AsteriskMissing:
        Console::error(tr("wscm apply: %1").arg(report.message));
        return ExitAsteriskMissing;
    case ReloadApply::Outcome::AsteriskNotRunning:
        Console::error(tr("wscm apply: %1").arg(report.message));
        return ExitAsteriskNotRunning;
    case ReloadApply::Outcome::SshFailed:
        Console::error(tr("wscm apply: %1").arg(report.message));
        return ExitSshFailed;
    case ReloadApply::Outcome::ReloadFailed:
        Console::error(tr("wscm apply: %1").arg(report.message));
        return ExitReloadFailed;
    case ReloadApply::Outcome::NotConfirmed:
        // ARI the user named and could not be asked is a fault to fix; no way to ask is not.
        if (parser.isSet(ari)) {
            Console::error(tr("wscm apply: reloaded; not confirmed: %1").arg(report.message));
            return ExitNotConfirmed;
        }
        Console::line(tr("reloaded; not confirmed (%1)").arg(report.message));
        return ExitOk;
    case ReloadApply::Outcome::Contradicted:
        Console::error(tr("wscm apply: reloaded, but Asterisk CONTRADICTS the prediction:"));
        for (const QString &contradiction : report.contradictions)
            Console::error(QStringLiteral("  CONTRADICTION ") + contradiction);
        Console::error(tr("This is a wscm bug: please report it with the file and these lines."));
        return ExitContradicted;
    case ReloadApply::Outcome::Confirmed:
        break;
    }
    Console::line(report.summary);
    return ExitOk;
}

} // namespace wscm
