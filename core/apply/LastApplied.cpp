// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "LastApplied.h"

#include "io/AtomicFileWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace wscm {

LastApplied::LastApplied(const ConfigLocation &location) {
    // One file per host and path; a hash keeps any path a valid file name.
    const QByteArray key =
        QCryptographicHash::hash(location.toString().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    m_path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
             QStringLiteral("/applied/") + QString::fromLatin1(key) + QStringLiteral(".conf");
}

QString LastApplied::existingPath() const {
    return QFileInfo::exists(m_path) ? m_path : QString();
}

bool LastApplied::remember(const QByteArray &bytes, QString *error) const {
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = QStringLiteral("cannot create %1").arg(QFileInfo(m_path).absolutePath());
        return false;
    }
    return AtomicFileWriter::write(m_path, bytes, error);
}

} // namespace wscm
