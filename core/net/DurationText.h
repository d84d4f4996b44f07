// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace wscm {

// Durations the engine measures in microseconds, as people and scripts read them: in
// milliseconds, to the microsecond below 1 ms and to three significant digits above
// ("0.052 ms", "1.23 ms", "12.3 ms", "245 ms"), so a LAN's round trip never reads "0 ms".
class DurationText {
public:
    // 52 -> 0.052; for JSON, where a reader wants a number.
    static double toMilliseconds(qint64 us);
    // "0.052" in `locale` (the C locale for command-line output).
    static QString milliseconds(qint64 us, const QLocale &locale = QLocale::c());
    // The same with the unit: "0.052 ms".
    static QString withUnit(qint64 us, const QLocale &locale = QLocale::c());
    // A span of milliseconds as people say how long something lasted, rounded down to its
    // largest unit: "40 s", "2 min", "3 h", "2 d" ("connected for 2 min").
    static QString elapsed(qint64 ms, const QLocale &locale = QLocale::c());
};

} // namespace wscm
