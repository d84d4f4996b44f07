// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QDialog>

class QCheckBox;
class QTextEdit;

namespace wscm {

// What a save will change on disk, line by line, before it happens.
class SaveDiffDialog : public QDialog {
    Q_OBJECT
public:
    SaveDiffDialog(const QString &fileName, const QString &diff, QWidget *parent = nullptr);
    // One file's changes, for a save that writes several files.
    struct FileChanges {
        QString fileName; // with its host, as the save questions name files
        QString diff;
    };
    // Several files' changes, each under its name; `intro` says why they change.
    SaveDiffDialog(const QString &title, const QString &intro, const QList<FileChanges> &files,
                   QWidget *parent = nullptr);
    bool dontAskAgain() const;
    // Save and Apply: what the reload after this save will do, below the changes; the
    // question is then always asked, and its button says Save and Apply.
    void showReloadPrediction(const QString &prediction);
    // A read-only view of a unified diff (LineDiff::unified), removed and added lines in
    // colour; also what the save conflict question shows.
    static QTextEdit *diffView(const QString &diff, const QString &accessibleName, QWidget *parent);

private:
    QCheckBox *m_dontAsk;
};

} // namespace wscm
