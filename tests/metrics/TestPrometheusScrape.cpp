// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FreePort.h"
#include "HttpFetch.h"
#include "LocalWebSocketServer.h"
#include "ScriptedServer.h"
#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace Qt::StringLiterals;

// Debian's real Prometheus, on 127.0.0.1 with its own storage, scraping a `wscm probe
// --metrics` run against servers started here (healthy, TLS, silent, refusing), with the
// configuration, alert rules and dashboard of docs/prometheus. Every assertion goes through
// Prometheus' HTTP API, as an admin's queries and alerts would.
class TestPrometheusScrape : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthySectionIsUp();
    void silentSectionCountsAPingTimeout();
    void refusingSectionFailsAtTcp();
    void everyFamilyIsStored();
    void fleetJobReadsTheTargetFiles();
    void alertRulesEvaluateTheScrapedSeries();
    void dashboardShowsEverySection();

private:
    // The vector a PromQL query returns now: each element's labels and value.
    struct Element {
        QJsonObject labels;
        double value = 0;
    };
    QList<Element> query(const QString &promql) const;
    // Waits until `promql` returns exactly one element and `accept` takes its value.
    bool waitForValue(const QString &promql, const std::function<bool(double)> &accept,
                      Element *element = nullptr) const;
    QJsonObject api(const QString &path) const;
    QByteArray writeFile(const QString &path, QByteArray text);

    QTemporaryDir m_dir;
    TestCertificates m_certs;
    LocalWebSocketServer m_healthy;
    LocalWebSocketServer m_tls;
    ScriptedServer m_silent{ScriptedServer::Mode::Upgrade};
    QProcess m_probe;
    QProcess m_prometheus;
    quint16 m_metricsPort = 0;
    quint16 m_prometheusPort = 0;
};

QByteArray TestPrometheusScrape::writeFile(const QString &path, QByteArray text) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return text;
}

void TestPrometheusScrape::initTestCase() {
    QVERIFY2(!QStandardPaths::findExecutable(u"prometheus"_s).isEmpty(),
             "prometheus is not installed; scripts/test installs Debian's prometheus");
    QVERIFY(QFile::exists(QStringLiteral(WSCM_BINARY)));
    QString error;
    QVERIFY2(m_certs.create(&error), qPrintable(error));
    QVERIFY(m_healthy.listen());
    QVERIFY(m_tls.listen(
        0, LocalWebSocketServer::tlsConfiguration(m_certs.serverCert(), m_certs.serverKey())));
    m_silent.setAnswerPings(false);
    QVERIFY(m_silent.listen());
    const QByteArray refusingPort = QByteArray::number(FreePort::find());

    const QByteArray pings = "enable_pingpongs = yes\npingpong_interval = 1\n"
                             "pingpong_probes = 1\nconnection_type = persistent\n"
                             "reconnect_interval = 500\n";
    const QString config = m_dir.filePath(u"websocket_client.conf"_s);
    writeFile(config,
              "[healthy]\ntype = websocket_client\nuri = ws://127.0.0.1:" +
                  QByteArray::number(m_healthy.port()) + "/media\n" + pings +
                  "\n[tls]\ntype = websocket_client\nuri = wss://localhost:" +
                  QByteArray::number(m_tls.port()) +
                  "/media\ntls_enabled = yes\nca_list_file = " + m_certs.caFile().toUtf8() + "\n" +
                  pings + "\n[silent]\ntype = websocket_client\nuri = ws://127.0.0.1:" +
                  QByteArray::number(m_silent.port()) + "/media\n" + pings +
                  "\n[refusing]\ntype = websocket_client\nuri = ws://127.0.0.1:" + refusingPort +
                  "/media\nconnection_type = persistent\nreconnect_interval = 500\n");
    m_metricsPort = FreePort::find();
    m_probe.start(QStringLiteral(WSCM_BINARY),
                  {u"probe"_s, config, u"--metrics"_s, u"127.0.0.1:%1"_s.arg(m_metricsPort)});
    QVERIFY(m_probe.waitForStarted(5000));

    // The documented configuration, scraping and evaluating every second, pointed at this
    // probe: by the single-PBX job, and by the fleet job through a target file.
    const QString docs = QStringLiteral(WSCM_SOURCE_DIR "/docs/prometheus/");
    QFile documented(docs + u"prometheus.yml"_s);
    QVERIFY(documented.open(QIODevice::ReadOnly));
    QByteArray yml = documented.readAll();
    QVERIFY(yml.contains("scrape_interval: 15s") && yml.contains("127.0.0.1:9817"));
    yml.replace("scrape_interval: 15s", "scrape_interval: 1s")
        .replace("evaluation_interval: 15s", "evaluation_interval: 1s")
        .replace("127.0.0.1:9817", "127.0.0.1:" + QByteArray::number(m_metricsPort));
    writeFile(m_dir.filePath(u"prometheus/prometheus.yml"_s), yml);
    QVERIFY(
        QFile::copy(docs + u"wscm-alerts.yml"_s, m_dir.filePath(u"prometheus/wscm-alerts.yml"_s)));
    writeFile(m_dir.filePath(u"prometheus/wscm-targets/test.yml"_s),
              "- targets: [\"127.0.0.1:" + QByteArray::number(m_metricsPort) +
                  "\"]\n  labels:\n    site: test\n");
    QVERIFY(QDir().mkpath(m_dir.filePath(u"prometheus/console_libraries"_s)));

    m_prometheusPort = FreePort::find();
    m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
    m_prometheus.start(
        u"prometheus"_s,
        {u"--config.file="_s + m_dir.filePath(u"prometheus/prometheus.yml"_s),
         u"--storage.tsdb.path="_s + m_dir.filePath(u"prometheus/data"_s),
         u"--web.listen-address=127.0.0.1:%1"_s.arg(m_prometheusPort),
         u"--web.console.templates="_s + docs + u"consoles"_s,
         u"--web.console.libraries="_s + m_dir.filePath(u"prometheus/console_libraries"_s),
         u"--log.level=warn"_s});
    QVERIFY(m_prometheus.waitForStarted(5000));
    const QUrl ready(u"http://127.0.0.1:%1/-/ready"_s.arg(m_prometheusPort));
    QVERIFY2(
        QTest::qWaitFor([&] { return HttpFetch::get(ready, "GET", 1000).status == 200; }, 30000),
        m_prometheus.readAll());
}

