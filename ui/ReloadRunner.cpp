// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ReloadRunner.h"

#include "ConfigSession.h"
#include "apply/LastApplied.h"
#include "check/Validator.h"
#include "config/ConfigSet.h"
#include "io/FileReader.h"

namespace wscm {

ReloadRunner::ReloadRunner(QObject *parent)
    : QObject(parent) {}

ReloadRunner::~ReloadRunner() {
    // The reload cannot be taken back once asked for: let it end rather than cut it off.
    if (m_thread)
        m_thread->wait();
}

ReloadPrediction ReloadRunner::predict(const ConfigSession &session, QString *text) {
    const QString loadedPath = LastApplied(session.location()).existingPath();
    CheckResult loaded;
    QString note;
    if (loadedPath.isEmpty()) {
        note = tr("No file known as loaded: no earlier apply of %1 is recorded here, so this "
                  "assumes Asterisk has loaded no client yet.")
                   .arg(session.location().toString());
    } else {
        ConfigSet set;
        QString error;
        if (set.load(loadedPath, FileReader::defaultMaxBytes, &error))
            loaded = Validator::check(set, Validator::Detail::Full);
        else
            note = tr("No file known as loaded: the copy of the last apply cannot be read (%1).")
                       .arg(error);
    }
    const ReloadPrediction prediction = ReloadPrediction::predict(loaded, session.check());
    *text = note.isEmpty() ? prediction.toText() : note + QLatin1Char('\n') + prediction.toText();
    return prediction;
}

QString ReloadRunner::reportText(const ReloadApply::Report &report, QString *title, bool *problem) {
    *problem = true;
    switch (report.outcome) {
    case ReloadApply::Outcome::Confirmed:
        *problem = false;
        // The log tells which objects Asterisk kept, not their values: "applied" would claim more.
        *title = report.fromLog ? tr("Reloaded; the log agrees") : tr("Applied as predicted");
        return report.summary;
    case ReloadApply::Outcome::NotConfirmed:
        *problem = false;
        *title = tr("Reloaded, not confirmed");
        return tr("Asterisk reloaded the file; what it loaded is not confirmed: %1.")
            .arg(report.message);
    case ReloadApply::Outcome::Contradicted:
        *title = tr("Asterisk contradicts the prediction");
        return tr("Asterisk reloaded, but CONTRADICTS the prediction:\n%1\n\nThis is a wscm bug: "
                  "please report it with the file and these lines.")
            .arg(report.contradictions.join(QLatin1Char('\n')));
    case ReloadApply::Outcome::AsteriskMissing:
    case ReloadApply::Outcome::AsteriskNotRunning:
    case ReloadApply::Outcome::SshFailed:
    case ReloadApply::Outcome::ReloadFailed:
        break;
    }
    *title = tr("Saved, not reloaded");
    return tr("The file is saved. %1").arg(report.message);
}

void ReloadRunner::start(const ReloadApply::Request &request) {
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this, request] {
        const ReloadApply::Report report = ReloadApply::run(request, [this](const QString &line) {
            QMetaObject::invokeMethod(
                this, [this, line] { Q_EMIT progress(line); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                m_thread->wait();
                m_thread.reset();
                Q_EMIT finished(report);
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("wscm apply"));
    m_thread->start();
}

} // namespace wscm
