// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ApplyCommand.h"

#include "AriObjectReader.h"
#include "ConfigInput.h"
#include "Console.h"
#include "LastApplied.h"
#include "ReloadConfirmation.h"
#include "io/ConfigLocation.h"
#include "io/SshTarget.h"
#include "reload/ReloadPrediction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QUrl>

namespace wscm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("wscm::ApplyCommand", text);
}

// The same script here and over SSH. A non-interactive login's PATH often lacks the sbin
// folders where Asterisk is installed; 127 says "not installed" whatever the shell says.
const QString reloadScript =
    QStringLiteral("PATH=\"$PATH:/usr/sbin:/usr/local/sbin\"\n"
                   "command -v asterisk >/dev/null 2>&1 || exit 127\n"
                   "exec asterisk -rx 'module reload res_websocket_client'\n");

constexpr int notFound = 127;

SshTarget::Result runHere() {
    QProcess process;
    process.setProgram(QStringLiteral("sh"));
    process.setArguments({QStringLiteral("-c"), reloadScript, QStringLiteral("wscm")});
    process.start();
    SshTarget::Result result;
    if (!process.waitForStarted(-1)) {
        result.err = process.errorString().toUtf8();
        result.exitCode = notFound;
        return result;
    }
    result.started = true;
    process.closeWriteChannel();
    process.waitForFinished(-1);
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
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

    const SshTarget target(location);
    const SshTarget::Result run = location.isRemote() ? target.run(reloadScript, {}) : runHere();
    const QString where = location.isRemote() ? target.label() : tr("this computer");
    const QString answer = QString::fromUtf8(run.out + run.err).trimmed();
    if (location.isRemote() && (!run.started || run.exitCode == SshTarget::SshFailed)) {
        Console::error(tr("wscm apply: nothing was reloaded: %1").arg(target.explain(run)));
        return ExitSshFailed;
    }
    if (run.exitCode == notFound) {
        Console::error(tr("wscm apply: Asterisk is not installed on %1 (no `asterisk` command "
                          "on its PATH, /usr/sbin or /usr/local/sbin); nothing was reloaded. "
                          "Install Asterisk there, or put its `asterisk` on the PATH.")
                           .arg(where));
        return ExitAsteriskMissing;
    }
    if (answer.contains(QLatin1StringView("Unable to connect to remote asterisk"))) {
        Console::error(tr("wscm apply: Asterisk on %1 is not running, or its control socket "
                          "cannot be read by this user (%2); nothing was reloaded. Start "
                          "Asterisk, or run wscm as a user allowed to use asterisk -r (root "
                          "or the asterisk group).")
                           .arg(where, SshTarget::lastErrorLine(run.out + run.err)));
        return ExitAsteriskNotRunning;
    }
    if (run.exitCode != 0 || !answer.contains(QLatin1StringView("reloaded"))) {
        Console::error(tr("wscm apply: Asterisk on %1 did not reload res_websocket_client; it "
                          "answered: %2")
                           .arg(where, answer.isEmpty() ? tr("(nothing)") : answer));
        return ExitReloadFailed;
    }
    Console::line(tr("Asterisk on %1 answered: %2").arg(where, answer));
    // A file Asterisk refuses leaves every old object in place: what it has loaded is still
    // the file applied before.
    if (!prediction.refused && !lastApplied.remember(next.set.file(0).bytes, &error))
        Console::error(tr("wscm apply: the next prediction cannot use this apply: %1").arg(error));
    // Asterisk says "reloaded successfully" also when it rejected half the file.
    if (!parser.isSet(ari)) {
        Console::line(tr("reloaded; not confirmed (no ARI given)"));
        return ExitOk;
    }
    QMap<QByteArray, ReloadConfirmation::Loaded> loadedObjects;
    const AriObjectReader reader(ariUrl, parser.value(ariUser), ariPassword);
    if (!reader.read(ReloadConfirmation::idsToRead(prediction), &loadedObjects, &error)) {
        Console::error(tr("wscm apply: reloaded; not confirmed: %1").arg(error));
        return ExitNotConfirmed;
    }
    const ReloadConfirmation confirmation = ReloadConfirmation::compare(prediction, loadedObjects);
    if (!confirmation.asPredicted()) {
        Console::error(tr("wscm apply: reloaded, but Asterisk CONTRADICTS the prediction:"));
        for (const QString &contradiction : confirmation.contradictions())
            Console::error(QStringLiteral("  CONTRADICTION ") + contradiction);
        Console::error(tr("This is a wscm bug: please report it with the file and these lines."));
        return ExitContradicted;
    }
    Console::line(confirmation.summary());
    return ExitOk;
}

} // namespace wscm
