// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QDateTime>

namespace wscm {

struct ReloadResult;

// The config file's own verdict over time, as the probe's metrics report it: how many
// client sections the last reading found valid and invalid, how many run on settings kept
// from an earlier reading, and when the file was last read and last fully accepted.
struct ConfigStatus {
    int validSections = 0;
    int invalidSections = 0;
    int retainedSections = 0;
    bool lastLoadSuccessful = false;
    QDateTime lastLoadAt;         // UTC; the first reading included
    QDateTime lastSuccessAt;      // UTC; invalid until a reading is successful
    quint64 reloadsSucceeded = 0; // re-readings after the first
    quint64 reloadsFailed = 0;

    // `initial` for the first reading, which is not a reload.
    void record(const ReloadResult &result, bool initial);
};

} // namespace wscm
