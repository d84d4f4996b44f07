// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "check/Validator.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"

#include <QTemporaryDir>

// Writes config files into a private temporary folder and reads them back the way the
// command line does, so tests exercise the real file and include handling.
class ConfigFixture {
public:
    ConfigFixture();
    QString write(const QString &name, const QByteArray &bytes);
    // Writes `main` as websocket_client.conf and loads it.
    wscm::ConfigSet load(const QByteArray &main);
    wscm::CheckResult check(const QByteArray &main);
    wscm::ResolvedConfig resolve(const QByteArray &main);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // "LINE: severity: [section] message" for every diagnostic, without the file name.
    static QStringList lines(const wscm::CheckResult &result);
    static bool has(const wscm::CheckResult &result, int line, const QString &severity,
                    const QString &fragment);

private:
    QTemporaryDir m_dir;
};
