// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FreePort.h"
#include "HttpFetch.h"
#include "LocalWebSocketServer.h"
#include "MetricsSamples.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// `wscm probe --metrics` as a service runs it: the built binary, scraped over HTTP while its
// config file is edited under it.
class TestProbeMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void followsTheFileAndReportsIt();
    void keepsServingAFileWithoutValidSection();
    void refusesBadMetricsArguments();

private:
    QByteArray section(const QByteArray &name, const QByteArray &path,
                       const QByteArray &extra = {}) const {
        return "[" + name + "]\ntype = websocket_client\nuri = ws://127.0.0.1:" +
               QByteArray::number(m_server.port()) + "/" + path +
               "\nconnection_type = persistent\nreconnect_interval = 200\n" + extra;
    }
    void write(const QByteArray &text) {
        QFile file(m_config);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    }
    // Starts the probe on the config with metrics on a free port; the metrics answer first.
    bool start(QProcess &probe, const QStringList &extra = {}) {
        m_port = FreePort::find();
        probe.start(QStringLiteral(WSCM_BINARY),
                    QStringList{u"probe"_s, m_config, u"--metrics"_s, QString::number(m_port)} +
                        extra);
        return probe.waitForStarted(5000) &&
               QTest::qWaitFor([&] { return HttpFetch::get(metricsUrl(), "GET", 1000).status; },
                               10000);
    }
    QUrl metricsUrl() const { return QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(m_port)); }
    MetricsSamples scrape() const { return MetricsSamples(HttpFetch::get(metricsUrl()).body); }
    // Waits until the metrics satisfy `condition`.
    bool waitFor(const std::function<bool(const MetricsSamples &)> &condition) const {
        return QTest::qWaitFor([&] { return condition(scrape()); }, 15000);
    }
    static void stop(QProcess &probe) {
        ::kill(static_cast<pid_t>(probe.processId()), SIGTERM);
        if (!probe.waitForFinished(10000))
            probe.kill();
    }
    // The --json events of the probe so far.
    static QList<QJsonObject> events(QProcess &probe, QList<QJsonObject> *seen) {
        for (const QByteArray &line : probe.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                seen->append(QJsonDocument::fromJson(line).object());
        }
        return *seen;
    }
    static const QJsonObject *lastOf(const QList<QJsonObject> &events, const QString &kind) {
        for (qsizetype i = events.size() - 1; i >= 0; --i) {
            if (events.at(i).value(u"event"_s).toString() == kind)
                return &events.at(i);
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_config;
    LocalWebSocketServer m_server;
    quint16 m_port = 0;
};

void TestProbeMetrics::initTestCase() {
    QVERIFY(QFile::exists(QStringLiteral(WSCM_BINARY)));
    QVERIFY(m_server.listen());
    m_config = m_dir.filePath(u"websocket_client.conf"_s);
}

void TestProbeMetrics::followsTheFileAndReportsIt() {
    write(section("one", "a") + section("two", "b"));
    QProcess probe;
    QVERIFY(start(probe, {u"--json"_s}));
    const auto up = [](const char *name) {
        return [name](const MetricsSamples &m) {
            return m.value(u"wscm_up"_s, {{u"section"_s, QString::fromLatin1(name)}}) == 1.0;
        };
    };
    QVERIFY(waitFor(up("one")));
    QVERIFY(waitFor(up("two")));
    MetricsSamples m = scrape();
    QCOMPARE(m.value(u"wscm_config_sections"_s, {{u"verdict"_s, u"valid"_s}}), 2.0);
    QCOMPARE(m.value(u"wscm_config_last_reload_successful"_s), 1.0);
    const int connections = m_server.connectionCount();
    QCOMPARE(connections, 2);

    // An edit to two: only two reconnects; three is added.
    write(section("one", "a") + section("two", "b2") + section("three", "c"));
    QVERIFY(waitFor(up("three")));
    QVERIFY(waitFor([](const MetricsSamples &s) {
        return s.value(u"wscm_config_reloads_total"_s, {{u"result"_s, u"success"_s}}) == 1.0;
    }));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.connectionCount(), connections + 2, 10000);
    QList<QJsonObject> seen;
    const QJsonObject *reload = lastOf(events(probe, &seen), u"config_reloaded"_s);
    QVERIFY(reload);
    QCOMPARE(reload->value(u"changed"_s).toVariant().toStringList(), QStringList({u"two"_s}));
    QCOMPARE(reload->value(u"added"_s).toVariant().toStringList(), QStringList({u"three"_s}));
    const auto twoUri = [&] {
        return scrape()
            .find(u"wscm_up"_s, {{u"section"_s, u"two"_s}})
            .value(0)
            .labels.value(u"uri"_s);
    };
    QVERIFY(twoUri().endsWith(u"/b2"_s));

    // two becomes invalid: it keeps running on its previous settings, as Asterisk keeps it.
    write(section("one", "a") + section("two", "b3", "connection_type = sometimes\n") +
          section("three", "c"));
    QVERIFY(waitFor([](const MetricsSamples &s) {
        return s.value(u"wscm_config_retained_sections"_s) == 1.0;
    }));
    m = scrape();
    QCOMPARE(m.value(u"wscm_config_last_reload_successful"_s), 0.0);
    QCOMPARE(m.value(u"wscm_config_sections"_s, {{u"verdict"_s, u"invalid"_s}}), 1.0);
    QCOMPARE(m.value(u"wscm_config_reloads_total"_s, {{u"result"_s, u"failure"_s}}), 1.0);
    QVERIFY(twoUri().endsWith(u"/b2"_s));
    QCOMPARE(m.value(u"wscm_up"_s, {{u"section"_s, u"two"_s}}), 1.0);
    reload = lastOf(events(probe, &seen), u"config_reloaded"_s);
    QCOMPARE(reload->value(u"retained"_s).toVariant().toStringList(), QStringList({u"two"_s}));

    // A file that no longer parses: everything keeps running, the error is an event.
    write(section("one", "a") + "[broken\n");
    QVERIFY(waitFor([](const MetricsSamples &s) {
        return s.value(u"wscm_config_reloads_total"_s, {{u"result"_s, u"failure"_s}}) == 2.0;
    }));
    m = scrape();
    QCOMPARE(m.find(u"wscm_up"_s).size(), 3);
    QCOMPARE(m.value(u"wscm_config_retained_sections"_s), 3.0);
    QTRY_VERIFY(lastOf(events(probe, &seen), u"config_rejected"_s));
    QVERIFY(!lastOf(seen, u"config_rejected"_s)->value(u"detail"_s).toString().isEmpty());

    // SIGHUP reads the file again (unchanged: no reload) and does not end the probe.
    ::kill(static_cast<pid_t>(probe.processId()), SIGHUP);
    // The answer comes from the probe's event loop, which runs after the signal was handled.
    QCOMPARE(HttpFetch::get(metricsUrl()).status, 200);
    QCOMPARE(probe.state(), QProcess::Running);

    stop(probe);
    QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
    const QByteArray err = probe.readAllStandardError();
    QVERIFY2(err.contains("metrics on http://127.0.0.1:" + QByteArray::number(m_port) + "/metrics"),
             err);
    QVERIFY2(err.contains("[two] Error parsing connection_type=sometimes"), err);
}

