// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "Preferences.h"

#include "io/ConfigLocation.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QSettings>

namespace wscm {

namespace {
const QString diffKey = QStringLiteral("save/showDiff");
const QString trayKey = QStringLiteral("notifications/tray");
const QString languageKey = QStringLiteral("view/language");
const QString recentKey = QStringLiteral("files/recent");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
} // namespace

bool Preferences::showDiffBeforeSave() {
    return QSettings().value(diffKey, true).toBool();
}

void Preferences::setShowDiffBeforeSave(bool on) {
    QSettings().setValue(diffKey, on);
}

bool Preferences::trayNotifications() {
    return QSettings().value(trayKey, false).toBool();
}

void Preferences::setTrayNotifications(bool on) {
    QSettings().setValue(trayKey, on);
}

QString Preferences::language() {
    return QSettings().value(languageKey).toString();
}

void Preferences::setLanguage(const QString &code) {
    QSettings().setValue(languageKey, code);
}

QStringList Preferences::recentFiles() {
    return QSettings().value(recentKey).toStringList();
}

void Preferences::addRecentFile(const QString &path) {
    QStringList files = recentFiles();
    // A file here by its absolute path, a remote one as ssh://host/path.
    const QString absolute = ConfigLocation::parse(path).toString();
    if (absolute.isEmpty())
        return;
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentKey, files);
}

void Preferences::removeRecentFile(const QString &path) {
    QStringList files = recentFiles();
    files.removeAll(ConfigLocation::parse(path).toString());
    QSettings().setValue(recentKey, files);
}

QString Preferences::lastFolder() {
    for (const QString &file : recentFiles()) {
        if (!ConfigLocation::looksRemote(file))
            return QFileInfo(file).absolutePath();
    }
    return QString();
}

QString Preferences::lastRemoteFile() {
    for (const QString &file : recentFiles()) {
        if (ConfigLocation::looksRemote(file))
            return file;
    }
    return QString();
}

void Preferences::saveWindow(const QMainWindow *window) {
    QSettings settings;
    settings.setValue(geometryKey, window->saveGeometry());
    settings.setValue(stateKey, window->saveState());
}

void Preferences::restoreWindow(QMainWindow *window) {
    const QSettings settings;
    window->restoreGeometry(settings.value(geometryKey).toByteArray());
    window->restoreState(settings.value(stateKey).toByteArray());
}

} // namespace wscm
