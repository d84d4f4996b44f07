// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FuzzTargets.h"

#include "FuzzCheck.h"

#include <array>

std::span<const FuzzTarget> fuzzTargets() {
    static const std::array<FuzzTarget, 5> targets{{
        {"config", &FuzzCheck::run},
        {"answer", &answerFuzzCheck},
        {"frames", &framesFuzzCheck},
        {"metrics_request", &metricsRequestFuzzCheck},
        {"remote_events", &remoteEventsFuzzCheck},
    }};
    return targets;
}

const FuzzTarget *findFuzzTarget(const QString &name) {
    for (const FuzzTarget &target : fuzzTargets()) {
        if (name == QLatin1StringView(target.name))
            return &target;
    }
    return nullptr;
}
