// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ScreenshotRunner.h"

#include "ConfigSession.h"
#include "ConnectionMonitor.h"
#include "MainWindow.h"
#include "OptionField.h"
#include "SettingsForm.h"

#include <QPixmap>
#include <QScrollArea>
#include <QTextStream>
#include <QTimer>

namespace wscm {

namespace {
// Time for a selection change to be laid out and painted before the picture.
constexpr int repaintDelayMs = 400;
} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &directory, int settleMs,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
    , m_settleMs(settleMs) {
    const auto health = [this](bool connected) {
        const QString name = firstClient([this, connected](const QString &section) {
            const ConnectionHealth h = m_window->monitor()->health(section);
            return connected ? h.state == ConnectionHealth::State::Connected
                             : h.state != ConnectionHealth::State::Connected &&
                                   h.lastFailureStage != ConnectionHealth::Stage::None;
        });
        if (name.isEmpty())
            return false;
        m_window->selectSection(name);
        m_window->showTab(MainWindow::Tab::Health);
        return true;
    };
    m_shots = {
        {QStringLiteral("overview.png"),
         [this] {
             const QString name = firstClient([](const QString &) { return true; });
             m_window->selectSection(name);
             m_window->showTab(MainWindow::Tab::Settings);
             return !name.isEmpty();
         }},
        {QStringLiteral("settings-diagnostic.png"),
         [this] {
             for (const Diagnostic &d : m_window->session()->check().diagnostics) {
                 OptionField *field = m_window->settingsForm()->field(d.option);
                 if (!d.isError() || !field || d.section.isEmpty())
                     continue;
                 m_window->selectSection(d.section);
                 m_window->showTab(MainWindow::Tab::Settings);
                 if (auto *scroll = m_window->settingsForm()->findChild<QScrollArea *>())
                     scroll->ensureWidgetVisible(field);
                 return true;
             }
             return false;
         }},
        {QStringLiteral("health-connected.png"),
         [health] {
             return health(true);
         }},
        {QStringLiteral("health-failing.png"),
         [health] {
             return health(false);
         }},
    };
}

void ScreenshotRunner::start() {
    m_directory.mkpath(QStringLiteral("."));
    // One size for every picture, large enough for the lists and the health charts.
    m_window->resize(1360, 900);
    QTimer::singleShot(m_settleMs, this, &ScreenshotRunner::next);
}

QString ScreenshotRunner::firstClient(const std::function<bool(const QString &)> &matches) const {
    for (const ClientObject &object : m_window->session()->check().objects) {
        if (matches(object.name))
            return object.name;
    }
    return QString();
}

void ScreenshotRunner::next() {
    if (m_shots.isEmpty()) {
        Q_EMIT finished(m_ok);
        return;
    }
    const Shot shot = m_shots.takeFirst();
    if (!shot.prepare()) {
        QTextStream(stderr) << "screenshot " << shot.file << ": no section in that state\n";
        m_ok = false;
        next();
        return;
    }
    QTimer::singleShot(repaintDelayMs, this, [this, shot] {
        const QString path = m_directory.filePath(shot.file);
        if (!m_window->grab().save(path)) {
            QTextStream(stderr) << "screenshot: cannot write " << path << '\n';
            m_ok = false;
        }
        next();
    });
}

} // namespace wscm
