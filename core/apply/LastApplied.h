// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "io/ConfigLocation.h"

#include <QByteArray>
#include <QString>

namespace wscm {

// The bytes of the last file `wscm apply` reloaded successfully, per host and path, kept
// under the user's application data folder: what Asterisk most likely has loaded, for the
// next apply's prediction. Only the main file is kept, not its includes.
class LastApplied {
public:
    explicit LastApplied(const ConfigLocation &location);

    // The kept copy's path on this computer; empty when nothing was applied yet.
    QString existingPath() const;
    // Keeps `bytes` as the last applied file; false, with *error, when it cannot be written.
    bool remember(const QByteArray &bytes, QString *error) const;

private:
    QString m_path;
};

} // namespace wscm
