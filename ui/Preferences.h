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
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static QString lastFolder();
    static void saveWindow(const QMainWindow *window);
    static void restoreWindow(QMainWindow *window);
};

} // namespace wscm
