// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConfigStatus.h"
#include "ReloadResult.h"

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace wscm {

class ConfigSet;

// Follows a config file while the probe runs: when the file, one of its includes or their
// folders change, it reads the file again, judges it as Asterisk would, and works out which
// client sections to add, reconnect, remove or keep (ReloadResult). A reading whose bytes
// are the same as the last one is no reload, as Asterisk skips an unchanged file.
class ConfigFollower : public QObject {
    Q_OBJECT
public:
    // `wanted` limits the sections to those names (all when empty).
    ConfigFollower(const QString &path, qint64 maxBytes, const QStringList &wanted,
                   QObject *parent = nullptr);

    // Takes the first reading, already judged, and the sections started from it; with
    // `watch` it also starts following the file.
    void begin(const ConfigSet &set, const CheckResult &result,
               const QList<ClientSettings> &running, bool watch);

    const ConfigStatus &status() const { return m_status; }
    const QList<ClientSettings> &sections() const { return m_running; }

    // How long a change must be quiet before the file is read: editors write in steps.
    static constexpr int SettleMs = 200;

public Q_SLOTS:
    // Reads the file now (what SIGHUP asks for); nothing happens when it did not change.
    void reload();

Q_SIGNALS:
    // The running set changed (or the new reading was refused); `result.sections` is what
    // must run now.
    void reloaded(const wscm::ReloadResult &result);

private:
    void watch(const QStringList &files);
    void record(const ReloadResult &result, bool initial);
    static QByteArray fingerprint(const ConfigSet &set);

    QString m_path;
    qint64 m_maxBytes;
    QStringList m_wanted;
    QList<ClientSettings> m_running;
    ConfigStatus m_status;
    QByteArray m_fingerprint;
    QFileSystemWatcher *m_watcher = nullptr; // made when following starts
    QTimer m_settle;
};

} // namespace wscm
