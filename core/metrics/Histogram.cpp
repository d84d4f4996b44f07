// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "Histogram.h"

#include <algorithm>
#include <limits>

namespace wscm {

Histogram::Histogram(QList<double> upperBounds)
    : m_upperBounds(std::move(upperBounds))
    , m_counts(m_upperBounds.size(), 0) {
    std::sort(m_upperBounds.begin(), m_upperBounds.end());
}

void Histogram::observe(double value) {
    const auto bucket = std::lower_bound(m_upperBounds.cbegin(), m_upperBounds.cend(), value);
    if (bucket != m_upperBounds.cend())
        ++m_counts[bucket - m_upperBounds.cbegin()];
    ++m_count;
    m_sum += value;
}

void Histogram::write(PrometheusText &out, QByteArrayView name,
                      const PrometheusText::Labels &labels) const {
    const QByteArray base = name.toByteArray();
    quint64 cumulative = 0;
    const auto bucket = [&](double upperBound, quint64 count) {
        PrometheusText::Labels withLe = labels;
        withLe.append({QByteArrayLiteral("le"),
                       QString::fromLatin1(PrometheusText::formatValue(upperBound))});
        out.sample(base + "_bucket", withLe, static_cast<double>(count));
    };
    for (qsizetype i = 0; i < m_upperBounds.size(); ++i) {
        cumulative += m_counts.at(i);
        bucket(m_upperBounds.at(i), cumulative);
    }
    bucket(std::numeric_limits<double>::infinity(), m_count);
    out.sample(base + "_sum", labels, m_sum);
    out.sample(base + "_count", labels, static_cast<double>(m_count));
}

} // namespace wscm
