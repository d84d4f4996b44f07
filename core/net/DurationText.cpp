// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "DurationText.h"

#include <QCoreApplication>

namespace wscm {

double DurationText::toMilliseconds(qint64 us) {
    return static_cast<double>(us) / 1000.0;
}

QString DurationText::milliseconds(qint64 us, const QLocale &locale) {
    // Thresholds where rounding would add a digit: 9.995 ms reads "10.0", not "10.00".
    const int decimals = us < 1000 ? 3 : us < 9995 ? 2 : us < 99950 ? 1 : 0;
    return locale.toString(toMilliseconds(us), 'f', decimals);
}

QString DurationText::withUnit(qint64 us, const QLocale &locale) {
    return QCoreApplication::translate("wscm::DurationText", "%1 ms").arg(milliseconds(us, locale));
}

QString DurationText::elapsed(qint64 ms, const QLocale &locale) {
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    const auto text = [&locale](const char *unit, qint64 value) {
        return QCoreApplication::translate("wscm::DurationText", unit).arg(locale.toString(value));
    };
    if (s < 60)
        return text(QT_TRANSLATE_NOOP("wscm::DurationText", "%1 s"), s);
    if (s < 60 * 60)
        return text(QT_TRANSLATE_NOOP("wscm::DurationText", "%1 min"), s / 60);
    // Hours up to two days: "36 h" says more than "1 d".
    if (s < 48 * 60 * 60)
        return text(QT_TRANSLATE_NOOP("wscm::DurationText", "%1 h"), s / (60 * 60));
    return text(QT_TRANSLATE_NOOP("wscm::DurationText", "%1 d"), s / (24 * 60 * 60));
}

} // namespace wscm