void TestPrometheusScrape::cleanupTestCase() {
    for (QProcess *process : {&m_prometheus, &m_probe}) {
        if (process->state() == QProcess::NotRunning)
            continue;
        ::kill(static_cast<pid_t>(process->processId()), SIGTERM);
        if (!process->waitForFinished(15000))
            process->kill();
    }
}

QJsonObject TestPrometheusScrape::api(const QString &path) const {
    const HttpFetch fetch =
        HttpFetch::get(QUrl(u"http://127.0.0.1:%1/api/v1/"_s.arg(m_prometheusPort) + path));
    return QJsonDocument::fromJson(fetch.body).object();
}

QList<TestPrometheusScrape::Element> TestPrometheusScrape::query(const QString &promql) const {
    QUrlQuery parameters;
    parameters.addQueryItem(u"query"_s, QString::fromLatin1(QUrl::toPercentEncoding(promql)));
    const QJsonObject answer = api(u"query?"_s + parameters.toString(QUrl::FullyEncoded));
    QList<Element> elements;
    if (answer.value(u"status"_s).toString() != u"success"_s)
        return elements;
    for (const QJsonValue &result :
         answer.value(u"data"_s).toObject().value(u"result"_s).toArray()) {
        const QJsonObject object = result.toObject();
        elements.append({object.value(u"metric"_s).toObject(),
                         object.value(u"value"_s).toArray().at(1).toString().toDouble()});
    }
    return elements;
}

bool TestPrometheusScrape::waitForValue(const QString &promql,
                                        const std::function<bool(double)> &accept,
                                        Element *element) const {
    QList<Element> last;
    const bool ok = QTest::qWaitFor(
        [&] {
            last = query(promql);
            return last.size() == 1 && accept(last.first().value);
        },
        30000);
    if (element && !last.isEmpty())
        *element = last.first();
    if (!ok)
        qWarning("%s: %lld element(s)%s", qPrintable(promql), static_cast<long long>(last.size()),
                 last.isEmpty() ? "" : qPrintable(u", value %1"_s.arg(last.first().value)));
    return ok;
}

