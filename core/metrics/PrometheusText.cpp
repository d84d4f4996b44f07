// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "PrometheusText.h"

#include <QLocale>

#include <cmath>

namespace wscm {

void PrometheusText::family(QByteArrayView name, Type type, QByteArrayView help) {
    static constexpr const char *typeNames[] = {"counter", "gauge", "histogram"};
    // HELP text escapes only backslash and line feed (the format's rule for docstrings).
    QByteArray escapedHelp = help.toByteArray();
    escapedHelp.replace('\\', "\\\\").replace('\n', "\\n");
    m_text += "# HELP " + name.toByteArray() + ' ' + escapedHelp + '\n';
    m_text += "# TYPE " + name.toByteArray() + ' ' + typeNames[static_cast<int>(type)] + '\n';
}

void PrometheusText::sample(QByteArrayView name, const Labels &labels, double value) {
    m_text += name.toByteArray();
    if (!labels.isEmpty()) {
        m_text += '{';
        bool first = true;
        for (const auto &[label, labelValue] : labels) {
            if (!first)
                m_text += ',';
            first = false;
            m_text += label + "=\"" + escapeLabelValue(labelValue) + '"';
        }
        m_text += '}';
    }
    m_text += ' ' + formatValue(value) + '\n';
}

QByteArray PrometheusText::escapeLabelValue(const QString &value) {
    QByteArray text = value.toUtf8();
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return text;
}

QByteArray PrometheusText::formatValue(double value) {
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    // Below 2^53 every integer is exact in a double: counters and timestamps print as such.
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QByteArray::number(static_cast<qint64>(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace wscm
