// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "config/ClientSettings.h"

#include <QCommandLineOption>
#include <optional>

namespace wscm {

struct CheckResult;

// wscm probe --dial: one call's connection, made as chan_websocket makes it for a dial string.
class ProbeDial {
public:
    static QCommandLineOption option();
    // The settings the call connects with: its client's, with the v() parameters in the URI.
    // Nothing, with Asterisk's reasons printed, when Asterisk would fail the call first.
    static std::optional<ClientSettings> settings(const QString &dialString,
                                                  const CheckResult &clients);
};

} // namespace wscm
