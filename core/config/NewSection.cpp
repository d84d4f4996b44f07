// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "NewSection.h"

#include "ConfigDocument.h"
#include "schema/OptionSchema.h"

#include <algorithm>

namespace wscm {

bool NewSection::addTo(ConfigDocument &document, QString *error) const {
    QList<std::pair<QByteArray, QByteArray>> lines = values;
    const bool typed = std::any_of(values.cbegin(), values.cend(), [](const auto &value) {
        return value.first.compare("type", Qt::CaseInsensitive) == 0;
    });
    if (!isTemplate && !typed)
        lines.prepend({QByteArrayLiteral("type"), QByteArray(OptionSchema::clientType)});
    return document.addSection(name, templates, isTemplate, lines, error);
}

} // namespace wscm
