// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "StatusColors.h"

#include "net/ConnectionHealth.h"

namespace wscm {

QColor StatusColors::forState(int state) {
    if (state < 0)
        return none();
    switch (static_cast<ConnectionHealth::State>(state)) {
    case ConnectionHealth::State::Connected:
        return good();
    case ConnectionHealth::State::Connecting:
    case ConnectionHealth::State::Retrying:
        return busy();
    case ConnectionHealth::State::GaveUp:
        return bad();
    case ConnectionHealth::State::Idle:
    case ConnectionHealth::State::Stopped:
        return none();
    }
    return none();
}

} // namespace wscm
