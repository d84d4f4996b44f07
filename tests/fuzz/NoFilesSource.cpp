// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "NoFilesSource.h"

QString NoFilesSource::hostLabel() const {
    return QStringLiteral("no files");
}

wscm::FileReader::Result NoFilesSource::read(const wscm::ConfigLocation &location, qint64) {
    return wscm::FileReader::missingFile(location.toString());
}

QString NoFilesSource::canonicalPath(const wscm::ConfigLocation &location) {
    return location.toString();
}

bool NoFilesSource::snapshot(const wscm::ConfigLocation &, Snapshot *snapshot, QString *) {
    *snapshot = Snapshot();
    return true;
}

NoFilesSource::WriteResult NoFilesSource::write(const wscm::ConfigLocation &location,
                                                const QByteArray &,
                                                const std::optional<Snapshot> &) {
    WriteResult result;
    result.error = QStringLiteral("%1: the fuzzer writes no files").arg(location.toString());
    return result;
}
