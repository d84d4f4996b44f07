// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "PrometheusText.h"

#include <QList>

namespace wscm {

// A Prometheus histogram: counts of observations at or below each upper bound, their sum
// and their count. The buckets are fixed when it is made, as Prometheus requires for a
// series' whole life.
class Histogram {
public:
    explicit Histogram(QList<double> upperBounds);

    void observe(double value);
    quint64 count() const { return m_count; }
    double sum() const { return m_sum; }

    // The _bucket (cumulative, with le="+Inf"), _sum and _count samples of `name`.
    void write(PrometheusText &out, QByteArrayView name,
               const PrometheusText::Labels &labels) const;

private:
    QList<double> m_upperBounds;
    QList<quint64> m_counts; // per bucket, not cumulative
    quint64 m_count = 0;
    double m_sum = 0;
};

} // namespace wscm
