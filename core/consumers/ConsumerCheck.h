// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConsumerResult.h"

namespace wscm {

struct CheckResult;
class ResolvedConfig;

// The cross-file check: what ari.conf's outbound websockets and extensions.conf's dial
// strings make of the websocket_client objects, judged as Asterisk judges them at start-up
// and at call time (recorded: tests/parity/consumers). Errors where Asterisk refuses an
// object, marks it INVALID or fails a call; warnings where it silently ignores or surprises;
// info for clients nothing uses. Each finding is in the file and at the line it is about.
class ConsumerCheck {
public:
    // `clients`: websocket_client.conf judged with Validator::Detail::Full; `clientConfig`
    // its resolved config (for sections that belong in ari.conf), `ari` and `dialplan` the
    // neighbours read with the same reader; any of the three may be null.
    static ConsumerResult check(const CheckResult &clients, const ResolvedConfig *clientConfig,
                                const ResolvedConfig *ari, const ResolvedConfig *dialplan);
};

} // namespace wscm
