// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// The samples of a Prometheus text exposition, read back for assertions: each line's name,
// labels and value (HELP and TYPE lines skipped; a test runs promtool for the format).
class MetricsSamples {
public:
    using Labels = QMap<QString, QString>;
    struct Sample {
        QString name;
        Labels labels;
        double value = 0;
    };

    explicit MetricsSamples(const QByteArray &text);

    // The samples named `name` whose labels include every pair of `labels`.
    QList<Sample> find(const QString &name, const Labels &labels = {}) const;
    // The value of the one such sample; empty when there is none or more than one.
    std::optional<double> value(const QString &name, const Labels &labels = {}) const;
    const QList<Sample> &all() const { return m_samples; }

private:
    QList<Sample> m_samples;
};
