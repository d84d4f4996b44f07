// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigFollower.h"

#include "check/Validator.h"
#include "config/ConfigSet.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

namespace wscm {

ConfigFollower::ConfigFollower(const QString &path, qint64 maxBytes, const QStringList &wanted,
                               QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_maxBytes(maxBytes)
    , m_wanted(wanted) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ConfigFollower::reload);
}

void ConfigFollower::begin(const ConfigSet &set, const CheckResult &result,
                           const QList<ClientSettings> &running, bool watchFiles) {
    m_fingerprint = fingerprint(set);
    ReloadResult first = ReloadResult::compute({}, &result, m_wanted, m_path);
    first.sections = running;
    m_running = running;
    m_status.record(first, true);
    if (watchFiles)
        watch(set.paths());
}

void ConfigFollower::reload() {
    ConfigSet set;
    QString error;
    ReloadResult result;
    if (!set.load(m_path, m_maxBytes, &error)) {
        // The same failure twice is one event: a deleted file would otherwise repeat it on
        // every change in its folder.
        const QByteArray failed = "unreadable\n" + error.toUtf8();
        if (failed == m_fingerprint)
            return;
        m_fingerprint = failed;
        result = ReloadResult::compute(m_running, nullptr, m_wanted, m_path, error);
        watch({m_path});
    } else {
        const QByteArray now = fingerprint(set);
        watch(set.paths());
        if (now == m_fingerprint)
            return;
        m_fingerprint = now;
        const CheckResult checked = Validator::check(set, Validator::Detail::Full);
        result = ReloadResult::compute(m_running, &checked, m_wanted, m_path);
    }
    m_running = result.sections;
    m_status.record(result, false);
    Q_EMIT reloaded(result);
}

// Files that editors replace (write a new file, rename it over the old one) leave the
// watcher, so every reading watches its files again, and their folders catch files that
// come back or appear.
void ConfigFollower::watch(const QStringList &files) {
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        const auto changed = [this] {
            m_settle.start();
        };
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    }
    const QStringList watchedFiles = m_watcher->files();
    const QStringList watchedFolders = m_watcher->directories();
    QSet<QString> add;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (info.exists() && !watchedFiles.contains(info.absoluteFilePath()))
            add.insert(info.absoluteFilePath());
        const QString folder = info.absolutePath();
        if (QFileInfo(folder).isDir() && !watchedFolders.contains(folder))
            add.insert(folder);
    }
    if (!add.isEmpty())
        m_watcher->addPaths(add.values());
}

QByteArray ConfigFollower::fingerprint(const ConfigSet &set) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < set.fileCount(); ++i) {
        const ConfigSet::File &file = set.file(i);
        hash.addData(file.path.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(QByteArray::number(file.bytes.size()));
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(file.bytes);
    }
    return hash.result();
}

} // namespace wscm
