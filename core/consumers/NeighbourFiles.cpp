// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "NeighbourFiles.h"

#include "io/ConfigLocation.h"
#include "io/ConfigSource.h"

#include <QFileInfo>

namespace wscm {

QString NeighbourFiles::folderOf(const QString &path) {
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QStringLiteral(".");
    return slash == 0 ? QStringLiteral("/") : path.left(slash);
}

QString NeighbourFiles::fileName(const QString &path) {
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

const QByteArray *NeighbourFiles::bytesOf(const QString &path) const {
    for (const File *f : {&clients, &ari, &dialplan}) {
        for (int i = 0; f->read && i < f->set.fileCount(); ++i) {
            if (f->set.file(i).path == path)
                return &f->set.file(i).bytes;
        }
    }
    return nullptr;
}

void NeighbourFiles::load(const QString &mainPath, const QString &folder, qint64 maxBytes,
                          const std::shared_ptr<ConfigSource> &source) {
    const auto beside = [&](const char *name) {
        return besidePath(mainPath, folder, QString::fromLatin1(name));
    };
    const bool mainIsAri = fileName(mainPath) == QStringLiteral("ari.conf");
    if (mainIsAri) {
        clients.path = beside("websocket_client.conf");
        read(clients, maxBytes, source);
        return;
    }
    ari.path = beside("ari.conf");
    read(ari, maxBytes, source);
    dialplan.path = beside("extensions.conf");
    read(dialplan, maxBytes, source);
}

NeighbourFiles::File NeighbourFiles::readBeside(const QString &mainPath, const QString &name,
                                                qint64 maxBytes,
                                                const std::shared_ptr<ConfigSource> &source) {
    File file;
    file.path = besidePath(mainPath, {}, name);
    read(file, maxBytes, source);
    return file;
}

QString NeighbourFiles::besidePath(const QString &mainPath, const QString &folder,
                                   const QString &name) {
    // Named as the main file was: "ari.conf" beside a plain "websocket_client.conf".
    if (folder.isEmpty() && !mainPath.contains(QLatin1Char('/')))
        return name;
    const QString dir = folder.isEmpty() ? folderOf(mainPath) : folder;
    return dir == QStringLiteral("/") ? QLatin1Char('/') + name : dir + QLatin1Char('/') + name;
}

void NeighbourFiles::read(File &file, qint64 maxBytes,
                          const std::shared_ptr<ConfigSource> &source) {
    // A local file that is not there is no problem: most systems have no ARI outbound
    // websockets. Over ssh the read itself says so.
    if (!ConfigLocation::looksRemote(file.path) && !QFileInfo::exists(file.path))
        return;
    file.exists = true;
    QString error;
    if (source)
        file.set.setSource(source);
    if (!file.set.load(file.path, maxBytes, &error)) {
        file.reason = error;
        return;
    }
    const QByteArray &bytes = file.set.file(0).bytes;
    if (bytes.left(8192).contains('\0')) {
        file.reason = QStringLiteral("%1 looks binary (it holds NUL bytes), not a config file")
                          .arg(file.path);
        file.set = ConfigSet();
        return;
    }
    file.read = true;
    file.resolved = ResolvedConfig::resolve(file.set);
}

} // namespace wscm
