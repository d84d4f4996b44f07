// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FreePort.h"
#include "HttpFetch.h"
#include "LocalWebSocketServer.h"
#include "MetricsSamples.h"
#include "ProgramRun.h"
#include "ScriptedServer.h"
#include "TestCertificates.h"
#include "TestSettings.h"
#include "metrics/MetricsExporter.h"
#include "metrics/MetricsServer.h"
#include "net/Connection.h"
#include "net/ConnectionManager.h"

#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wscm;

// The exporter against real servers on 127.0.0.1, read back over real HTTP, and checked
// with Prometheus' own promtool.
class TestMetricsExporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seriesOfRealSections();
    void removedSectionLeavesNoSeries();
    void labelValuesAreEscaped();
    void httpAnswers();
    void endpoints_data();
    void endpoints();

private:
    static ProgramRun promtool(const QByteArray &text) {
        return ProgramRun::run(u"promtool"_s, {u"check"_s, u"metrics"_s}, 30000,
                               QProcessEnvironment::systemEnvironment(), text);
    }
    static ClientSettings pinging(ClientSettings s) {
        s.enablePingPongs = true;
        s.pingPongIntervalS = 1;
        s.pingPongProbes = 1;
        return s;
    }

    TestCertificates m_certs;
};

void TestMetricsExporter::initTestCase() {
    QVERIFY2(!QStandardPaths::findExecutable(u"promtool"_s).isEmpty(),
             "promtool is not installed; scripts/test installs Debian's prometheus");
    QString error;
    QVERIFY2(m_certs.create(&error), qPrintable(error));
}

