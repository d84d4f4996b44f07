// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>

namespace wscm {

// The user-facing option reference (docs/options.md), written from the OptionSchema table so
// that the documentation cannot drift from what the validator, the command line and the form
// accept.
class OptionReference {
public:
    static QString markdown();
};

} // namespace wscm
