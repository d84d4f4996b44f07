// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AsteriskLogFile.h"

#include "AriDiscovery.h"
#include "config/ResolvedConfig.h"

#include <QCoreApplication>

namespace wscm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("wscm::AsteriskLogFile", text);
}

} // namespace

AsteriskLogFile::Result AsteriskLogFile::find(const ResolvedConfig *logger,
                                              const QString &loggerReason,
                                              const ResolvedConfig *asterisk) {
    Result result;
    if (!logger) {
        result.whyNot = loggerReason.isEmpty()
                            ? tr("no logger.conf beside the file: Asterisk then logs to its "
                                 "console only")
                            : tr("logger.conf cannot be read (%1)").arg(loggerReason);
        return result;
    }
    if (AriDiscovery::isTrue(
            AriDiscovery::lastValue(*logger, "general", "appendhostname").value_or(""))) {
        result.whyNot = tr("logger.conf says appendhostname = yes: wscm does not know the "
                           "host name Asterisk appends to its log files");
        return result;
    }
    QString logDir = QStringLiteral("/var/log/asterisk");
    if (asterisk) {
        if (const auto dir = AriDiscovery::lastValue(*asterisk, "directories", "astlogdir");
            dir && !dir->isEmpty())
            logDir = QString::fromUtf8(*dir);
    }
    for (const ResolvedConfig::Category &c : logger->categories()) {
        if (c.isTemplate || c.name != "logfiles")
            continue;
        for (const ResolvedConfig::Variable &v : c.variables) {
            const QByteArray name = logger->name(v).trimmed().toByteArray();
            if (name.compare("console", Qt::CaseInsensitive) == 0 ||
                name.left(6).compare("syslog", Qt::CaseInsensitive) == 0)
                continue;
            QByteArray levels = logger->value(v).trimmed().toByteArray();
            // A formatter first: [json], [plain], [default].
            if (levels.startsWith('[') && levels.contains(']'))
                levels = levels.mid(levels.indexOf(']') + 1);
            bool error = false, notice = false, verbose = false;
            for (const QByteArray &word : levels.split(',')) {
                const QByteArray level = word.trimmed().toLower();
                const bool all = level == "*";
                error |= all || level == "error";
                notice |= all || level == "notice";
                verbose |= all || level == "verbose" || level.startsWith("verbose(");
            }
            if (!error || !notice)
                continue;
            result.path = name.startsWith('/')
                              ? QString::fromUtf8(name)
                              : logDir + QLatin1Char('/') + QString::fromUtf8(name);
            result.entry = QString::fromUtf8(name) + QStringLiteral(" => ") +
                           QString::fromUtf8(logger->value(v).trimmed());
            result.verbose = verbose;
            return result;
        }
    }
    result.whyNot = tr("logger.conf names no log file that takes both ERROR and NOTICE "
                       "messages (e.g. full => notice,warning,error,verbose)");
    return result;
}

} // namespace wscm