void TestMetricsExporter::seriesOfRealSections() {
    LocalWebSocketServer healthy;
    QVERIFY(healthy.listen());
    LocalWebSocketServer tls;
    QVERIFY(tls.listen(
        0, LocalWebSocketServer::tlsConfiguration(m_certs.serverCert(), m_certs.serverKey())));
    ScriptedServer silent(ScriptedServer::Mode::Upgrade);
    silent.setAnswerPings(false);
    QVERIFY(silent.listen());
    const quint16 closed = FreePort::find();

    // Secrets everywhere a user can put them: password, URI userinfo, a token in the query,
    // and a proxy password.
    ClientSettings healthySettings = pinging(TestSettings::forUri(
        u"ws://alice:Uri-Secret@127.0.0.1:%1/live?token=Query-Secret"_s.arg(healthy.port()),
        u"healthy"_s));
    healthySettings.username = u"alice"_s;
    healthySettings.password = u"Pr0be-Secret"_s;
    ClientSettings tlsSettings =
        pinging(TestSettings::forUri(u"wss://localhost:%1/tls"_s.arg(tls.port()), u"tls"_s));
    tlsSettings.tlsEnabled = true;
    tlsSettings.caListFile = m_certs.caFile();
    const ClientSettings silentSettings =
        pinging(TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(silent.port()), u"silent"_s));
    const ClientSettings refusing =
        TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(closed), u"refusing"_s);
    ClientSettings proxied =
        TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(healthy.port()), u"proxied"_s);
    proxied.proxyHostText = u"127.0.0.1:%1"_s.arg(closed);
    proxied.proxyUsername = u"bob"_s;
    proxied.proxyPassword = u"Proxy-Secret"_s;

    ConnectionManager manager;
    manager.update({healthySettings, tlsSettings, silentSettings, refusing, proxied});
    MetricsExporter exporter(&manager);
    manager.startAll();

    const auto scrape = [&] {
        return MetricsSamples(exporter.render());
    };
    const auto at = [](const char *section, MetricsSamples::Labels labels = {}) {
        labels.insert(u"section"_s, QString::fromLatin1(section));
        return labels;
    };
    // Until each section has shown what it is there to show.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const MetricsSamples m = scrape();
            return m.value(u"wscm_pongs_received_total"_s, at("healthy")).value_or(0) >= 2 &&
                   m.value(u"wscm_pongs_received_total"_s, at("tls")).value_or(0) >= 1 &&
                   m.value(u"wscm_connection_failures_total"_s,
                           at("silent", {{u"stage"_s, u"ping-timeout"_s}}))
                           .value_or(0) >= 1 &&
                   m.value(u"wscm_connection_failures_total"_s,
                           at("refusing", {{u"stage"_s, u"tcp"_s}}))
                           .value_or(0) >= 2;
        }(),
        15000);
    const QByteArray text = exporter.render();
    const MetricsSamples m(text);

    for (const char *secret : {"Pr0be-Secret", "Uri-Secret", "Query-Secret", "Proxy-Secret"})
        QVERIFY2(!text.contains(secret), secret);
    const ProgramRun check = promtool(text);
    QVERIFY2(check.ok() && check.out.isEmpty() && check.err.isEmpty(), check.report());

    // The labels of a section.
    const auto up = m.find(u"wscm_up"_s, at("healthy"));
    QCOMPARE(up.size(), 1);
    QCOMPARE(up.first().labels.value(u"uri"_s), u"ws://127.0.0.1:%1/live"_s.arg(healthy.port()));
    QCOMPARE(up.first().labels.value(u"via_proxy"_s), u"false"_s);
    QCOMPARE(m.find(u"wscm_up"_s, at("proxied")).first().labels.value(u"via_proxy"_s), u"true"_s);

    // Healthy: up, one attempt, no failure, every PING answered, RTTs observed.
    QCOMPARE(m.value(u"wscm_up"_s, at("healthy")), 1.0);
    QCOMPARE(m.value(u"wscm_connection_state"_s, at("healthy", {{u"state"_s, u"connected"_s}})),
             1.0);
    QCOMPARE(m.value(u"wscm_connection_state"_s, at("healthy", {{u"state"_s, u"retrying"_s}})),
             0.0);
    QCOMPARE(m.value(u"wscm_connection_attempts_total"_s, at("healthy")), 1.0);
    for (const auto &failure : m.find(u"wscm_connection_failures_total"_s, at("healthy")))
        QCOMPARE(failure.value, 0.0);
    QCOMPARE(m.find(u"wscm_connection_failures_total"_s, at("healthy")).size(), 8);
    QVERIFY(m.find(u"wscm_last_failure_info"_s, at("healthy")).isEmpty());
    const double pongs = *m.value(u"wscm_pongs_received_total"_s, at("healthy"));
    const double sent = *m.value(u"wscm_pings_sent_total"_s, at("healthy"));
    QVERIFY2(sent >= pongs && sent <= pongs + 1, qPrintable(u"%1 %2"_s.arg(sent).arg(pongs)));
    QCOMPARE(m.value(u"wscm_pings_unanswered_total"_s, at("healthy")), 0.0);
    QCOMPARE(m.value(u"wscm_ping_rtt_seconds_count"_s, at("healthy")), pongs);
    QCOMPARE(m.value(u"wscm_ping_rtt_seconds_bucket"_s, at("healthy", {{u"le"_s, u"+Inf"_s}})),
             pongs);
    QCOMPARE(m.find(u"wscm_ping_rtt_seconds_bucket"_s, at("healthy")).size(), 17);
    QVERIFY(m.value(u"wscm_last_attempt_stage_duration_seconds"_s,
                    at("healthy", {{u"stage"_s, u"tcp"_s}}))
                .has_value());
    QVERIFY(m.value(u"wscm_last_attempt_stage_duration_seconds"_s,
                    at("healthy", {{u"stage"_s, u"upgrade"_s}}))
                .has_value());
    QVERIFY(m.find(u"wscm_last_attempt_stage_duration_seconds"_s,
                   at("healthy", {{u"stage"_s, u"tls"_s}}))
                .isEmpty());
    QVERIFY(m.find(u"wscm_tls_certificate_not_after_timestamp_seconds"_s, at("healthy")).isEmpty());

    // TLS: the server certificate's notAfter, and the TLS stage timed.
    const QList<QSslCertificate> served = QSslCertificate::fromPath(m_certs.serverCert());
    QCOMPARE(served.size(), 1);
    QCOMPARE(m.value(u"wscm_tls_certificate_not_after_timestamp_seconds"_s, at("tls")),
             double(served.first().expiryDate().toSecsSinceEpoch()));
    QVERIFY(
        m.value(u"wscm_last_attempt_stage_duration_seconds"_s, at("tls", {{u"stage"_s, u"tls"_s}}))
            .has_value());

    // Silent: PINGs went unanswered and the connection was closed for it.
    QVERIFY(*m.value(u"wscm_pings_unanswered_total"_s, at("silent")) >= 1);
    QCOMPARE(m.value(u"wscm_pongs_received_total"_s, at("silent")), 0.0);
    QCOMPARE(m.value(u"wscm_connection_failures_total"_s, at("silent", {{u"stage"_s, u"tcp"_s}})),
             0.0);
    const auto silentFailure = m.find(u"wscm_last_failure_info"_s, at("silent")).first().labels;
    QCOMPARE(silentFailure.value(u"stage"_s), u"ping-timeout"_s);
    QCOMPARE(silentFailure.value(u"cause"_s), u"ping-timeout"_s);

    // Refusing: every attempt failed at the TCP stage.
    QCOMPARE(m.value(u"wscm_up"_s, at("refusing")), 0.0);
    const double attempts = *m.value(u"wscm_connection_attempts_total"_s, at("refusing"));
    const double tcpFailures =
        *m.value(u"wscm_connection_failures_total"_s, at("refusing", {{u"stage"_s, u"tcp"_s}}));
    QVERIFY2(tcpFailures == attempts || tcpFailures == attempts - 1,
             qPrintable(u"%1 attempts, %2 failures"_s.arg(attempts).arg(tcpFailures)));
    const auto refusingFailure = m.find(u"wscm_last_failure_info"_s, at("refusing")).first().labels;
    QCOMPARE(refusingFailure.value(u"stage"_s), u"tcp"_s);
    QCOMPARE(refusingFailure.value(u"cause"_s), u"refused"_s);
    QVERIFY(m.value(u"wscm_last_failure_timestamp_seconds"_s, at("refusing")).has_value());
    manager.stopAll();
}

