// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AtomicFileWriter.h"

#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>
#include <unistd.h>

namespace wscm {

bool AtomicFileWriter::write(const QString &path, const QByteArray &bytes, QString *error) {
    const QFileInfo target(path);
    // QSaveFile renames over the path; write through a symlink to the file it points at.
    const QString realPath = target.isSymLink() ? target.symLinkTarget() : path;
    struct stat existing {};
    const bool exists = ::stat(QFile::encodeName(realPath).constData(), &existing) == 0;

    QSaveFile file(realPath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    if (exists) {
        const int fd = file.handle();
        if (::fchmod(fd, existing.st_mode & 07777) != 0 ||
            (::fchown(fd, existing.st_uid, existing.st_gid) != 0 && ::geteuid() == 0)) {
            file.cancelWriting();
            if (error)
                *error = QStringLiteral("%1: cannot keep the file's mode and owner").arg(path);
            return false;
        }
    }
    // Qt 6.4's QSaveFile commits even when its buffered bytes failed to reach the disk: a full
    // disk would leave an empty file behind. Flushing first makes that failure visible.
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace wscm
