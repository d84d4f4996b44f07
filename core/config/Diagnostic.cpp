// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "Diagnostic.h"

namespace wscm {

QString Diagnostic::toText() const {
    QString text = QStringLiteral("%1:%2: %3: ").arg(file).arg(line).arg(severityName());
    if (!section.isEmpty())
        text += QStringLiteral("[%1] ").arg(section);
    return text + message;
}

} // namespace wscm
