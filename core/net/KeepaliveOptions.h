// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>
#include <QtGlobal>

namespace wscm {

struct ClientSettings;

// The kernel's TCP keepalive settings of one socket: SO_KEEPALIVE, TCP_KEEPIDLE,
// TCP_KEEPINTVL and TCP_KEEPCNT, set and read with setsockopt/getsockopt on the native
// descriptor because Qt only exposes the on/off switch.
struct KeepaliveOptions {
    bool enabled = false;
    int idleS = 0;
    int intervalS = 0;
    int probes = 0;

    static KeepaliveOptions fromSettings(const ClientSettings &settings);
    // Applies all four when enabled; when disabled only switches SO_KEEPALIVE off (Qt turns it
    // on for every WebSocket, Asterisk leaves it off). Returns false with *error set on failure.
    bool applyTo(qintptr descriptor, QString *error) const;
    static KeepaliveOptions readFrom(qintptr descriptor);

    bool operator==(const KeepaliveOptions &) const = default;
};

} // namespace wscm
