// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Command.h"

namespace wscm {

// wscm apply FILE [--force] [--against OLD] [--ari URL --ari-user U --ari-password-file F]:
// checks FILE, says what a reload will do, runs `asterisk -rx 'module reload
// res_websocket_client'` on the machine that holds FILE (here, or the ssh:// host through the
// user's OpenSSH), and with ARI reads back what Asterisk loaded. It never touches FILE.
class ApplyCommand : public Command {
public:
    // Each fault its own code, for scripts: what to do differs.
    enum ApplyExit {
        ExitAsteriskMissing = 3,    // no `asterisk` on that machine
        ExitAsteriskNotRunning = 4, // not running, or its control socket not readable
        ExitSshFailed = 5,          // ssh itself failed: nothing was reloaded
        ExitReloadFailed = 6,       // Asterisk answered something else than a reload
        ExitContradicted = 7,       // ARI shows other objects than predicted: a wscm bug
        ExitNotConfirmed = 8,       // reloaded, but ARI could not be asked
    };

    QString name() const override { return QStringLiteral("apply"); }
    QString summary() const override {
        return QStringLiteral("Reload res_websocket_client on the machine that holds FILE.");
    }
    int run(const QStringList &arguments) override;
};

} // namespace wscm
