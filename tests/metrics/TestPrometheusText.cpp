// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "MetricsSamples.h"
#include "metrics/Histogram.h"
#include "metrics/PrometheusText.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace wscm;

// The pieces of the exposition format: numbers, families, histograms.
class TestPrometheusText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void values_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("integer") << 42.0 << QByteArray("42");
        QTest::newRow("unix time in ms") << 1795699206.161 << QByteArray("1795699206.161");
        QTest::newRow("shortest") << 0.1 << QByteArray("0.1");
        QTest::newRow("small") << 0.0025 << QByteArray("0.0025");
        QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
        QTest::newRow("+Inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
        QTest::newRow("-Inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
    }
    void values() {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(PrometheusText::formatValue(value), text);
    }

    void familiesAndEscapes() {
        PrometheusText out;
        out.family("x_total", PrometheusText::Type::Counter, "Help with \\ and\nline.");
        out.sample("x_total", {{"a", u"q\"b\\n\nz"_s}, {"b", u"2"_s}}, 3);
        QCOMPARE(out.text(), QByteArray("# HELP x_total Help with \\\\ and\\nline.\n"
                                        "# TYPE x_total counter\n"
                                        "x_total{a=\"q\\\"b\\\\n\\nz\",b=\"2\"} 3\n"));
    }

    void histogramBucketsAreCumulative() {
        Histogram h({0.5, 0.1, 1}); // sorted on the way in
        for (double v : {0.05, 0.1, 0.3, 0.7, 5.0})
            h.observe(v);
        PrometheusText out;
        h.write(out, "rtt_seconds", {{"s", u"x"_s}});
        const MetricsSamples m(out.text());
        const auto bucket = [&](const char *le) {
            return m.value(u"rtt_seconds_bucket"_s, {{u"le"_s, QString::fromLatin1(le)}});
        };
        QCOMPARE(bucket("0.1"), 2.0); // le is "less than or equal"
        QCOMPARE(bucket("0.5"), 3.0);
        QCOMPARE(bucket("1"), 4.0);
        QCOMPARE(bucket("+Inf"), 5.0);
        QCOMPARE(m.value(u"rtt_seconds_count"_s), 5.0);
        QCOMPARE(m.value(u"rtt_seconds_sum"_s), 6.15);
        QCOMPARE(m.find(u"rtt_seconds_bucket"_s).constFirst().labels.value(u"s"_s), u"x"_s);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "TestPrometheusText.moc"
