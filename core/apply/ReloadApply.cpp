// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ReloadApply.h"

#include "AriDiscovery.h"
#include "AriObjectReader.h"
#include "AsteriskLogFile.h"
#include "AsteriskReload.h"
#include "LastApplied.h"
#include "ReloadConfirmation.h"
#include "ReloadLogCheck.h"
#include "consumers/NeighbourFiles.h"

#include <QCoreApplication>

namespace wscm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("wscm::ReloadApply", text);
}

// How long the log's size is before the reload; "missing" or "unreadable" instead.
const QString logSizeScript =
    QStringLiteral("if [ ! -e \"$1\" ]; then echo missing; elif [ ! -r \"$1\" ]; then echo "
                   "unreadable; else wc -c < \"$1\"; fi\n");

// What the log gained since $2 bytes. Asterisk's logger thread writes after `asterisk -rx`
// returns: wait up to 3 s for the reload's lines, then a moment for the rest of them. A log
// rotated meanwhile (smaller than before) is read from its start.
const QString logTailScript = QStringLiteral(
    "f=$1; n=$2; i=0\n"
    "[ -r \"$f\" ] || { echo \"cannot read $f\" >&2; exit 3; }\n"
    "while [ $i -lt 15 ]; do\n"
    "  [ \"$(wc -c < \"$f\")\" -lt \"$n\" ] && n=0\n"
    "  if tail -c +$((n + 1)) \"$f\" | grep -q -e \"Reloading module 'res_websocket_client\" "
    "-e websocket_client; then sleep 0.3; break; fi\n"
    "  sleep 0.2; i=$((i + 1))\n"
    "done\n"
    "tail -c +$((n + 1)) \"$f\" | head -c 16777216\n");

ReloadApply::Outcome outcomeOf(AsteriskReload::Outcome reload) {
    switch (reload) {
    case AsteriskReload::Outcome::AsteriskMissing:
        return ReloadApply::Outcome::AsteriskMissing;
    case AsteriskReload::Outcome::AsteriskNotRunning:
        return ReloadApply::Outcome::AsteriskNotRunning;
    case AsteriskReload::Outcome::SshFailed:
        return ReloadApply::Outcome::SshFailed;
    case AsteriskReload::Outcome::Reloaded:
    case AsteriskReload::Outcome::Failed:
        break;
    }
    return ReloadApply::Outcome::ReloadFailed;
}

// A file beside the applied one, resolved; nullptr when it could not be read.
const ResolvedConfig *resolvedOf(const NeighbourFiles::File &file) {
    return file.read ? &file.resolved : nullptr;
}

} // namespace

