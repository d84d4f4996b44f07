// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QtGlobal>

// A TCP port on 127.0.0.1 that is free right now, for programs that need a port number in
// their configuration before they start.
class FreePort {
public:
    static quint16 find();
};
