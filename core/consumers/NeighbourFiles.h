// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"

#include <QString>

#include <memory>

namespace wscm {

class ConfigSource;

// The files beside websocket_client.conf that use its clients: ari.conf and extensions.conf,
// read (never written) with the same reader, from the main file's folder or another one,
// here or over ssh://. One that cannot be read is named with the reason and left out.
class NeighbourFiles {
public:
    struct File {
        QString path;
        bool read = false;
        QString reason; // why it was not read; empty when it does not exist
        bool exists = false;
        ConfigSet set;
        ResolvedConfig resolved;
    };

    // `mainPath`: websocket_client.conf (then ari.conf and extensions.conf are read) or
    // ari.conf (then websocket_client.conf is); `folder` replaces its folder when not empty.
    // `source`, when given and on the files' host, reads them (the app's open SSH login).
    void load(const QString &mainPath, const QString &folder, qint64 maxBytes,
              const std::shared_ptr<ConfigSource> &source = {});
    // Another file beside `mainPath` (http.conf, logger.conf), read as these are.
    static File readBeside(const QString &mainPath, const QString &name, qint64 maxBytes,
                           const std::shared_ptr<ConfigSource> &source = {});
    // The folder a file is in, for a local path or ssh://host/path.
    static QString folderOf(const QString &path);
    static QString fileName(const QString &path);
    // The bytes read of `path`: a neighbour or a file it includes; nullptr when not read.
    const QByteArray *bytesOf(const QString &path) const;

    File clients; // websocket_client.conf: read when the main file is ari.conf
    File ari;
    File dialplan;

private:
    static QString besidePath(const QString &mainPath, const QString &folder, const QString &name);
    static void read(File &file, qint64 maxBytes, const std::shared_ptr<ConfigSource> &source);
};

} // namespace wscm
