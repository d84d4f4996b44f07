// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConnectionHealth.h"

namespace wscm {

QString ConnectionHealth::stateName(State state) {
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Connected:
        return QStringLiteral("connected");
    case State::Retrying:
        return QStringLiteral("retrying");
    case State::GaveUp:
        return QStringLiteral("gave-up");
    case State::Stopped:
        return QStringLiteral("stopped");
    }
    return QString();
}

QList<ConnectionHealth::Stage> ConnectionHealth::failureStages() {
    return {Stage::Resolve, Stage::Tcp,         Stage::Proxy,     Stage::Tls,
            Stage::Upgrade, Stage::PingTimeout, Stage::Keepalive, Stage::Closed};
}

QString ConnectionHealth::stageName(Stage stage) {
    switch (stage) {
    case Stage::None:
        return QString();
    case Stage::Resolve:
        return QStringLiteral("resolve");
    case Stage::Tcp:
        return QStringLiteral("tcp");
    case Stage::Proxy:
        return QStringLiteral("proxy");
    case Stage::Tls:
        return QStringLiteral("tls");
    case Stage::Upgrade:
        return QStringLiteral("upgrade");
    case Stage::PingTimeout:
        return QStringLiteral("ping-timeout");
    case Stage::Keepalive:
        return QStringLiteral("keepalive");
    case Stage::Closed:
        return QStringLiteral("closed");
    }
    return QString();
}

} // namespace wscm