void TestProbeMetrics::keepsServingAFileWithoutValidSection() {
    write(section("only", "x", "connection_type = sometimes\n"));
    QProcess probe;
    QVERIFY(start(probe));
    MetricsSamples m = scrape();
    QCOMPARE(m.value(u"wscm_config_sections"_s, {{u"verdict"_s, u"invalid"_s}}), 1.0);
    QCOMPARE(m.value(u"wscm_config_last_reload_successful"_s), 0.0);
    QVERIFY(m.find(u"wscm_up"_s).isEmpty());
    // Fixed: the section starts.
    write(section("only", "x"));
    QVERIFY(waitFor([](const MetricsSamples &s) {
        return s.value(u"wscm_up"_s, {{u"section"_s, u"only"_s}}) == 1.0;
    }));
    QCOMPARE(scrape().value(u"wscm_config_last_reload_successful"_s), 1.0);
    stop(probe);
    // Every section of the last reading connected.
    QCOMPARE(probe.exitCode(), 0);
}

void TestProbeMetrics::refusesBadMetricsArguments() {
    write(section("one", "a"));
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost));
    const QList<std::pair<QStringList, QByteArray>> cases = {
        {{u"--metrics"_s, u"nonsense"_s}, "is not ADDRESS:PORT"},
        {{u"--metrics"_s, u"pbx.example.com:9817"_s}, "is not an IP address"},
        {{u"--metrics"_s, u"9817"_s, u"--once"_s}, "does not go with --once"},
        {{u"--metrics"_s, QString::number(busy.serverPort())}, "cannot serve metrics on"},
    };
    for (const auto &[arguments, message] : cases) {
        QProcess probe;
        probe.start(QStringLiteral(WSCM_BINARY), QStringList{u"probe"_s, m_config} + arguments);
        QVERIFY(probe.waitForStarted(5000));
        QVERIFY(QTest::qWaitFor([&] { return probe.state() == QProcess::NotRunning; }, 10000));
        const QByteArray err = probe.readAllStandardError();
        QVERIFY2(probe.exitCode() == 2 && err.contains(message),
                 qPrintable(arguments.join(u' ') + u": "_s + QString::fromUtf8(err)));
    }
}

QTEST_GUILESS_MAIN(TestProbeMetrics)
#include "TestProbeMetrics.moc"
