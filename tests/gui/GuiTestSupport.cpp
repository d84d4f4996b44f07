// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "GuiTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTest>

namespace wscm::test {

void isolateSettings() {
    QCoreApplication::setOrganizationName(QStringLiteral("wscm-gui-tests"));
    QCoreApplication::setApplicationName(QCoreApplication::applicationName());
    QSettings().clear();
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

UserPrompts::UnsavedChoice ScriptedPrompts::askUnsavedChanges(QWidget *, const QString &) {
    asked << QStringLiteral("unsaved");
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

bool ScriptedPrompts::confirmOverwriteChanged(QWidget *, const QString &, const QString &diff) {
    asked << QStringLiteral("overwrite");
    lastDiff = diff;
    return overwriteChanged;
}

bool ScriptedPrompts::confirmSaveDiff(QWidget *, const QString &, const QString &diff,
                                      bool *dontAsk) {
    asked << QStringLiteral("diff");
    lastDiff = diff;
    *dontAsk = dontAskAgain;
    return saveDiff;
}

bool ScriptedPrompts::offerSaveAs(QWidget *, const QString &, const QString &error) {
    asked << QStringLiteral("save-as-offer");
    lastError = error;
    return saveAsAfterFailure;
}

void ScriptedPrompts::showError(QWidget *, const QString &, const QString &message) {
    asked << QStringLiteral("error");
    lastError = message;
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

QString ScriptedPrompts::saveFileName(QWidget *, const QString &, const QString &) {
    asked << QStringLiteral("save-as");
    return saveAsPath;
}

QString ScriptedPrompts::askRemoteFile(QWidget *, const QString &) {
    asked << QStringLiteral("remote-file");
    return remoteFile;
}

} // namespace wscm::test
