// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ReloadApply.h"

namespace wscm {

class ResolvedConfig;

// Where ARI answers and as whom, from the http.conf and ari.conf beside the file, as a real
// Asterisk reads them (recorded from the oracle): the HTTP server runs only with [general]
// enabled = yes AND a bindaddr (without one it logs "Unable to resolve host '(null)'" and
// listens nowhere); bindaddr's own port wins over bindport (default 8088); prefix = pbx moves
// ARI to /pbx/ari; ari.conf's [general] enabled defaults to yes (no: every ARI path is 404).
// The user is the first section of type user, in file order, with a non-empty password in
// plain format (a crypt one cannot be sent). Over ssh:// an address for every interface
// (0.0.0.0, ::) is the ssh host; a loopback one cannot be reached from here, and wscm opens
// no tunnel: the user gives --ari (through their own ssh -L) instead.
class AriDiscovery {
public:
    struct Result {
        std::optional<ReloadApply::AriAccess> access;
        QString how;    // "ARI at http://pbx1:8088 as user 'wscm' (from http.conf and ari.conf)"
        QString whyNot; // when no access: what is missing, and what to do
    };

    // `http` / `ari`: nullptr when that file could not be read (`httpReason` / `ariReason`
    // then say why; empty: it does not exist).
    static Result discover(const ConfigLocation &location, const ResolvedConfig *http,
                           const QString &httpReason, const ResolvedConfig *ari,
                           const QString &ariReason);
    // Asterisk's ast_true(): yes, true, y, t, 1, on.
    static bool isTrue(QByteArrayView value);
    // The last value of `name` (no case) in `category`; nullopt when not set.
    static std::optional<QByteArray> lastValue(const ResolvedConfig &config,
                                               QByteArrayView category, QByteArrayView name);
};

} // namespace wscm
