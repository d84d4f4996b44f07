// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QString>

namespace wscm {

// Reads a config file whole, refusing what is not one: a folder, a file too large to be a
// config, or a file that changed while it was read.
class FileReader {
public:
    static constexpr qint64 defaultMaxBytes = 32LL * 1024 * 1024;

    struct Result {
        bool ok = false;
        QByteArray bytes;
        QString error;         // a sentence for the user, naming the file
        bool missing = false;  // the file does not exist
        bool notAFile = false; // a folder or another kind of file that is not a regular one
    };
    static Result read(const QString &path, qint64 maxBytes = defaultMaxBytes);

    // The refusals, worded once for every place a file is read from (here or over SSH).
    // `name` is the file as the user knows it.
    static Result missingFile(const QString &name);
    static Result notAFile(const QString &name, bool isFolder);
    static Result tooLarge(const QString &name, qint64 size, qint64 maxBytes);
    static Result changedWhileRead(const QString &name);
    // Accepts `bytes` read whole from `name`.
    static Result accept(const QString &name, QByteArray bytes);
};

} // namespace wscm
