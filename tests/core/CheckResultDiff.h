// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "check/CheckResult.h"

// The first way two check results differ, for a test's failure message; empty when they
// are the same: files, counts, every finding field by field, and every object with its
// effective options and settings.
QString checkResultDifference(const wscm::CheckResult &a, const wscm::CheckResult &b);
