// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "CheckResult.h"

namespace wscm {

class ConfigSet;
class ResolvedConfig;

// Judges a config exactly as Asterisk's res_websocket_client would (sorcery with
// criteria type=websocket_client, the option parsers, the apply step, duplicate objects),
// and adds warnings for what Asterisk accepts silently but an admin would want to know.
class Validator {
public:
    // Verdict keeps the findings and only counts the objects (for `wscm check` on a large
    // file); Full keeps every object with its effective options and typed settings.
    enum class Detail { Verdict, Full };
    // Takes the config as Asterisk's loader left it (ResolvedConfig::resolve), so that an
    // analysis resolves once and shares the result; its diagnostics are carried over.
    static CheckResult check(const ResolvedConfig &resolved, Detail detail = Detail::Full);
    // Resolves `set` and judges each section as soon as it is complete, letting go of its
    // variables then (ResolvedConfig::resolve() with a handler): the same result, but a
    // check of a large file holds its bytes and its findings, not every section's variables.
    static CheckResult check(const ConfigSet &set, Detail detail);
};

} // namespace wscm
