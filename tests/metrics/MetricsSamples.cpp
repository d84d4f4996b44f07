// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "MetricsSamples.h"

MetricsSamples::MetricsSamples(const QByteArray &text) {
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        Sample sample;
        qsizetype i = 0;
        while (i < line.size() && line.at(i) != QLatin1Char('{') && line.at(i) != QLatin1Char(' '))
            ++i;
        sample.name = line.left(i);
        if (i < line.size() && line.at(i) == QLatin1Char('{')) {
            ++i;
            while (i < line.size() && line.at(i) != QLatin1Char('}')) {
                const qsizetype eq = line.indexOf(QLatin1Char('='), i);
                const QString label = line.mid(i, eq - i);
                QString value;
                i = eq + 2; // past ="
                while (i < line.size() && line.at(i) != QLatin1Char('"')) {
                    if (line.at(i) == QLatin1Char('\\') && i + 1 < line.size()) {
                        ++i;
                        value += line.at(i) == QLatin1Char('n') ? QLatin1Char('\n') : line.at(i);
                    } else {
                        value += line.at(i);
                    }
                    ++i;
                }
                sample.labels.insert(label, value);
                ++i; // past the closing quote
                if (i < line.size() && line.at(i) == QLatin1Char(','))
                    ++i;
            }
            ++i; // past }
        }
        const QString number = line.mid(i).trimmed();
        if (number == QLatin1String("+Inf"))
            sample.value = qInf();
        else
            sample.value = number.toDouble();
        m_samples.append(sample);
    }
}

QList<MetricsSamples::Sample> MetricsSamples::find(const QString &name,
                                                   const Labels &labels) const {
    QList<Sample> found;
    for (const Sample &s : m_samples) {
        if (s.name != name)
            continue;
        bool matches = true;
        for (auto it = labels.cbegin(); it != labels.cend() && matches; ++it)
            matches = s.labels.value(it.key(), QStringLiteral("\x01")) == it.value();
        if (matches)
            found.append(s);
    }
    return found;
}

std::optional<double> MetricsSamples::value(const QString &name, const Labels &labels) const {
    const QList<Sample> found = find(name, labels);
    if (found.size() != 1)
        return std::nullopt;
    return found.first().value;
}
