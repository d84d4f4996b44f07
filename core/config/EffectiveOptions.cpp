// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EffectiveOptions.h"

#include "schema/OptionSchema.h"

#include <algorithm>
#include <cstring>

namespace wscm {

EffectiveOptions::EffectiveOptions(qsizetype expectedAssignments) {
    m_values.reserve(std::min<qsizetype>(expectedAssignments, OptionSchema::count()));
    m_slot.fill(-1);
}

const EffectiveValue &EffectiveOptions::at(int optionIndex) const {
    static const EffectiveValue unassigned;
    const qint8 slot = m_slot.at(static_cast<size_t>(optionIndex));
    return slot < 0 ? unassigned : m_values.at(slot);
}

void EffectiveOptions::set(int optionIndex, EffectiveValue value) {
    qint8 &slot = m_slot.at(static_cast<size_t>(optionIndex));
    if (slot < 0) {
        slot = static_cast<qint8>(m_values.size());
        m_values.append(std::move(value));
    } else {
        m_values[slot] = std::move(value);
    }
}

QByteArray EffectiveOptions::valueOrDefault(int optionIndex) const {
    const EffectiveValue &v = at(optionIndex);
    if (v.isSet)
        return v.value;
    // The schema's own bytes (a C string literal), not a copy: the checker asks for the
    // defaults of every object's unset options.
    const char *text = OptionSchema::at(optionIndex).defaultValue;
    return QByteArray::fromRawData(text, static_cast<qsizetype>(std::strlen(text)));
}

} // namespace wscm
