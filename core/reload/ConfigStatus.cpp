// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigStatus.h"

#include "ReloadResult.h"

namespace wscm {

void ConfigStatus::record(const ReloadResult &result, bool initial) {
    // An unreadable file says nothing about its sections: the counts of the last reading
    // stay.
    if (result.validSections >= 0) {
        validSections = result.validSections;
        invalidSections = result.invalidSections;
    }
    retainedSections = static_cast<int>(result.retained.size());
    lastLoadSuccessful = result.successful();
    lastLoadAt = result.at;
    if (lastLoadSuccessful)
        lastSuccessAt = result.at;
    if (!initial)
        ++(lastLoadSuccessful ? reloadsSucceeded : reloadsFailed);
}

} // namespace wscm
