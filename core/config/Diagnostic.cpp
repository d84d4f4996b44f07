// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "Diagnostic.h"

namespace wscm {

QString Diagnostic::toText() const {
    // Concatenated, not QString::arg()ed: `check` prints one of these per finding.
    QString text = file + QLatin1Char(':') + QString::number(line) + QLatin1StringView(": ") +
                   severityName() + QLatin1StringView(": ");
    if (!section.isEmpty())
        text += QLatin1Char('[') + section + QLatin1StringView("] ");
    return text + message;
}

} // namespace wscm
