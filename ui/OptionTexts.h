// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "schema/OptionSchema.h"

#include <QString>

namespace wscm {

// The option table's words in the user's language. The table (core) keeps them in English,
// marked for lupdate, because the command line and the generated docs stay English; the form
// translates them where it shows them. Option names are Asterisk's and are never translated.
class OptionTexts {
public:
    static QString help(const OptionSpec &spec);
    static QString groupTitle(OptionGroup group);
};

} // namespace wscm
