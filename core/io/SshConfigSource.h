// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConfigSource.h"
#include "SshTarget.h"

#include <QHash>

namespace wscm {

// Config files on a host reached with SSH (see SshTarget). Each operation is one ssh run of
// a small POSIX sh script on the host, which needs nothing but a shell and coreutils (or
// BusyBox). Files read once are kept until refresh(), so that checking the document again
// after each edit does not log in again for its includes.
//
// A save writes a temporary file beside the target, checks that every byte arrived (size and
// SHA-256), gives it the target's mode and owner, checks again that the target still holds
// what was expected, and renames it over the target: a dropped connection, a full disk or a
// refusal leaves the old file whole.
class SshConfigSource : public ConfigSource {
public:
    explicit SshConfigSource(const ConfigLocation &location);

    bool serves(const ConfigLocation &location) const override;
    QString hostLabel() const override;
    FileReader::Result read(const ConfigLocation &location, qint64 maxBytes) override;
    QString canonicalPath(const ConfigLocation &location) override;
    QList<ConfigLocation> glob(const ConfigLocation &pattern) override;
    bool snapshot(const ConfigLocation &location, Snapshot *snapshot, QString *error) override;
    WriteResult write(const ConfigLocation &location, const QByteArray &bytes,
                      const std::optional<Snapshot> &expected) override;
    void refresh() override;

private:
    // Reads the file; maxBytes < 0 for no limit. *missing when it does not exist.
    FileReader::Result fetch(const ConfigLocation &location, qint64 maxBytes);

    ConfigLocation m_host;
    SshTarget m_target;
    QHash<QString, FileReader::Result> m_cache; // by path on the host
    QHash<QString, QString> m_canonical;        // path on the host -> links resolved
};

} // namespace wscm