void TestMetricsExporter::removedSectionLeavesNoSeries() {
    const quint16 closed = FreePort::find();
    const auto a = TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(closed), u"a"_s);
    const auto b = TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(closed), u"b"_s);
    ConnectionManager manager;
    manager.update({a, b});
    MetricsExporter exporter(&manager);
    manager.startAll();
    QTRY_VERIFY(MetricsSamples(exporter.render())
                    .value(u"wscm_connection_attempts_total"_s, {{u"section"_s, u"b"_s}})
                    .value_or(0) >= 1);
    manager.update({a});
    const MetricsSamples m(exporter.render());
    QVERIFY(m.find(u"wscm_up"_s, {{u"section"_s, u"b"_s}}).isEmpty());
    QVERIFY(m.find(u"wscm_connection_attempts_total"_s, {{u"section"_s, u"b"_s}}).isEmpty());
    QCOMPARE(m.find(u"wscm_up"_s).size(), 1);
    // Back again, it counts from zero: a new series for Prometheus.
    manager.update({a, b});
    QVERIFY(MetricsSamples(exporter.render())
                .value(u"wscm_connection_attempts_total"_s, {{u"section"_s, u"b"_s}})
                .value_or(-1) <= 1);
    manager.stopAll();
}

void TestMetricsExporter::labelValuesAreEscaped() {
    // Asterisk takes almost any text between the brackets of a section name.
    const QString name = u"odd \"quoted\" \\back\\ ünï"_s;
    ConnectionManager manager;
    manager.update({TestSettings::forUri(u"ws://127.0.0.1:1/"_s, name)});
    MetricsExporter exporter(&manager);
    const QByteArray text = exporter.render();
    const ProgramRun check = promtool(text);
    QVERIFY2(check.ok() && check.err.isEmpty(), check.report());
    QCOMPARE(MetricsSamples(text).find(u"wscm_up"_s).first().labels.value(u"section"_s), name);
}

