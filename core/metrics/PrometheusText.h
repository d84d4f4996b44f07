// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace wscm {

// Writes Prometheus' text exposition format (version 0.0.4), one metric family at a time:
// HELP and TYPE first, then its samples, label values escaped, numbers in the format the
// Prometheus parser and `promtool check metrics` accept.
class PrometheusText {
public:
    enum class Type { Counter, Gauge, Histogram };
    using Labels = QList<std::pair<QByteArray, QString>>;

    // Starts a family: its HELP and TYPE lines. In this format a counter's family has the
    // name of its samples (with _total); a histogram's is the base of its _bucket, _sum and
    // _count samples.
    void family(QByteArrayView name, Type type, QByteArrayView help);
    // One sample line: `name` is the full sample name (e.g. "x_total", "y_bucket").
    void sample(QByteArrayView name, const Labels &labels, double value);

    const QByteArray &text() const { return m_text; }

    static QByteArray escapeLabelValue(const QString &value);
    // Integers as integers, others with enough digits to read back the same double;
    // +Inf, -Inf and NaN as Prometheus spells them.
    static QByteArray formatValue(double value);

private:
    QByteArray m_text;
};

} // namespace wscm
