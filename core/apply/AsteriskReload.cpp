// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AsteriskReload.h"

#include <QCoreApplication>

namespace wscm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("wscm::AsteriskReload", text);
}

// The same script here and over SSH. A non-interactive login's PATH often lacks the sbin
// folders where Asterisk is installed; 127 says "not installed" whatever the shell says.
const QString reloadScript =
    QStringLiteral("PATH=\"$PATH:/usr/sbin:/usr/local/sbin\"\n"
                   "command -v asterisk >/dev/null 2>&1 || exit 127\n"
                   "exec asterisk -rx 'module reload res_websocket_client'\n");

constexpr int notFound = 127;

} // namespace

SshTarget::Result AsteriskReload::runWhere(const ConfigLocation &location, const QString &script,
                                           const QStringList &arguments) {
    return location.isRemote() ? SshTarget(location).run(script, arguments)
                               : SshTarget::runHere(script, arguments);
}

QString AsteriskReload::whereText(const ConfigLocation &location) {
    return location.isRemote() ? location.hostLabel() : tr("this computer");
}

AsteriskReload::Result AsteriskReload::run(const ConfigLocation &location) {
    const SshTarget::Result run = runWhere(location, reloadScript);
    Result result;
    result.where = whereText(location);
    result.answer = QString::fromUtf8(run.out + run.err).trimmed();
    if (!run.started || run.exitCode == SshTarget::SshFailed) {
        result.outcome = location.isRemote() ? Outcome::SshFailed : Outcome::Failed;
        result.message = location.isRemote()
                             ? tr("nothing was reloaded: %1").arg(SshTarget(location).explain(run))
                             : tr("nothing was reloaded: cannot run sh on this computer: %1")
                                   .arg(QString::fromUtf8(run.err));
        return result;
    }
    if (run.exitCode == notFound) {
        result.outcome = Outcome::AsteriskMissing;
        result.message = tr("Asterisk is not installed on %1 (no `asterisk` command on its "
                            "PATH, /usr/sbin or /usr/local/sbin); nothing was reloaded. "
                            "Install Asterisk there, or put its `asterisk` on the PATH.")
                             .arg(result.where);
        return result;
    }
    if (result.answer.contains(QLatin1StringView("Unable to connect to remote asterisk"))) {
        result.outcome = Outcome::AsteriskNotRunning;
        result.message = tr("Asterisk on %1 is not running, or its control socket cannot be "
                            "read by this user (%2); nothing was reloaded. Start Asterisk, or "
                            "run wscm as a user allowed to use asterisk -r (root or the "
                            "asterisk group).")
                             .arg(result.where, SshTarget::lastErrorLine(run.out + run.err));
        return result;
    }
    if (run.exitCode != 0 || !result.answer.contains(QLatin1StringView("reloaded"))) {
        result.outcome = Outcome::Failed;
        result.message =
            tr("Asterisk on %1 did not reload res_websocket_client; it answered: %2")
                .arg(result.where, result.answer.isEmpty() ? tr("(nothing)") : result.answer);
        return result;
    }
    result.outcome = Outcome::Reloaded;
    return result;
}

} // namespace wscm
