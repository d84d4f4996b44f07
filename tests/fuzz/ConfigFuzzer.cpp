// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FuzzCheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer entry point: any property FuzzCheck reports is a crash, so libFuzzer keeps the
// input (copy it into tests/fuzz/regressions/ to replay it in every test run).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString problem = FuzzCheck::run(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "property broken: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
