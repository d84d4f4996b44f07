// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConsumerResult.h"

#include <QSet>

namespace wscm {

class ResolvedConfig;

// Judges ari.conf's users and outbound websockets as res_ari's sorcery does at start-up,
// given the websocket_client ids that loaded: which outbound websockets are refused (not
// created at all), which are created but INVALID (never connect), and why, at which line.
class AriObjects {
public:
    static void judge(const ResolvedConfig &ari, const QSet<QByteArray> &loadedClients,
                      ConsumerResult &out);
    // An app name longer than this makes Asterisk refuse the outbound websocket
    // (AST_MAX_CONTEXT less the "stasis-" prefix; recorded: ari-app-73, ari-app-74).
    static constexpr int maxAppName = 73;
};

} // namespace wscm
