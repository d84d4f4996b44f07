// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QColor>

namespace wscm {

// The few signal colors the views share (status marks, heartbeat, charts). Mid-tone so
// they read on light and dark palettes alike. A color never carries a state alone: the
// views pair each with a shape or a word.
class StatusColors {
public:
    static QColor good() { return QColor(0x2e, 0xa0, 0x43); }
    static QColor bad() { return QColor(0xd0, 0x3b, 0x3b); }
    static QColor busy() { return QColor(0xe0, 0x9b, 0x1a); }
    // Up now and then, down again: neither the green of connected nor the amber of trying.
    static QColor unstable() { return QColor(0x9b, 0x59, 0xd0); }
    static QColor none() { return QColor(0x8a, 0x8a, 0x8a); }
    // For a SectionStatus::Kind as int.
    static QColor forKind(int kind);
};

} // namespace wscm
