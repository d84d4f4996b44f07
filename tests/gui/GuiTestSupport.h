// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "UserPrompts.h"

class QAction;
class QWidget;

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace wscm::test {

// Gives the test its own QSettings, empty, so preferences of one run never leak into another,
// and the language WSCM_TEST_LANGUAGE names, if any.
void isolateSettings();

// The window's action whose text, without its '&', is `text` without its '&'; or null.
QAction *actionNamed(QWidget *window, const QString &text);
// The letter Alt+ reaches a text by ("Settin&gs": 'g'); a null QChar when it has none.
QChar mnemonicOf(const QString &text);

// Writes bytes to a file; fails the test (returns false) when it cannot.
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

// Answers the main window's questions as scripted and records which were asked: the user,
// replaced; everything else (files, documents, connections) stays real.
class ScriptedPrompts : public UserPrompts {
public:
    UnsavedChoice unsaved = UnsavedChoice::Discard;
    ExternalChangeChoice external = ExternalChangeChoice::Reload;
    PendingEditsChoice pendingRaw = PendingEditsChoice::Stay;
    bool overwriteChanged = false;  // the answer to a save conflict, unless reapplying
    bool reapplyOnConflict = false; // reapply my edits when the conflict question offers it
    bool saveDiff = true;
    bool dontAskAgain = false;
    bool saveAsAfterFailure = false;
    bool confirmAnswer = true;
    bool renameReferences = true; // save the renamed ids in ari.conf and extensions.conf
    QString text;                 // for askText
    QString saveAsPath;           // for saveFileName
    QString remoteFile;           // for askRemoteFile
    NewSectionDialog::Choice newSection;

    QStringList asked; // names of the questions, in order
    QString lastDiff;
    QString lastFileName; // as the last save question named it (with its host)
    QString lastTitle;    // of the last file dialog
    SaveConflict lastConflict;
    QString lastError;
    QList<SaveDiffDialog::FileChanges> lastReferenceChanges;
    QString lastPrediction; // what Save and Apply's question said the reload will do
    QString lastApplyTitle; // what Save and Apply found, as its result dialog shows it
    QString lastApplyResult;
    bool lastApplyProblem = false;

    UnsavedChoice askUnsavedChanges(QWidget *, const QString &) override;
    PendingEditsChoice askPendingRawEdits(QWidget *) override;
    ExternalChangeChoice askExternalChange(QWidget *, const QString &, bool modified) override;
    ConflictChoice askSaveConflict(QWidget *, const SaveConflict &conflict) override;
    bool confirmSaveDiff(QWidget *, const QString &, const QString &diff, bool *dontAsk) override;
    bool confirmSaveAndApply(QWidget *, const QString &, const QString &diff,
                             const QString &prediction) override;
    void showApplyResult(QWidget *, const QString &title, const QString &text,
                         bool problem) override;
    bool confirmReferenceRename(QWidget *, const QString &, const QString &,
                                const QList<SaveDiffDialog::FileChanges> &files) override;
    bool offerSaveAs(QWidget *, const QString &, const QString &error) override;
    void showError(QWidget *, const QString &, const QString &message) override;
    bool confirm(QWidget *, const QString &, const QString &) override;
    QString askText(QWidget *, const QString &, const QString &, const QString &) override;
    NewSectionDialog::Choice askNewSection(QWidget *, const QStringList &) override;
    QString saveFileName(QWidget *, const QString &, const QString &) override;
    QString askRemoteFile(QWidget *, const QString &) override;
};

} // namespace wscm::test
