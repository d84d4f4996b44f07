// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "check/CheckResult.h"
#include "check/Validator.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace wscm {

// What every file-reading command shares: the --max-size option, and reading a file
// (with its includes) and judging it, with the exit code 2 and a clear message when the
// file cannot be read.
class ConfigInput {
public:
    static QCommandLineOption maxSizeOption();
    static QCommandLineOption showSecretsOption();
    // Bytes allowed per file, from --max-size (in MiB); -1 with a message when invalid.
    static qint64 maxBytes(const QCommandLineParser &parser);

    // What load() keeps: ResultOnly resolves and judges each section as it is read, and keeps
    // neither `set` nor `resolved` (for `check`: its peak memory is then the file and the
    // findings, not every section's variables as well).
    enum class Keep { Everything, ResultOnly };
    // Reads, resolves and checks `path`. On failure prints why and returns false.
    bool load(const QString &path, qint64 maxBytes,
              Validator::Detail detail = Validator::Detail::Full, Keep keep = Keep::Everything);

    ConfigSet set;
    ResolvedConfig resolved;
    CheckResult result;
};

} // namespace wscm
