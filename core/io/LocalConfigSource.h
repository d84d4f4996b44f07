// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConfigSource.h"

namespace wscm {

// Config files on this computer.
class LocalConfigSource : public ConfigSource {
public:
    bool serves(const ConfigLocation &location) const override;
    QString hostLabel() const override;
    FileReader::Result read(const ConfigLocation &location, qint64 maxBytes) override;
    QString canonicalPath(const ConfigLocation &location) override;
    QList<ConfigLocation> glob(const ConfigLocation &pattern) override;
    bool snapshot(const ConfigLocation &location, Snapshot *snapshot, QString *error) override;
    WriteResult write(const ConfigLocation &location, const QByteArray &bytes,
                      const std::optional<Snapshot> &expected) override;
};

} // namespace wscm
