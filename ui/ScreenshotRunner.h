// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QDir>
#include <QObject>

#include <functional>

namespace wscm {

class MainWindow;

// Saves pictures of the main window's main states for the documentation: the overview, a
// section's settings with a finding, and the health of a connected and of a failing
// section. It waits for the connections to settle, then picks the sections from what the
// window shows, so it needs no knowledge of the config it runs on.
class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow *window, const QString &directory, int settleMs,
                     QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    // ok is false when a picture could not be written or a state was not found.
    void finished(bool ok);

private:
    struct Shot {
        QString file;
        std::function<bool()> prepare; // false: the state to show does not exist
    };
    void next();
    QString firstClient(const std::function<bool(const QString &)> &matches) const;

    MainWindow *m_window;
    QDir m_directory;
    int m_settleMs;
    QList<Shot> m_shots;
    bool m_ok = true;
};

} // namespace wscm
