// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConfigLocation.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QProcess;

namespace wscm {

// One host reached with the system's OpenSSH client, so that the admin's ssh config, agent,
// keys and known_hosts apply as they do for `ssh` itself. wscm never asks for a password and
// never accepts a host key: BatchMode is always on, and a login that would need either fails
// with a sentence that says what to do. WSCM_SSH_COMMAND (like git's GIT_SSH_COMMAND)
// replaces the plain `ssh`, e.g. "ssh -F ~/.ssh/pbx_config".
class SshTarget {
public:
    // ssh's own exit code when it, not the remote command, failed.
    static constexpr int SshFailed = 255;

    struct Result {
        bool started = false;
        int exitCode = -1; // of the remote command, or SshFailed
        QByteArray out;
        QByteArray err;
    };

    explicit SshTarget(const ConfigLocation &location);

    // user@host:port, as in messages.
    QString label() const { return m_location.hostLabel(); }

    // Sets up `process` to run `script` by the host's POSIX shell with `arguments` as $1...
    void prepare(QProcess &process, const QString &script, const QStringList &arguments) const;
    // Runs `script` to its end, feeding it `input` on its standard input.
    Result run(const QString &script, const QStringList &arguments,
               const QByteArray &input = {}) const;
    // The same on this computer, by its own POSIX sh: a step that runs where the file is
    // runs one way whether that is here or the ssh host. exitCode is the script's, or
    // SshFailed when sh could not be started or crashed.
    static Result runHere(const QString &script, const QStringList &arguments,
                          const QByteArray &input = {});

    // Why ssh itself failed (exit code 255, or not started), as a sentence naming the host and
    // saying what to do: a changed or unknown host key, a refused login, no server, no route.
    QString explain(const Result &result) const;
    // The last line the remote side wrote to its standard error (what a failing tool said).
    static QString lastErrorLine(const QByteArray &err);
    // `word` quoted for a POSIX shell.
    static QString quoted(const QString &word);

private:
    static Result finish(QProcess &process, const QByteArray &input);
    // What to type to log in by hand (and so check and accept a host key).
    QString sshCommandLine() const;
    QString knownHostsName() const;

    ConfigLocation m_location;
};

} // namespace wscm
