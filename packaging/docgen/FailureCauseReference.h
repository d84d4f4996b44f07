// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>

namespace wscm {

// The reference of failure causes (docs/failure-causes.md), written from the FailureCauses
// table and FailureHint, so that the names scripts and metrics rely on, what they mean and
// what wscm tells the user to check are documented in one place and cannot drift.
class FailureCauseReference {
public:
    static QString markdown();
};

} // namespace wscm
