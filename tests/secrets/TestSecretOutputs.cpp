// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EchoingServer.h"
#include "SecretFixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Secrets written every way Asterisk reads them go through every output of the command line,
// run as the built binary: export --redact (to standard output and to a file), check (text
// and --json), get, and probe (event lines, --json events and the live table on a terminal)
// against a server that quotes the credentials it was sent. None may show a secret.
class TestSecretOutputs : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    EchoingServer m_server;
    QString m_path;
    QStringList m_secrets;

    // Runs wscm while this thread's event loop keeps the echoing server answering.
    Run run(const QString &program, const QStringList &args) {
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(program, args);
        if (!finished.wait(60000))
            qFatal("%s %s did not finish", qPrintable(program), qPrintable(args.join(' ')));
        if (p.exitStatus() != QProcess::NormalExit)
            qFatal("%s %s crashed", qPrintable(program), qPrintable(args.join(' ')));
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    Run wscm(const QStringList &args) { return run(QStringLiteral(WSCM_BINARY), args); }

    void verifyNoSecret(const Run &r, const char *what) {
        for (const QByteArray &output : {r.out, r.err}) {
            const QString leaked = SecretFixture::leak(output, m_secrets);
            QVERIFY2(leaked.isEmpty(), qPrintable(QStringLiteral("%1 shows '%2':\n%3")
                                                      .arg(QLatin1StringView(what), leaked,
                                                           QString::fromUtf8(output))));
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_path = m_dir.filePath(QStringLiteral("websocket_client.conf"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SecretFixture::config(m_server.port()));
        file.close();
        QString error;
        m_secrets = SecretFixture::secrets(m_path, &error);
        QVERIFY2(!m_secrets.isEmpty(), qPrintable(error));
    }

    void exportRedact() {
        const Run out = wscm({QStringLiteral("export"), QStringLiteral("--redact"), m_path});
        QCOMPARE(out.exitCode, 0);
        verifyNoSecret(out, "export --redact");
        QVERIFY(out.out.contains("password = ********\r\n"));
        // Everything else stays: as many lines, and the lines without secrets as they were.
        QCOMPARE(out.out.count("\r\n"), SecretFixture::config(m_server.port()).count("\r\n"));
        QVERIFY(out.out.contains("[stray](tpl)\r\nuri = ws://127.0.0.1:"));

        const QString copy = m_dir.filePath(QStringLiteral("redacted.conf"));
        QCOMPARE(wscm({QStringLiteral("export"), QStringLiteral("--redact"), QStringLiteral("-o"),
                       copy, m_path})
                     .exitCode,
                 0);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QCOMPARE(written, out.out);
    }

    void check() {
        const Run text = wscm({QStringLiteral("check"), m_path});
        verifyNoSecret(text, "check");
        QVERIFY(text.out.contains("client objects"));
        const Run json = wscm({QStringLiteral("check"), QStringLiteral("--json"), m_path});
        verifyNoSecret(json, "check --json");
        QVERIFY(json.out.contains("\"password\": \"********\""));
        QVERIFY(json.out.contains("ws://carol:********@127.0.0.1:"));
    }

    void get_data() {
        QTest::addColumn<QString>("section");
        for (const QString &section : SecretFixture::sections())
            QTest::newRow(qPrintable(section)) << section;
    }
    void get() {
        QFETCH(QString, section);
        for (const char *option : {"password", "proxy_password", "uri"}) {
            const Run r = wscm({QStringLiteral("get"), m_path, section, QLatin1StringView(option)});
            verifyNoSecret(r, option);
        }
    }
    void getShowsMasks() {
        const QString password = QStringLiteral("password");
        for (const char *section :
             {"escaped", "continued", "arrow", "inherited", "blockc", "stray"})
            QCOMPARE(
                wscm({QStringLiteral("get"), m_path, QLatin1StringView(section), password}).out,
                QByteArray("********\n"));
        const Run uri =
            wscm({QStringLiteral("get"), m_path, QStringLiteral("split"), QStringLiteral("uri")});
        QVERIFY2(uri.out.startsWith("ws://carol:********@127.0.0.1:"), uri.out.constData());
    }

    void probeLines() {
        const int before = m_server.refusals();
        const Run r = wscm({QStringLiteral("probe"), QStringLiteral("--once"),
                            QStringLiteral("--duration"), QStringLiteral("30"), m_path});
        verifyNoSecret(r, "probe");
        // Every client was refused with its credentials quoted, and the quote was shown.
        QVERIFY2(m_server.refusals() >= before + int(SecretFixture::sections().size()),
                 r.out.constData());
        QVERIFY2(r.out.contains("HTTP 403 Forbidden credentials ********"), r.out.constData());
        QVERIFY2(r.out.contains("proxy credentials ********"), r.out.constData());
    }

    void probeJson() {
        const Run r =
            wscm({QStringLiteral("probe"), QStringLiteral("--once"), QStringLiteral("--json"),
                  QStringLiteral("--duration"), QStringLiteral("30"), m_path});
        verifyNoSecret(r, "probe --json");
        QVERIFY2(r.out.contains("HTTP 403 Forbidden credentials ********"), r.out.constData());
    }

    void probeTable() {
        // The live table is drawn only on a terminal: script(1) gives the probe one.
        const QString command = QStringLiteral("'%1' probe --once --duration 30 '%2'")
                                    .arg(QStringLiteral(WSCM_BINARY), m_path);
        const Run r = run(QStringLiteral("script"),
                          {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        verifyNoSecret(r, "probe's table");
        QVERIFY2(r.out.contains("LAST ERROR"), r.out.constData());
        QVERIFY2(r.out.contains("Forbidden credentials ********"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestSecretOutputs)
#include "TestSecretOutputs.moc"
