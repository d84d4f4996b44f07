// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConfigLocation.h"
#include "FileReader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace wscm {

// Where the bytes of config files come from and go to: this computer's file system, or a
// host reached with SSH. The document, the checker, the command line and the app read and
// write through this and do not care which one it is.
class ConfigSource {
public:
    // What a file holds at one moment: nothing (it does not exist) or these bytes.
    struct Snapshot {
        bool exists = false;
        QByteArray bytes;
        bool operator==(const Snapshot &other) const = default;
    };
    struct WriteResult {
        enum class Status {
            Written,  // the file holds the new bytes
            Conflict, // the file did not hold what was expected; nothing was written
            Failed    // nothing was written (error says why); the file is as it was
        };
        Status status = Status::Failed;
        QString error;    // a sentence for the user, naming the file
        Snapshot current; // for a Conflict: what the file holds instead
    };

    virtual ~ConfigSource() = default;

    // A new source for the host of `location`.
    static std::shared_ptr<ConfigSource> create(const ConfigLocation &location);
    // `current` when it serves `location` (keeping what it holds: an SSH host's cached files),
    // else a new one.
    static std::shared_ptr<ConfigSource> forLocation(const std::shared_ptr<ConfigSource> &current,
                                                     const ConfigLocation &location);

    // Whether `location` is on this source's host.
    virtual bool serves(const ConfigLocation &location) const = 0;
    // Where the files are, for labels: "this computer" or the SSH host.
    virtual QString hostLabel() const = 0;

    // Reads a config file whole, with the refusals of FileReader.
    virtual FileReader::Result read(const ConfigLocation &location, qint64 maxBytes) = 0;
    // The file's path with links resolved, as far as it is known (to recognise a file that is
    // included twice); the path itself when it is not.
    virtual QString canonicalPath(const ConfigLocation &location) = 0;
    // What a pattern with * ? [ ] { } matches, as Asterisk's glob(3) lists it (folders too).
    virtual QList<ConfigLocation> glob(const ConfigLocation &pattern) = 0;
    // What the file holds now, whatever it holds; false with *error when that cannot be known.
    virtual bool snapshot(const ConfigLocation &location, Snapshot *snapshot, QString *error) = 0;
    // Replaces the file's content all at once (a temporary file beside it, then a rename; mode
    // and owner kept): the file holds either the old bytes or the new ones, never a part. With
    // `expected`, writes only when the file still holds that, and reports a Conflict otherwise.
    virtual WriteResult write(const ConfigLocation &location, const QByteArray &bytes,
                              const std::optional<Snapshot> &expected) = 0;
    // Forgets what was kept from earlier reads (a remote source keeps its included files).
    virtual void refresh() {}
};

} // namespace wscm
