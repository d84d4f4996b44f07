// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ObjectOptions.h"

#include "schema/ValueParser.h"

namespace wscm {

namespace {

// The schema's defaults measured once, not once per object and option.
const std::array<QByteArrayView, OptionSchema::count()> &defaults() {
    static const auto views = [] {
        std::array<QByteArrayView, OptionSchema::count()> out;
        for (int i = 0; i < OptionSchema::count(); ++i)
            out[static_cast<size_t>(i)] = QByteArrayView(OptionSchema::at(i).defaultValue);
        return out;
    }();
    return views;
}

} // namespace

ObjectOptions::ObjectOptions(const ResolvedConfig &resolved,
                             const ResolvedConfig::Category &category)
    : m_resolved(resolved) {
    for (const Variable &v : category.variables) {
        if (v.option >= 0)
            m_winner[static_cast<size_t>(v.option)] = &v;
    }
}

QByteArrayView ObjectOptions::value(int option) const {
    const Variable *v = variable(option);
    return v ? m_resolved.value(*v) : defaults()[static_cast<size_t>(option)];
}

bool ObjectOptions::isOn(int option) const {
    return ValueParser::isTrue(value(option));
}

} // namespace wscm