void TestPrometheusScrape::healthySectionIsUp() {
    QVERIFY(waitForValue(u"wscm_up{job=\"wscm\",section=\"healthy\"}"_s,
                         [](double v) { return v == 1; }));
    QVERIFY(waitForValue(u"wscm_pongs_received_total{job=\"wscm\",section=\"healthy\"}"_s,
                         [](double v) { return v >= 1; }));
    QVERIFY(waitForValue(u"up{job=\"wscm\"}"_s, [](double v) { return v == 1; }));
    Element up;
    QVERIFY(waitForValue(
        u"wscm_up{job=\"wscm\",section=\"tls\"}"_s, [](double v) { return v == 1; }, &up));
    QCOMPARE(up.labels.value(u"uri"_s).toString(), u"wss://localhost:%1/media"_s.arg(m_tls.port()));
    QCOMPARE(up.labels.value(u"via_proxy"_s).toString(), u"false"_s);
    // Days until the test certificate ends, as an alert would compute it.
    QVERIFY(waitForValue(
        u"(wscm_tls_certificate_not_after_timestamp_seconds{job=\"wscm\",section=\"tls\"} - time()) / 86400"_s,
        [](double days) { return days > 1 && days < 400; }));
}

void TestPrometheusScrape::silentSectionCountsAPingTimeout() {
    QVERIFY(waitForValue(
        u"wscm_connection_failures_total{job=\"wscm\",section=\"silent\",stage=\"ping-timeout\"}"_s,
        [](double v) { return v >= 1; }));
    QVERIFY(waitForValue(u"wscm_pings_unanswered_total{job=\"wscm\",section=\"silent\"}"_s,
                         [](double v) { return v >= 1; }));
    QVERIFY(waitForValue(u"wscm_pongs_received_total{job=\"wscm\",section=\"silent\"}"_s,
                         [](double v) { return v == 0; }));
    // It connects each time: no attempt failed before the upgrade.
    QVERIFY(waitForValue(
        u"sum(wscm_connection_failures_total{job=\"wscm\",section=\"silent\",stage=~\"resolve|tcp|proxy|tls|upgrade\"})"_s,
        [](double v) { return v == 0; }));
}

void TestPrometheusScrape::refusingSectionFailsAtTcp() {
    Element info;
    QVERIFY(waitForValue(
        u"wscm_last_failure_info{job=\"wscm\",section=\"refusing\"}"_s,
        [](double v) { return v == 1; }, &info));
    QCOMPARE(info.labels.value(u"stage"_s).toString(), u"tcp"_s);
    QCOMPARE(info.labels.value(u"cause"_s).toString(), u"refused"_s);
    QVERIFY(waitForValue(
        u"wscm_connection_failures_total{job=\"wscm\",section=\"refusing\",stage=\"tcp\"}"_s,
        [](double v) { return v >= 2; }));
    QVERIFY(waitForValue(u"wscm_up{job=\"wscm\",section=\"refusing\"}"_s,
                         [](double v) { return v == 0; }));
    QVERIFY(waitForValue(
        u"wscm_connection_state{job=\"wscm\",section=\"refusing\",state=~\"retrying|connecting\"} == 1"_s,
        [](double v) { return v == 1; }));
}

void TestPrometheusScrape::everyFamilyIsStored() {
    const QStringList families = {
        u"wscm_build_info"_s,
        u"wscm_config_sections"_s,
        u"wscm_config_retained_sections"_s,
        u"wscm_config_last_reload_successful"_s,
        u"wscm_config_last_reload_timestamp_seconds"_s,
        u"wscm_config_last_reload_success_timestamp_seconds"_s,
        u"wscm_config_reloads_total"_s,
        u"wscm_up"_s,
        u"wscm_connection_state"_s,
        u"wscm_connection_attempts_total"_s,
        u"wscm_connection_failures_total"_s,
        u"wscm_last_failure_info"_s,
        u"wscm_last_failure_timestamp_seconds"_s,
        u"wscm_pings_sent_total"_s,
        u"wscm_pongs_received_total"_s,
        u"wscm_pings_unanswered_total"_s,
        u"wscm_pings_outstanding"_s,
        u"wscm_ping_rtt_seconds_bucket"_s,
        u"wscm_ping_rtt_seconds_sum"_s,
        u"wscm_ping_rtt_seconds_count"_s,
        u"wscm_last_attempt_stage_duration_seconds"_s,
        u"wscm_tls_certificate_not_after_timestamp_seconds"_s,
    };
    for (const QString &family : families)
        QVERIFY2(
            waitForValue(u"count(%1{job=\"wscm\"})"_s.arg(family), [](double v) { return v >= 1; }),
            qPrintable(family));
    QVERIFY(waitForValue(u"wscm_config_sections{job=\"wscm\",verdict=\"valid\"}"_s,
                         [](double v) { return v == 4; }));
    QVERIFY(waitForValue(u"wscm_config_last_reload_successful{job=\"wscm\"}"_s,
                         [](double v) { return v == 1; }));
    // The RTT histogram answers the question it is there for.
    QVERIFY(waitForValue(
        u"histogram_quantile(0.5, rate(wscm_ping_rtt_seconds_bucket{job=\"wscm\",section=\"healthy\"}[1m]))"_s,
        [](double seconds) { return seconds >= 0 && seconds <= 1; }));
}

