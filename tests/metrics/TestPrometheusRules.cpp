// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ProgramRun.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// docs/prometheus as Prometheus' own tool judges it: the alert rules load and pass their
// unit tests, and the example configuration is valid.
class TestPrometheusRules : public QObject {
    Q_OBJECT
private:
    static QString docs(const QString &name) {
        return QStringLiteral(WSCM_SOURCE_DIR "/docs/prometheus/") + name;
    }
    static ProgramRun promtool(const QStringList &arguments) {
        return ProgramRun::run(u"promtool"_s, arguments, 60000);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!QStandardPaths::findExecutable(u"promtool"_s).isEmpty(),
                 "promtool is not installed; scripts/test installs Debian's prometheus");
    }

    void rulesLoad() {
        const ProgramRun run = promtool({u"check"_s, u"rules"_s, docs(u"wscm-alerts.yml"_s)});
        QVERIFY2(run.ok() && run.out.contains("SUCCESS: 5 rules found"), run.report());
        QVERIFY2(!run.out.contains("WARNING") && !run.err.contains("WARNING"), run.report());
    }

    void rulesPassTheirTests() {
        const ProgramRun run = promtool({u"test"_s, u"rules"_s, docs(u"wscm-alerts.test.yml"_s)});
        QVERIFY2(run.ok() && run.out.contains("SUCCESS"), run.report());
        // Every alert of the rules file has a test that makes it fire.
        for (const char *alert :
             {"WscmSectionDown", "WscmPongsMissing", "WscmCertificateExpiringSoon",
              "WscmConfigInvalid", "WscmProbeDown"}) {
            QFile tests(docs(u"wscm-alerts.test.yml"_s));
            QVERIFY(tests.open(QIODevice::ReadOnly));
            QVERIFY2(tests.readAll().contains(QByteArray("alertname: ") + alert), alert);
        }
    }

    void exampleConfigurationIsValid() {
        const ProgramRun run = promtool({u"check"_s, u"config"_s, docs(u"prometheus.yml"_s)});
        QVERIFY2(run.ok(), run.report());
        QVERIFY2(!run.out.contains("WARNING") && !run.err.contains("WARNING"), run.report());
    }
};

QTEST_GUILESS_MAIN(TestPrometheusRules)
#include "TestPrometheusRules.moc"
