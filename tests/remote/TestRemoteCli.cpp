// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SshServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray config = "; on the PBX\n"
                          "[media]\n"
                          "type = websocket_client\n"
                          "uri = ws://127.0.0.1:1/media\n"
                          "connection_timeout = 500   ; ms\n"
                          "password = hunter2\n"
                          "#include extra.conf\n";
const QByteArray extra = "[extra]\ntype = websocket_client\nconnection_timeout = soon\n";

} // namespace

// `wscm check/get/set/unset/export` on ssh://host/path, run as the built binary against the
// test's own sshd, exactly as an admin would run them.
class TestRemoteCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void checkNamesRemoteFilesAndLines();
    void checkReadsTheNeighboursOnTheHost();
    void getReadsTheEffectiveValue();
    void setChangesOneLineOnTheHost();
    void setNewSectionGetsItsType();
    void unsetRemovesTheLine();
    void exportRedactsAndWritesRemoteCopies();
    void loginFailureIsExitTwo();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run wscm(const QStringList &args, SshServer::Client client = SshServer::Client::Trusted);
    QByteArray read(const QString &name) const;
    QString url(const QString &name) const { return m_server.url(m_dir->filePath(name)); }

    SshServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRemoteCli::initTestCase() {
    QString error;
    if (!m_server.start(&error))
        QSKIP(qPrintable(QStringLiteral("no test sshd here: ") + error));
}

void TestRemoteCli::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    for (const auto &[name, bytes] :
         {std::pair{"websocket_client.conf", config}, std::pair{"extra.conf", extra}}) {
        QFile file(m_dir->filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
}

TestRemoteCli::Run TestRemoteCli::wscm(const QStringList &args, SshServer::Client client) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WSCM_SSH_COMMAND"), m_server.sshCommand(client));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WSCM_BINARY), args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        qFatal("wscm %s did not finish", qPrintable(args.join(' ')));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray TestRemoteCli::read(const QString &name) const {
    QFile file(m_dir->filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void TestRemoteCli::checkNamesRemoteFilesAndLines() {
    const Run run = wscm({"check", url("websocket_client.conf")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(url("extra.conf").toUtf8() + ":3: error: [extra]"), run.out);
    QVERIFY(!run.out.contains("hunter2"));

    const Run json = wscm({"check", "--json", url("websocket_client.conf")});
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc.value("files").toArray(),
             (QJsonArray{url("websocket_client.conf"), url("extra.conf")}));
}

// ari.conf and extensions.conf beside the file are read on the host, through the same login,
// and their findings are named by their ssh:// places.
void TestRemoteCli::checkReadsTheNeighboursOnTheHost() {
    for (const auto &[name, bytes] :
         {std::pair{"ari.conf", QByteArray("[bot]\ntype = outbound_websocket\n"
                                           "websocket_client_id = medai\napps = bot\n"
                                           "local_ari_user = asterisk\n")},
          std::pair{"extensions.conf",
                    QByteArray("[calls]\nexten => 1,1,Dial(WebSocket/media/c(ulaw))\n")}}) {
        QFile file(m_dir->filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    const Run run = wscm({"check", url("websocket_client.conf")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(url("ari.conf").toUtf8() +
                              ":3: error: [bot] Outbound websocket invalid websocket client id "
                              "'medai'"),
             run.out);
    QVERIFY2(run.out.contains("read with it: " + url("ari.conf").toUtf8() + ", " +
                              url("extensions.conf").toUtf8()),
             run.out);
    QVERIFY(!run.out.contains("hunter2"));
}

void TestRemoteCli::getReadsTheEffectiveValue() {
    Run run = wscm({"get", url("websocket_client.conf"), "media", "connection_timeout"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("500\n"));
    run = wscm({"get", url("websocket_client.conf"), "media", "password"});
    QCOMPARE(run.out, QByteArray("********\n"));
}

void TestRemoteCli::setChangesOneLineOnTheHost() {
    const Run run =
        wscm({"set", url("websocket_client.conf"), "media", "connection_timeout", "750"});
    QVERIFY2(run.exitCode == 0, run.err);
    QByteArray expected = config;
    expected.replace("connection_timeout = 500", "connection_timeout = 750");
    QCOMPARE(read("websocket_client.conf"), expected);
    QCOMPARE(read("extra.conf"), extra);
    // Refused edits write nothing there either.
    const Run bad = wscm({"set", url("websocket_client.conf"), "media", "connection_timeout", "x"});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(read("websocket_client.conf"), expected);
    const Run included = wscm({"set", url("websocket_client.conf"), "extra", "uri", "ws://h"});
    QCOMPARE(included.exitCode, 1);
    QVERIFY2(included.err.contains("defined in " + url("extra.conf").toUtf8()), included.err);
}

void TestRemoteCli::setNewSectionGetsItsType() {
    const Run run =
        wscm({"set", url("websocket_client.conf"), "events", "uri", "ws://127.0.0.1:1/e"});
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY(read("websocket_client.conf")
                .endsWith("\n[events]\ntype = websocket_client\nuri = ws://127.0.0.1:1/e\n"));
}

void TestRemoteCli::unsetRemovesTheLine() {
    const Run run = wscm({"unset", url("websocket_client.conf"), "media", "password"});
    QVERIFY2(run.exitCode == 0, run.err);
    QByteArray expected = config;
    expected.replace("password = hunter2\n", "");
    QCOMPARE(read("websocket_client.conf"), expected);
}

void TestRemoteCli::exportRedactsAndWritesRemoteCopies() {
    Run run = wscm({"export", "--redact", url("websocket_client.conf")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("password = ********"));
    QVERIFY(!run.out.contains("hunter2"));
    run = wscm({"export", "--redact", "-o", url("support.conf"), url("websocket_client.conf")});
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY(read("support.conf").contains("password = ********"));
    QTemporaryDir here;
    run = wscm({"export", "-o", here.filePath("copy.conf"), url("websocket_client.conf")});
    QCOMPARE(run.exitCode, 0);
    QFile copy(here.filePath("copy.conf"));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), config);
}

void TestRemoteCli::loginFailureIsExitTwo() {
    for (const QStringList &args :
         {QStringList{"check", url("websocket_client.conf")},
          QStringList{"set", url("websocket_client.conf"), "media", "connection_timeout", "9"}}) {
        const Run run = wscm(args, SshServer::Client::WrongHostKey);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("does not match the one in your known_hosts"), run.err);
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(read("websocket_client.conf"), config);
}

QTEST_GUILESS_MAIN(TestRemoteCli)
#include "TestRemoteCli.moc"
