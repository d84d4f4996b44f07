// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FuzzTargets.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer entry point of the target WSCM_FUZZ_TARGET: any property its check reports is a
// crash, so libFuzzer keeps the input (scripts/fuzz copies it into
// tests/fuzz/regressions/NAME/ to replay it in every test run).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const FuzzTarget *const target = findFuzzTarget(QStringLiteral(WSCM_FUZZ_TARGET));
    if (!target) {
        std::fprintf(stderr, "no fuzz target %s\n", WSCM_FUZZ_TARGET);
        std::abort();
    }
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString problem = target->check(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "property broken: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
