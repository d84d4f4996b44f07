// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "NewSectionDialog.h"
#include "SaveDiffDialog.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace wscm {

// Every question the main window asks the user, in one place, so that a test can answer
// them without a dialog while the window itself stays real. The default answers come from
// message boxes and file dialogs parented to `parent`.
class UserPrompts {
public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    enum class ExternalChangeChoice { Reload, Keep };
    enum class PendingEditsChoice { Apply, Discard, Stay };
    enum class ConflictChoice { Reapply, Overwrite, Cancel };

    virtual ~UserPrompts() = default;

    virtual UnsavedChoice askUnsavedChanges(QWidget *parent, const QString &fileName);
    // Text typed in the Raw tab is not applied yet, and the user is leaving it.
    virtual PendingEditsChoice askPendingRawEdits(QWidget *parent);
    // The file changed on disk; `modified` tells whether local changes would be lost.
    virtual ExternalChangeChoice askExternalChange(QWidget *parent, const QString &fileName,
                                                   bool modified);
    // Saving would overwrite a file someone else changed since it was read: what each way
    // out would write.
    struct SaveConflict {
        QString fileName;      // with its host: "… on this computer", "… on pbx1"
        QString overwriteDiff; // what saving the document as it is changes in the file now
        QString reapplyDiff;   // what the user's edits, reapplied to the file now, change in it
        QString conflicts;     // lines both changed; when not empty, reapplying is not offered
    };
    virtual ConflictChoice askSaveConflict(QWidget *parent, const SaveConflict &conflict);
    // Shows what the save changes on disk; *dontAskAgain is set when the user ticks it.
    virtual bool confirmSaveDiff(QWidget *parent, const QString &fileName, const QString &diff,
                                 bool *dontAskAgain);
    // Save and Apply: the changes and what the reload after the save will do.
    virtual bool confirmSaveAndApply(QWidget *parent, const QString &fileName, const QString &diff,
                                     const QString &prediction);
    // What Save and Apply found Asterisk loaded; `problem`: a fault or a contradiction.
    virtual void showApplyResult(QWidget *parent, const QString &title, const QString &text,
                                 bool problem);
    // The client `from` was renamed to `to`: also save these changes to the files that use it?
    virtual bool confirmReferenceRename(QWidget *parent, const QString &from, const QString &to,
                                        const QList<SaveDiffDialog::FileChanges> &files);
    // Writing failed; true to choose another file.
    virtual bool offerSaveAs(QWidget *parent, const QString &fileName, const QString &error);
    virtual void showError(QWidget *parent, const QString &title, const QString &message);
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question);
    // Empty when cancelled.
    virtual QString askText(QWidget *parent, const QString &title, const QString &label,
                            const QString &initial);
    // Empty name when cancelled.
    virtual NewSectionDialog::Choice askNewSection(QWidget *parent, const QStringList &templates);
    // Empty when cancelled; *redact tells whether secrets are to be replaced.
    virtual QString askExport(QWidget *parent, const QString &suggested, bool *redact);
    virtual QString openFileName(QWidget *parent, const QString &folder);
    // An ssh://[user@]host[:port]/path to open; empty when cancelled.
    virtual QString askRemoteFile(QWidget *parent, const QString &suggested);
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested);

    Q_DECLARE_TR_FUNCTIONS(wscm::UserPrompts)
};

} // namespace wscm
