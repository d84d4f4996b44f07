// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "CheckResult.h"

#include <algorithm>

namespace wscm {

bool CheckResult::asteriskLoadsEverything() const {
    // An error outside an object stops Asterisk reading a file: in an included one, what
    // follows it is lost although the objects above load.
    return !fileRejected && errorCount() == 0 && loadingCount == objectCount &&
           std::all_of(objects.cbegin(), objects.cend(),
                       [](const ClientObject &o) { return o.valid; });
}

int CheckResult::errorCount() const {
    return static_cast<int>(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                                          [](const Diagnostic &d) { return d.isError(); }));
}

int CheckResult::warningCount() const {
    return static_cast<int>(diagnostics.size()) - errorCount();
}

const ClientObject *CheckResult::object(const QString &name) const {
    for (const ClientObject &o : objects) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

} // namespace wscm
