// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "StatusColors.h"

#include "net/SectionStatus.h"

namespace wscm {

QColor StatusColors::forKind(int kind) {
    using Kind = SectionStatus::Kind;
    switch (static_cast<Kind>(kind)) {
    case Kind::Connected:
        return good();
    case Kind::Connecting:
    case Kind::Retrying:
        return busy();
    case Kind::Unstable:
        return unstable();
    case Kind::GaveUp:
    case Kind::Invalid:
        return bad();
    case Kind::NotConnected:
        return none();
    }
    return none();
}

} // namespace wscm
