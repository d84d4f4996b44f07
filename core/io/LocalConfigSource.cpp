// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "LocalConfigSource.h"

#include "AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <clocale>
#include <glob.h>
#include <locale.h>

namespace wscm {

bool LocalConfigSource::serves(const ConfigLocation &location) const {
    return !location.isRemote();
}

QString LocalConfigSource::hostLabel() const {
    return QStringLiteral("this computer");
}

FileReader::Result LocalConfigSource::read(const ConfigLocation &location, qint64 maxBytes) {
    return FileReader::read(location.path(), maxBytes);
}

QString LocalConfigSource::canonicalPath(const ConfigLocation &location) {
    const QString canonical = QFileInfo(location.path()).canonicalFilePath();
    return canonical.isEmpty() ? location.path() : canonical;
}

QList<ConfigLocation> LocalConfigSource::glob(const ConfigLocation &pattern) {
    // Asterisk's own call: glob(3) with GLOB_NOMAGIC | GLOB_BRACE, sorted the way Asterisk
    // (which runs in the C.UTF-8 locale) sorts: by bytes. Folders match too; it skips them.
    locale_t bytewise = newlocale(LC_COLLATE_MASK, "C", static_cast<locale_t>(nullptr));
    const locale_t previous = bytewise ? uselocale(bytewise) : nullptr;
    glob_t found{};
    const int result = ::glob(QFile::encodeName(pattern.path()).constData(),
                              GLOB_NOMAGIC | GLOB_BRACE, nullptr, &found);
    if (bytewise) {
        uselocale(previous);
        freelocale(bytewise);
    }
    QList<ConfigLocation> matches;
    if (result == 0) {
        for (size_t i = 0; i < found.gl_pathc; ++i)
            matches.append(pattern.resolved(QFile::decodeName(found.gl_pathv[i])));
    }
    globfree(&found);
    return matches;
}

bool LocalConfigSource::snapshot(const ConfigLocation &location, Snapshot *snapshot,
                                 QString *error) {
    QFile file(location.path());
    *snapshot = {};
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read: %2").arg(location.path(), file.errorString());
        return false;
    }
    snapshot->exists = true;
    snapshot->bytes = file.readAll();
    return true;
}

ConfigSource::WriteResult LocalConfigSource::write(const ConfigLocation &location,
                                                   const QByteArray &bytes,
                                                   const std::optional<Snapshot> &expected) {
    WriteResult result;
    if (expected) {
        if (!snapshot(location, &result.current, &result.error))
            return result;
        if (result.current != *expected) {
            result.status = WriteResult::Status::Conflict;
            result.error =
                QStringLiteral("%1: changed since it was read; not written").arg(location.path());
            return result;
        }
    }
    result.current = {};
    if (AtomicFileWriter::write(location.path(), bytes, &result.error))
        result.status = WriteResult::Status::Written;
    return result;
}

} // namespace wscm
