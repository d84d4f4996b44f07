// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "apply/ReloadApply.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace wscm {

class ConfigSession;

// The app's Save and Apply after the save: ReloadApply (ssh, asterisk -rx, ARI or the log)
// on a thread of its own, so that the window keeps painting and answering while a slow PBX
// reloads; each step and the report come back as signals on the window's thread.
class ReloadRunner : public QObject {
    Q_OBJECT
public:
    explicit ReloadRunner(QObject *parent = nullptr);
    ~ReloadRunner() override;

    // What a reload of the session's document will do, against the file last applied to its
    // location (LastApplied); *text says so, and says when no file is known as loaded.
    static ReloadPrediction predict(const ConfigSession &session, QString *text);
    // The report as a dialog's title and text; *problem when it is a fault or a contradiction.
    static QString reportText(const ReloadApply::Report &report, QString *title, bool *problem);

    bool isRunning() const { return m_thread != nullptr; }
    void start(const ReloadApply::Request &request);

Q_SIGNALS:
    void progress(const QString &line);
    void finished(const wscm::ReloadApply::Report &report);

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace wscm
