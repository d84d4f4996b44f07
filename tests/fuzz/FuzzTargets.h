// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QString>

#include <span>

// Every parser of bytes from outside that is fuzzed: its name (the folder of its inputs under
// tests/fuzz/corpus and tests/fuzz/regressions, the libFuzzer target NAME_fuzzer) and the
// check of its properties, which returns an empty string when every one holds, else what
// broke. The libFuzzer targets and the regression test share them.
struct FuzzTarget {
    const char *name;
    QString (*check)(const QByteArray &input);
};

std::span<const FuzzTarget> fuzzTargets();
const FuzzTarget *findFuzzTarget(const QString &name);

// The checks besides the config file's (FuzzCheck), one file each.
QString answerFuzzCheck(const QByteArray &input);
QString framesFuzzCheck(const QByteArray &input);
QString metricsRequestFuzzCheck(const QByteArray &input);
QString remoteEventsFuzzCheck(const QByteArray &input);
