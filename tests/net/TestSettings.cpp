// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "TestSettings.h"

wscm::ClientSettings TestSettings::forUri(const QString &uri, const QString &name) {
    wscm::ClientSettings s;
    s.name = name;
    s.uriText = uri;
    s.connectionType = wscm::ClientSettings::ConnectionType::Persistent;
    s.connectionTimeoutMs = 500;
    s.reconnectIntervalMs = 200;
    return s;
}