ReloadApply::Report ReloadApply::run(const Request &request, const Progress &progress) {
    Report report;
    const QString mainPath = request.location.toString();
    const auto beside = [&](const char *name) {
        return NeighbourFiles::readBeside(mainPath, QString::fromLatin1(name), request.maxBytes,
                                          request.source);
    };

    std::optional<AriAccess> ari = request.ari;
    QString noAri;
    if (!ari) {
        const NeighbourFiles::File http = beside("http.conf");
        const NeighbourFiles::File ariConf = beside("ari.conf");
        const AriDiscovery::Result found = AriDiscovery::discover(
            request.location, resolvedOf(http), http.reason, resolvedOf(ariConf), ariConf.reason);
        ari = found.access;
        noAri = found.whyNot;
        progress(ari ? tr("Confirming through %1.").arg(found.how)
                     : tr("Not confirming through ARI: %1.").arg(found.whyNot));
    }

    // The log, as a way to confirm when ARI cannot be asked: its size just before the reload.
    AsteriskLogFile::Result log;
    qint64 logSize = -1;
    QString noLog;
    if (!request.ari) {
        const NeighbourFiles::File logger = beside("logger.conf");
        const NeighbourFiles::File asterisk = beside("asterisk.conf");
        log = AsteriskLogFile::find(resolvedOf(logger), logger.reason, resolvedOf(asterisk));
        noLog = log.whyNot;
        if (!log.path.isEmpty()) {
            const SshTarget::Result size =
                AsteriskReload::runWhere(request.location, logSizeScript, {log.path});
            const QByteArray answer = size.out.trimmed();
            bool ok = false;
            logSize = answer.toLongLong(&ok);
            if (!ok) {
                logSize = -1;
                noLog = answer == "missing" ? tr("the log file %1 (logger.conf: %2) does not exist")
                                                  .arg(log.path, log.entry)
                        : answer == "unreadable"
                            ? tr("the log file %1 cannot be read by this user: run wscm as a "
                                 "user who may read it (root or the asterisk group)")
                                  .arg(log.path)
                            : tr("the size of the log file %1 cannot be read (%2)")
                                  .arg(log.path, SshTarget::lastErrorLine(size.err));
            }
        }
    }

    const AsteriskReload::Result reload = AsteriskReload::run(request.location);
    if (reload.outcome != AsteriskReload::Outcome::Reloaded) {
        report.outcome = outcomeOf(reload.outcome);
        report.message = reload.message;
        return report;
    }
    progress(tr("Asterisk on %1 answered: %2").arg(reload.where, reload.answer));
    // A file Asterisk refuses leaves every old object in place: what it has loaded is still
    // the file applied before.
    QString error;
    if (!request.prediction.refused &&
        !LastApplied(request.location).remember(request.appliedBytes, &error))
        progress(tr("The next prediction cannot use this apply: %1").arg(error));

    // Asterisk says "reloaded successfully" also when it rejected half the file.
    if (ari) {
        QMap<QByteArray, ReloadConfirmation::Loaded> loaded;
        const AriObjectReader reader(ari->url, ari->user, ari->password);
        if (reader.read(ReloadConfirmation::idsToRead(request.prediction), &loaded, &error)) {
            const ReloadConfirmation confirmation =
                ReloadConfirmation::compare(request.prediction, loaded);
            report.contradictions = confirmation.contradictions();
            report.summary = confirmation.summary();
            report.outcome =
                confirmation.asPredicted() ? Outcome::Confirmed : Outcome::Contradicted;
            return report;
        }
        if (request.ari) {
            report.outcome = Outcome::NotConfirmed;
            report.message = error;
            return report;
        }
        noAri = error;
        progress(tr("ARI cannot be asked: %1.").arg(error));
    }

    report.outcome = Outcome::NotConfirmed;
    if (logSize < 0) {
        report.message = tr("no ARI (%1), and no log to read (%2)").arg(noAri, noLog);
        return report;
    }
    progress(tr("Reading what Asterisk logged in %1 (logger.conf: %2).").arg(log.path, log.entry));
    const SshTarget::Result tail = AsteriskReload::runWhere(request.location, logTailScript,
                                                            {log.path, QString::number(logSize)});
    if (!tail.started || tail.exitCode != 0) {
        report.message = tr("no ARI (%1), and the log file %2 cannot be read after the reload "
                            "(%3)")
                             .arg(noAri, log.path, SshTarget::lastErrorLine(tail.err));
        return report;
    }
    const ReloadLogCheck::Result judged =
        ReloadLogCheck::judge(request.prediction, tail.out, log.verbose);
    switch (judged.verdict) {
    case ReloadLogCheck::Verdict::NotSeen:
        report.message = tr("no ARI (%1), and %2").arg(noAri, judged.whyNot);
        return report;
    case ReloadLogCheck::Verdict::Contradicted:
        report.outcome = Outcome::Contradicted;
        report.contradictions = judged.contradictions;
        return report;
    case ReloadLogCheck::Verdict::AsPredicted:
        break;
    }
    report.outcome = Outcome::Confirmed;
    report.fromLog = true;
    report.summary = judged.summary;
    return report;
}

} // namespace wscm
