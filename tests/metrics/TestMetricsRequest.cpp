// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "metrics/MetricsRequest.h"

#include <QTest>

using namespace wscm;
using Verdict = MetricsRequest::Verdict;

// The request head a scraper sends, judged on bytes (MetricsServer answers the verdict over a
// real socket: TestMetricsExporter).
class TestMetricsRequest : public QObject {
    Q_OBJECT
private slots:
    void verdicts_data();
    void verdicts();
    void onlyTheFirstBytesCount();
};

void TestMetricsRequest::verdicts_data() {
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<bool>("headOnly");
    QTest::newRow("metrics") << QByteArray("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
                             << Verdict::Metrics << false;
    QTest::newRow("head") << QByteArray("HEAD /metrics?x=1 HTTP/1.0\r\n\r\n") << Verdict::Metrics
                          << true;
    QTest::newRow("index") << QByteArray("GET / HTTP/1.1\r\n\r\n") << Verdict::Index << false;
    QTest::newRow("other path") << QByteArray("HEAD /x HTTP/1.1\r\n\r\n") << Verdict::NotFound
                                << true;
    QTest::newRow("post") << QByteArray("POST /metrics HTTP/1.1\r\n\r\n")
                          << Verdict::MethodNotAllowed << false;
    QTest::newRow("nonsense") << QByteArray("NONSENSE\r\n\r\n") << Verdict::BadRequest << false;
    QTest::newRow("http/2") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << Verdict::BadRequest << false;
    QTest::newRow("unfinished") << QByteArray("GET /metrics HTTP/1.1\r\nHost: x\r\n")
                                << Verdict::Incomplete << false;
    QTest::newRow("too large") << "GET /metrics HTTP/1.1\r\nX: " +
                                      QByteArray(MetricsRequest::MaxHeadBytes, 'x')
                               << Verdict::TooLarge << false;
}

void TestMetricsRequest::verdicts() {
    QFETCH(QByteArray, received);
    QFETCH(Verdict, verdict);
    QFETCH(bool, headOnly);
    const MetricsRequest::Answer answer = MetricsRequest::judge(received);
    QCOMPARE(answer.verdict, verdict);
    QCOMPARE(answer.headOnly, headOnly);
    const bool refused =
        verdict != Verdict::Incomplete && verdict != Verdict::Metrics && verdict != Verdict::Index;
    QCOMPARE(!MetricsRequest::refusal(verdict).isEmpty(), refused);
    QCOMPARE(MetricsRequest::status(verdict).isEmpty(), verdict == Verdict::Incomplete);
}

// A head that ends just past the limit is refused, whatever follows.
void TestMetricsRequest::onlyTheFirstBytesCount() {
    QByteArray head = "GET /metrics HTTP/1.1\r\nX: ";
    head += QByteArray(MetricsRequest::MaxHeadBytes - head.size() - 1, 'x');
    QCOMPARE(MetricsRequest::judge(head + "\r\n\r\n").verdict, Verdict::TooLarge);
    head.chop(2);
    QCOMPARE(MetricsRequest::judge(head + "\r\n\r\n" + QByteArray(100000, 'z')).verdict,
             Verdict::Metrics);
}

QTEST_GUILESS_MAIN(TestMetricsRequest)
#include "TestMetricsRequest.moc"
