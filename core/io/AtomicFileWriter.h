// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QString>

namespace wscm {

// Replaces a file's content all at once: a temporary file in the same folder, then a
// rename, so that a crash or a full disk never leaves half a config. An existing file's
// permissions and owner are kept.
class AtomicFileWriter {
public:
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace wscm
