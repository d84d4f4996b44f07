// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConsumerResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wscm {

class NeighbourFiles;

// What renaming a websocket_client changes in the files that use it: the value of
// `websocket_client_id` in ari.conf's outbound websockets and the id of WebSocket/<id> dial
// strings in extensions.conf, on the lines ConsumerCheck found them, and no other byte (the
// rest of each file, comments, line endings and spacing, stays as written).
class ReferenceRename {
public:
    // One file's new bytes.
    struct FileEdit {
        QString file;      // as ConfigSet names it: the neighbour, or a file it includes
        QByteArray before; // what the file held when read
        QByteArray after;
        int references = 0;
    };

    // The references to `from` in `bytes` (a file whose uses of `from` are `uses`) renamed
    // to `to`. False with *error when a use's line no longer names `from` where it did.
    static bool apply(QByteArray &bytes, const QList<ClientUse> &uses, const QByteArray &from,
                      const QByteArray &to, QString *error);
    // Every file of `neighbours` (includes too) that names `from`, renamed; empty when none
    // does. False with *error, and nothing planned, when one of them cannot be renamed.
    static bool plan(const NeighbourFiles &neighbours, const ConsumerResult &consumers,
                     const QByteArray &from, const QByteArray &to, QList<FileEdit> *edits,
                     QString *error);
};

} // namespace wscm
