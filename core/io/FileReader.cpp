// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FileReader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace wscm {

namespace {
FileReader::Result failure(const QString &message) {
    return {false, {}, message};
}
} // namespace

FileReader::Result FileReader::missingFile(const QString &name) {
    Result result = failure(QStringLiteral("%1: no such file").arg(name));
    result.missing = true;
    return result;
}

FileReader::Result FileReader::notAFile(const QString &name, bool isFolder) {
    Result result =
        failure(isFolder ? QStringLiteral("%1: is a folder, not a config file").arg(name)
                         : QStringLiteral("%1: not a regular file").arg(name));
    result.notAFile = true;
    return result;
}

FileReader::Result FileReader::tooLarge(const QString &name, qint64 size, qint64 maxBytes) {
    return failure(QStringLiteral("%1: %2 MB is larger than the %3 MB a config file may have "
                                  "(see --max-size)")
                       .arg(name)
                       .arg(static_cast<double>(size) / (1024 * 1024), 0, 'f', 1)
                       .arg(maxBytes / (1024 * 1024)));
}

FileReader::Result FileReader::changedWhileRead(const QString &name) {
    return failure(
        QStringLiteral("%1: the file changed while it was being read; try again").arg(name));
}

FileReader::Result FileReader::accept(const QString &, QByteArray bytes) {
    // Even NUL bytes: Asterisk reads such a file (a NUL ends what it sees of a line), so
    // the checker must too, and say where they are.
    return {true, std::move(bytes), {}};
}

FileReader::Result FileReader::read(const QString &path, qint64 maxBytes) {
    const QFileInfo before(path);
    if (!before.exists())
        return missingFile(path);
    if (!before.isFile())
        return notAFile(path, before.isDir());
    if (before.size() > maxBytes)
        return tooLarge(path, before.size(), maxBytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
    // Read one byte more than the file had, so that a file growing under us is noticed; into
    // a buffer of that size, in one go (QIODevice::read(qint64) grows its own by half again).
    QByteArray bytes(before.size() + 1, Qt::Uninitialized);
    const qint64 got = file.read(bytes.data(), bytes.size());
    if (got < 0 || file.error() != QFileDevice::NoError)
        return failure(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
    bytes.truncate(got);
    file.close();
    const QFileInfo after(path);
    if (bytes.size() > maxBytes || after.size() != bytes.size() || after.size() != before.size() ||
        after.lastModified() != before.lastModified())
        return changedWhileRead(path);
    return accept(path, std::move(bytes));
}

} // namespace wscm
