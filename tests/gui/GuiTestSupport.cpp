// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "GuiTestSupport.h"

#include "AppLanguage.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTest>

namespace wscm::test {

void isolateSettings() {
    QCoreApplication::setOrganizationName(QStringLiteral("wscm-gui-tests"));
    QCoreApplication::setApplicationName(QCoreApplication::applicationName());
    QSettings().clear();
    // WSCM_TEST_LANGUAGE=de runs the test in that language (tests/gui/CMakeLists.txt); one
    // that wscm has no translation for ends the run instead of passing it in English.
    const QString language = qEnvironmentVariable("WSCM_TEST_LANGUAGE");
    if (!language.isEmpty() && !AppLanguage::install(language))
        qFatal("WSCM_TEST_LANGUAGE=%s: wscm has no translation for it", qPrintable(language));
}

QAction *actionNamed(QWidget *window, const QString &text) {
    const QString wanted = QString(text).remove(QLatin1Char('&'));
    for (QAction *action : window->findChildren<QAction *>()) {
        if (QString(action->text()).remove(QLatin1Char('&')) == wanted)
            return action;
    }
    return nullptr;
}

QChar mnemonicOf(const QString &text) {
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

UserPrompts::UnsavedChoice ScriptedPrompts::askUnsavedChanges(QWidget *, const QString &fileName) {
    asked << QStringLiteral("unsaved");
    lastFileName = fileName;
    return unsaved;
}

UserPrompts::PendingEditsChoice ScriptedPrompts::askPendingRawEdits(QWidget *) {
    asked << QStringLiteral("raw-pending");
    return pendingRaw;
}

UserPrompts::ExternalChangeChoice ScriptedPrompts::askExternalChange(QWidget *, const QString &,
                                                                     bool modified) {
    asked << (modified ? QStringLiteral("external-modified") : QStringLiteral("external"));
    return external;
}

UserPrompts::ConflictChoice ScriptedPrompts::askSaveConflict(QWidget *,
                                                             const SaveConflict &conflict) {
    asked << QStringLiteral("overwrite");
    lastDiff = conflict.overwriteDiff;
    lastFileName = conflict.fileName;
    lastConflict = conflict;
    // As the real question: reapplying is offered only without conflicts.
    if (reapplyOnConflict && conflict.conflicts.isEmpty())
        return ConflictChoice::Reapply;
    return overwriteChanged ? ConflictChoice::Overwrite : ConflictChoice::Cancel;
}

bool ScriptedPrompts::confirmSaveDiff(QWidget *, const QString &fileName, const QString &diff,
                                      bool *dontAsk) {
    asked << QStringLiteral("diff");
    lastFileName = fileName;
    lastDiff = diff;
    *dontAsk = dontAskAgain;
    return saveDiff;
}

bool ScriptedPrompts::offerSaveAs(QWidget *, const QString &, const QString &error) {
    asked << QStringLiteral("save-as-offer");
    lastError = error;
    return saveAsAfterFailure;
}

bool ScriptedPrompts::confirmReferenceRename(QWidget *, const QString &, const QString &,
                                             const QList<SaveDiffDialog::FileChanges> &files) {
    asked << QStringLiteral("references");
    lastReferenceChanges = files;
    return renameReferences;
}

void ScriptedPrompts::showError(QWidget *, const QString &, const QString &message) {
    asked << QStringLiteral("error");
    lastError = message;
}

bool ScriptedPrompts::confirmSaveAndApply(QWidget *, const QString &fileName, const QString &diff,
                                          const QString &prediction) {
    asked << QStringLiteral("saveAndApply");
    lastFileName = fileName;
    lastDiff = diff;
    lastPrediction = prediction;
    return saveDiff;
}

void ScriptedPrompts::showApplyResult(QWidget *, const QString &title, const QString &text,
                                      bool problem) {
    asked << QStringLiteral("applyResult");
    lastApplyTitle = title;
    lastApplyResult = text;
    lastApplyProblem = problem;
}

bool ScriptedPrompts::confirm(QWidget *, const QString &, const QString &) {
    asked << QStringLiteral("confirm");
    return confirmAnswer;
}

QString ScriptedPrompts::askText(QWidget *, const QString &, const QString &, const QString &) {
    asked << QStringLiteral("text");
    return text;
}

NewSectionDialog::Choice ScriptedPrompts::askNewSection(QWidget *, const QStringList &) {
    asked << QStringLiteral("new-section");
    return newSection;
}

QString ScriptedPrompts::saveFileName(QWidget *, const QString &title, const QString &) {
    asked << QStringLiteral("save-as");
    lastTitle = title;
    return saveAsPath;
}

QString ScriptedPrompts::askRemoteFile(QWidget *, const QString &) {
    asked << QStringLiteral("remote-file");
    return remoteFile;
}

} // namespace wscm::test
