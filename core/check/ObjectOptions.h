// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "config/ResolvedConfig.h"
#include "schema/OptionSchema.h"

#include <QByteArrayView>

#include <array>

namespace wscm {

// The options of one section as the checks read them: for each option the variable that
// wins ("last assignment wins", names matched as Asterisk's option lookup does), the same
// choice as ResolvedConfig::effectiveOptions() but as pointers into the resolved config, on
// the stack: a check of 20,000 objects copies no value, file name or template name.
class ObjectOptions {
public:
    using Variable = ResolvedConfig::Variable;

    ObjectOptions(const ResolvedConfig &resolved, const ResolvedConfig::Category &category);

    // The winning assignment; nullptr when the option is not assigned.
    const Variable *variable(int option) const { return m_winner[static_cast<size_t>(option)]; }
    bool isSet(int option) const { return variable(option) != nullptr; }
    // The assigned value, or the schema default when unassigned; valid as long as the
    // resolved config.
    QByteArrayView value(int option) const;
    // The value is one of Asterisk's yes words.
    bool isOn(int option) const;

private:
    const ResolvedConfig &m_resolved;
    std::array<const Variable *, OptionSchema::count()> m_winner{};
};

} // namespace wscm
