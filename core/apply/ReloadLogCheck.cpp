// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ReloadLogCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace wscm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("wscm::ReloadLogCheck", text);
}

QSet<QString> idsOf(const QRegularExpression &pattern, const QString &text) {
    QSet<QString> ids;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        ids.insert(it.next().captured(1));
    return ids;
}

QString listed(QStringList ids) {
    ids.sort();
    for (QString &id : ids)
        id = QLatin1Char('[') + id + QLatin1Char(']');
    return ids.join(QStringLiteral(", "));
}

} // namespace

bool ReloadLogCheck::seesReload(const QByteArray &appended) {
    return appended.contains("Reloading module 'res_websocket_client.so'");
}

ReloadLogCheck::Result ReloadLogCheck::judge(const ReloadPrediction &prediction,
                                             const QByteArray &appended, bool verbose) {
    static const QRegularExpression retainedLine(
        QStringLiteral("Retaining existing configuration for object of type 'websocket_client' "
                       "with id '([^']*)'"));
    static const QRegularExpression rejectedLine(
        QStringLiteral("Could not create an object of type 'websocket_client' with id '([^']*)'"));
    const QString text = QString::fromUtf8(appended);
    const bool refused =
        text.contains(QLatin1StringView(
            "Contents of config file 'websocket_client.conf' are invalid and cannot be parsed")) ||
        text.contains(QLatin1StringView("Config file 'websocket_client.conf' could not be loaded; "
                                        "configuration contains a duplicate object"));
    const QSet<QString> retained = idsOf(retainedLine, text);
    const QSet<QString> rejected = idsOf(rejectedLine, text);

    Result result;
    if (!seesReload(appended) && !refused && retained.isEmpty() && rejected.isEmpty()) {
        result.whyNot =
            verbose ? tr("the log shows no reload of res_websocket_client (its line \"Reloading "
                         "module 'res_websocket_client.so'\" did not appear; Asterisk writes "
                         "it only at verbose level 3 or more)")
                    : tr("the log shows no line of this reload, and takes no VERBOSE messages "
                         "where Asterisk names the reload: add verbose to the log file's "
                         "levels in logger.conf");
        return result;
    }

    if (refused != prediction.refused)
        result.contradictions
            << (prediction.refused
                    ? tr("predicted the file refused (line %1), the log shows no refusal")
                          .arg(prediction.refusal.line)
                    : tr("predicted the file loaded, the log says Asterisk refused it"));
    const QStringList predictedRetained = prediction.retainedNames();
    for (const QString &id : predictedRetained) {
        if (!retained.contains(id))
            result.contradictions
                << tr("[%1]: predicted the old object kept, the log does not say it was "
                      "retained")
                       .arg(id);
    }
    // An old object the prediction does not know at all was kept from a file before the last
    // one applied (recorded on the oracle: an invalid section applied twice is retained
    // twice); wscm remembers one file, so that is no contradiction, only news.
    QStringList older;
    for (const QString &id : retained) {
        if (predictedRetained.contains(id))
            continue;
        if (prediction.objects.contains(id.toUtf8()) || prediction.removed.contains(id))
            result.contradictions
                << tr("[%1]: the log says its old object was retained, the prediction did "
                      "not")
                       .arg(id);
        else
            older << id;
    }
    for (const QString &id : rejected) {
        // A rejected section stays only as the old object it had, or is not there at all.
        if (prediction.objects.contains(id.toUtf8()) && !predictedRetained.contains(id))
            result.contradictions
                << tr("[%1]: predicted loaded, the log says Asterisk could not create it").arg(id);
    }
    if (!result.contradictions.isEmpty()) {
        result.verdict = Verdict::Contradicted;
        return result;
    }
    result.verdict = Verdict::AsPredicted;
    QStringList told;
    if (refused)
        told << tr("it refused the file and kept every old object");
    QStringList kept = retained.values();
    for (const QString &id : older)
        kept.removeAll(id);
    if (!kept.isEmpty())
        told << tr("kept the old %1").arg(listed(kept));
    if (!older.isEmpty())
        told << tr("also kept an old %1 from a file applied before the last one (wscm "
                   "remembers only the last)")
                    .arg(listed(older));
    const QSet<QString> newRejected = rejected - retained;
    if (!newRejected.isEmpty())
        told << tr("did not create %1").arg(listed(newRejected.values()));
    if (told.isEmpty())
        told << tr("it rejected no section");
    result.summary = tr("Asterisk's log agrees with the prediction: %1. The log does not show "
                        "field values: those are not confirmed (ARI would show them)")
                         .arg(told.join(QStringLiteral("; ")));
    return result;
}

} // namespace wscm
