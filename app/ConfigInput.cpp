// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigInput.h"

#include "Console.h"
#include "check/Validator.h"
#include "config/SecretRedaction.h"
#include "io/FileReader.h"

#include <QCommandLineParser>

namespace wscm {

QCommandLineOption ConfigInput::maxSizeOption() {
    return QCommandLineOption(QStringLiteral("max-size"),
                              QStringLiteral("Refuse files larger than MB mebibytes (default %1).")
                                  .arg(FileReader::defaultMaxBytes / (1024 * 1024)),
                              QStringLiteral("MB"));
}

QCommandLineOption ConfigInput::showSecretsOption() {
    return QCommandLineOption(QStringLiteral("show-secrets"),
                              QStringLiteral("Show password and proxy_password instead of %1.")
                                  .arg(QLatin1StringView(SecretRedaction::placeholder)));
}

qint64 ConfigInput::maxBytes(const QCommandLineParser &parser) {
    if (!parser.isSet(QStringLiteral("max-size")))
        return FileReader::defaultMaxBytes;
    bool ok = false;
    const qint64 mib = parser.value(QStringLiteral("max-size")).toLongLong(&ok);
    if (!ok || mib <= 0 || mib > 4096) {
        Console::error(QStringLiteral("wscm: --max-size takes a number of MB from 1 to 4096"));
        return -1;
    }
    return mib * 1024 * 1024;
}

bool ConfigInput::load(const QString &path, qint64 maxBytes, Validator::Detail detail, Keep keep) {
    QString error;
    // A check of a large file reads its lines once, while resolving and judging, and keeps
    // none.
    const auto mainDocument = keep == Keep::ResultOnly ? ConfigSet::MainDocument::NotNeeded
                                                       : ConfigSet::MainDocument::Parsed;
    if (!set.load(path, maxBytes, &error, mainDocument)) {
        Console::error(QStringLiteral("wscm: %1").arg(error));
        return false;
    }
    if (keep == Keep::ResultOnly) {
        result = Validator::check(set, detail);
        set = ConfigSet();
        return true;
    }
    resolved = ResolvedConfig::resolve(set);
    result = Validator::check(resolved, detail);
    return true;
}

} // namespace wscm
