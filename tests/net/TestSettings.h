// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "config/ClientSettings.h"

// Settings as a valid client section would give them, for a URI of a server the test started.
class TestSettings {
public:
    static wscm::ClientSettings forUri(const QString &uri,
                                       const QString &name = QStringLiteral("test"));
};
