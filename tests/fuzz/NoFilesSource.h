// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "io/ConfigSource.h"

// A file system with no files: the fuzzer's #include and #tryinclude lines are resolved and
// reported as missing, never read from this machine (whose files change between runs and
// would make a fixed-seed run take another path).
class NoFilesSource : public wscm::ConfigSource {
public:
    bool serves(const wscm::ConfigLocation &) const override { return true; }
    QString hostLabel() const override;
    wscm::FileReader::Result read(const wscm::ConfigLocation &location, qint64) override;
    QString canonicalPath(const wscm::ConfigLocation &location) override;
    QList<wscm::ConfigLocation> glob(const wscm::ConfigLocation &) override { return {}; }
    bool snapshot(const wscm::ConfigLocation &location, Snapshot *snapshot,
                  QString *error) override;
    WriteResult write(const wscm::ConfigLocation &location, const QByteArray &,
                      const std::optional<Snapshot> &) override;
};
