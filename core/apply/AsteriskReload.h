// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "io/ConfigLocation.h"
#include "io/SshTarget.h"

#include <QString>

namespace wscm {

// `asterisk -rx 'module reload res_websocket_client'` on the machine that holds a file: here,
// or its ssh:// host through the user's OpenSSH, and never another one. Blocks until the
// command ends (run it off a window's thread). Asterisk's "reloaded successfully" only says
// the command ran: it says so also when it rejected half the file.
class AsteriskReload {
public:
    enum class Outcome {
        Reloaded,
        AsteriskMissing,    // no `asterisk` on that machine
        AsteriskNotRunning, // not running, or its control socket not readable by this user
        SshFailed,          // ssh itself failed: nothing was reloaded
        Failed,             // Asterisk answered something other than a reload
    };
    struct Result {
        Outcome outcome = Outcome::Failed;
        QString where;   // "this computer", or the ssh host
        QString answer;  // what asterisk printed
        QString message; // for every outcome but Reloaded: what happened and what to do
    };

    static Result run(const ConfigLocation &location);
    // `script` run by sh where `location` is: SshTarget::run or SshTarget::runHere.
    static SshTarget::Result runWhere(const ConfigLocation &location, const QString &script,
                                      const QStringList &arguments = {});
    // "this computer" or the host's label.
    static QString whereText(const ConfigLocation &location);
};

} // namespace wscm