void TestPrometheusScrape::fleetJobReadsTheTargetFiles() {
    QVERIFY(waitForValue(u"count(wscm_up{job=\"wscm-fleet\",site=\"test\"})"_s,
                         [](double v) { return v == 4; }));
}

void TestPrometheusScrape::alertRulesEvaluateTheScrapedSeries() {
    // Every rule of docs/prometheus/wscm-alerts.yml loaded and evaluates without error.
    QVERIFY(QTest::qWaitFor(
        [&] {
            int healthy = 0;
            for (const QJsonValue &group :
                 api(u"rules"_s).value(u"data"_s).toObject().value(u"groups"_s).toArray()) {
                for (const QJsonValue &rule : group.toObject().value(u"rules"_s).toArray()) {
                    const QJsonObject r = rule.toObject();
                    if (r.value(u"health"_s).toString() == u"ok"_s &&
                        !r.value(u"lastEvaluation"_s).toString().startsWith(u"0001"_s))
                        ++healthy;
                }
            }
            return healthy == 5;
        },
        30000));
    // The refusing section is on its way to WscmSectionDown (pending for 5 minutes); the
    // healthy one is not.
    QVERIFY(QTest::qWaitFor(
        [&] {
            QStringList down;
            for (const QJsonValue &alert :
                 api(u"alerts"_s).value(u"data"_s).toObject().value(u"alerts"_s).toArray()) {
                const QJsonObject a = alert.toObject();
                const QJsonObject labels = a.value(u"labels"_s).toObject();
                if (labels.value(u"alertname"_s).toString() == u"WscmSectionDown"_s &&
                    labels.value(u"job"_s).toString() == u"wscm"_s)
                    down << labels.value(u"section"_s).toString();
            }
            return down.contains(u"refusing"_s) && !down.contains(u"healthy"_s);
        },
        30000));
}

void TestPrometheusScrape::dashboardShowsEverySection() {
    // Once the data is there, Prometheus renders the console from docs/prometheus/consoles.
    QVERIFY(waitForValue(u"wscm_last_failure_info{job=\"wscm\",section=\"silent\"}"_s,
                         [](double v) { return v == 1; }));
    const HttpFetch page =
        HttpFetch::get(QUrl(u"http://127.0.0.1:%1/consoles/wscm.html"_s.arg(m_prometheusPort)));
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    const auto row = [&](const QString &section) {
        const QRegularExpression tr(u"<tr class=\"(up|down)\" data-section=\""_s + section +
                                        u"\" data-job=\"wscm\">(.*?)</tr>"_s,
                                    QRegularExpression::DotMatchesEverythingOption);
        return tr.match(html);
    };
    const auto healthy = row(u"healthy"_s);
    QVERIFY2(healthy.hasMatch(), qPrintable(html));
    QCOMPARE(healthy.captured(1), u"up"_s);
    QVERIFY(healthy.captured(2).contains(u"<td class=\"state\">connected</td>"_s));
    const auto refusing = row(u"refusing"_s);
    QVERIFY2(refusing.hasMatch(), qPrintable(html));
    QCOMPARE(refusing.captured(1), u"down"_s);
    QVERIFY(refusing.captured(2).contains(u"<td class=\"failure\">tcp: refused</td>"_s));
    QVERIFY(row(u"silent"_s)
                .captured(2)
                .contains(u"<td class=\"failure\">ping-timeout: ping-timeout</td>"_s));
    QVERIFY(row(u"tls"_s).hasMatch());
    QVERIFY(html.contains(u"<td class=\"valid\">4</td>"_s));
}

QTEST_GUILESS_MAIN(TestPrometheusScrape)
#include "TestPrometheusScrape.moc"
