// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QStringList>

class QMainWindow;

namespace wscm {

// The user's choices kept between runs (QSettings), each under one key defined here.
class Preferences {
public:
    static constexpr int MaxRecentFiles = 10;

    static bool showDiffBeforeSave();
    static void setShowDiffBeforeSave(bool on);
    static bool trayNotifications();
    static void setTrayNotifications(bool on);
    // The app's language code (AppLanguage); empty for the desktop's.
    static QString language();
    static void setLanguage(const QString &code);
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    // The folder of the last file opened on this computer.
    static QString lastFolder();
    // The last ssh:// file opened, to start the next one from.
    static QString lastRemoteFile();
    static void saveWindow(const QMainWindow *window);
    static void restoreWindow(QMainWindow *window);
};

} // namespace wscm