void TestMetricsExporter::httpAnswers() {
    ConnectionManager manager;
    MetricsExporter exporter(&manager);
    MetricsServer server([&exporter] { return exporter.render(); }, MetricsExporter::ContentType);
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const QString base = u"http://127.0.0.1:%1"_s.arg(server.port());

    const HttpFetch metrics = HttpFetch::get(QUrl(base + u"/metrics"_s));
    QCOMPARE(metrics.status, 200);
    QCOMPARE(metrics.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QVERIFY(metrics.body.contains("wscm_build_info{version=\"" WSCM_VERSION "\"} 1\n"));
    QCOMPARE(HttpFetch::get(QUrl(base + u"/metrics?x=1"_s)).status, 200);
    const HttpFetch head = HttpFetch::get(QUrl(base + u"/metrics"_s), "HEAD");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QVERIFY(HttpFetch::get(QUrl(base + u"/"_s)).body.contains("href=\"/metrics\""));
    QCOMPARE(HttpFetch::get(QUrl(base + u"/other"_s)).status, 404);
    QCOMPARE(HttpFetch::get(QUrl(base + u"/metrics"_s), "POST").status, 405);

    // What Qt's client cannot send: garbage, and a head that never ends.
    const auto raw = [&](const QByteArray &request) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        if (!socket.waitForConnected(5000))
            return QByteArray();
        socket.write(request);
        QByteArray answer;
        // The server answers and closes: an answer without the close is no answer.
        const bool closed = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        return closed ? answer + socket.readAll() : QByteArray();
    };
    QVERIFY(raw("NONSENSE\r\n\r\n").startsWith("HTTP/1.1 400 "));
    QVERIFY(raw("GET /metrics HTTP/1.1\r\nX: " + QByteArray(MetricsServer::MaxRequestBytes, 'x'))
                .startsWith("HTTP/1.1 431 "));
}

void TestMetricsExporter::endpoints_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address"); // empty: refused
    QTest::addColumn<int>("port");
    QTest::newRow("port only is loopback") << u"9817"_s << u"127.0.0.1"_s << 9817;
    QTest::newRow("IPv4") << u"0.0.0.0:9817"_s << u"0.0.0.0"_s << 9817;
    QTest::newRow("IPv6") << u"[::1]:9817"_s << u"::1"_s << 9817;
    QTest::newRow("localhost") << u"localhost:9817"_s << u"127.0.0.1"_s << 9817;
    QTest::newRow("bare IPv6") << u"::1:9817"_s << QString() << 0;
    QTest::newRow("host name") << u"pbx.example.com:9817"_s << QString() << 0;
    QTest::newRow("port too big") << u"70000"_s << QString() << 0;
    QTest::newRow("no port") << u"127.0.0.1"_s << QString() << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
}

void TestMetricsExporter::endpoints() {
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    QHostAddress parsed;
    quint16 parsedPort = 0;
    QString error;
    const bool ok = MetricsServer::parseEndpoint(text, &parsed, &parsedPort, &error);
    QCOMPARE(ok, !address.isEmpty());
    if (ok) {
        QCOMPARE(parsed, QHostAddress(address));
        QCOMPARE(int(parsedPort), port);
    } else {
        QVERIFY(error.contains(text.isEmpty() ? u"''"_s : text.section(u':', 0, 0)));
    }
}

QTEST_GUILESS_MAIN(TestMetricsExporter)
#include "TestMetricsExporter.moc"
