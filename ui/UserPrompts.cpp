// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "UserPrompts.h"

#include "ExportDialog.h"
#include "SaveConflictDialog.h"
#include "SaveDiffDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace wscm {

namespace {

QString fileFilter() {
    return UserPrompts::tr("Asterisk config files (*.conf);;All files (*)");
}

} // namespace

UserPrompts::UnsavedChoice UserPrompts::askUnsavedChanges(QWidget *parent,
                                                          const QString &fileName) {
    const auto answer = QMessageBox::warning(
        parent, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them first?").arg(fileName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return UnsavedChoice::Save;
    if (answer == QMessageBox::Discard)
        return UnsavedChoice::Discard;
    return UnsavedChoice::Cancel;
}

UserPrompts::PendingEditsChoice UserPrompts::askPendingRawEdits(QWidget *parent) {
    QMessageBox box(QMessageBox::Question, tr("Text not applied"),
                    tr("The text edited in the Raw tab is not applied to the document yet. "
                       "Apply it, discard it, or stay in the Raw tab?"),
                    QMessageBox::NoButton, parent);
    QPushButton *apply = box.addButton(tr("&Apply"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *stay = box.addButton(tr("&Stay"), QMessageBox::RejectRole);
    box.setDefaultButton(apply);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == apply)
        return PendingEditsChoice::Apply;
    if (box.clickedButton() == discard)
        return PendingEditsChoice::Discard;
    return PendingEditsChoice::Stay;
}

UserPrompts::ExternalChangeChoice
UserPrompts::askExternalChange(QWidget *parent, const QString &fileName, bool modified) {
    QMessageBox box(QMessageBox::Question, tr("File changed on disk"),
                    modified ? tr("%1 was changed by another program. Reload it and lose your "
                                  "unsaved changes, or keep editing your version?")
                                   .arg(fileName)
                             : tr("%1 was changed by another program. Reload it?").arg(fileName),
                    QMessageBox::NoButton, parent);
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep my version"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.exec();
    return box.clickedButton() == reload ? ExternalChangeChoice::Reload
                                         : ExternalChangeChoice::Keep;
}

UserPrompts::ConflictChoice UserPrompts::askSaveConflict(QWidget *parent,
                                                         const SaveConflict &conflict) {
    SaveConflictDialog dialog(conflict, parent);
    dialog.exec();
    return dialog.choice();
}

bool UserPrompts::confirmSaveDiff(QWidget *parent, const QString &fileName, const QString &diff,
                                  bool *dontAskAgain) {
    SaveDiffDialog dialog(fileName, diff, parent);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    *dontAskAgain = accepted && dialog.dontAskAgain();
    return accepted;
}

bool UserPrompts::confirmSaveAndApply(QWidget *parent, const QString &fileName, const QString &diff,
                                      const QString &prediction) {
    SaveDiffDialog dialog(fileName, diff, parent);
    dialog.showReloadPrediction(prediction);
    return dialog.exec() == QDialog::Accepted;
}

void UserPrompts::showApplyResult(QWidget *parent, const QString &title, const QString &text,
                                  bool problem) {
    if (problem)
        QMessageBox::critical(parent, title, text);
    else
        QMessageBox::information(parent, title, text);
}

bool UserPrompts::confirmReferenceRename(QWidget *parent, const QString &from, const QString &to,
                                         const QList<SaveDiffDialog::FileChanges> &files) {
    SaveDiffDialog dialog(
        tr("Rename references to [%1]").arg(from),
        tr("These files name [%1]. Rename it to [%2] there too? They are saved now, each whole "
           "or not at all; websocket_client.conf keeps [%2] when you save it, and Asterisk "
           "needs all of them to agree before it reloads.")
            .arg(from, to),
        files, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool UserPrompts::offerSaveAs(QWidget *parent, const QString &fileName, const QString &error) {
    return QMessageBox::critical(
               parent, tr("Cannot save"),
               tr("%1 could not be written: %2\n\nSave to another file?").arg(fileName, error),
               QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save) == QMessageBox::Save;
}

void UserPrompts::showError(QWidget *parent, const QString &title, const QString &message) {
    QMessageBox::critical(parent, title, message);
}

bool UserPrompts::confirm(QWidget *parent, const QString &title, const QString &question) {
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

QString UserPrompts::askText(QWidget *parent, const QString &title, const QString &label,
                             const QString &initial) {
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? text.trimmed() : QString();
}

NewSectionDialog::Choice UserPrompts::askNewSection(QWidget *parent, const QStringList &templates) {
    NewSectionDialog dialog(templates, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.choice() : NewSectionDialog::Choice{};
}

QString UserPrompts::askExport(QWidget *parent, const QString &suggested, bool *redact) {
    ExportDialog dialog(suggested, parent);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    *redact = dialog.redactSecrets();
    return dialog.path();
}

QString UserPrompts::openFileName(QWidget *parent, const QString &folder) {
    return QFileDialog::getOpenFileName(parent, tr("Open config"), folder, fileFilter());
}

QString UserPrompts::askRemoteFile(QWidget *parent, const QString &suggested) {
    bool ok = false;
    const QString text = QInputDialog::getText(
        parent, tr("Open remote file"),
        tr("A config file on a host you reach with SSH, as\n"
           "ssh://[user@]host[:port]/etc/asterisk/websocket_client.conf\n\n"
           "Your ssh config, keys, agent and known_hosts are used; wscm never asks for a "
           "password."),
        QLineEdit::Normal, suggested, &ok);
    return ok ? text.trimmed() : QString();
}

QString UserPrompts::saveFileName(QWidget *parent, const QString &title, const QString &suggested) {
    return QFileDialog::getSaveFileName(parent, title, suggested, fileFilter());
}

} // namespace wscm
