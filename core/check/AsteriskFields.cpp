// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AsteriskFields.h"

#include "config/EffectiveOptions.h"
#include "schema/OptionSchema.h"
#include "schema/ValueParser.h"

namespace wscm {

QByteArray AsteriskFields::renderChoice(const OptionSpec &spec, const QByteArray &value) {
    for (const QByteArray &choice : QByteArray(spec.choices).split(',')) {
        if (choice.compare(value, Qt::CaseInsensitive) == 0)
            return choice;
    }
    return value;
}

QList<AsteriskFields::Field> AsteriskFields::render(const EffectiveOptions &options) {
    QList<Field> fields;
    for (int i = 0; i < OptionSchema::count(); ++i) {
        const OptionSpec &spec = OptionSchema::at(i);
        const QByteArray value = options.valueOrDefault(i);
        QByteArray shown;
        switch (spec.kind) {
        case OptionKind::Type:
            continue; // registered as a no-op field: sorcery never renders it
        case OptionKind::Choice:
            // A custom handler that renders nothing for "unset", and its own spelling of
            // the value otherwise (the file may use any case).
            if (value.isEmpty())
                continue;
            shown = renderChoice(spec, value);
            break;
        case OptionKind::Int:
            shown = QByteArray::number(ValueParser::parseInt(value).value_or(0));
            break;
        case OptionKind::UInt:
            shown = QByteArray::number(ValueParser::parseUInt(value).value_or(0));
            break;
        case OptionKind::Bool:
            shown = ValueParser::isTrue(value) ? "yes" : "no";
            break;
        default:
            shown = value;
            break;
        }
        fields.append({QByteArray(spec.name), shown});
    }
    return fields;
}

} // namespace wscm
