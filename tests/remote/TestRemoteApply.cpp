// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

// `wscm apply ssh://…`, run as the built binary against the test's own sshd, with a stand-in
// `asterisk` on the remote login's PATH playing back a recorded reload's answer: the reload
// runs on the file's host, through the same OpenSSH login as the file.

#include "../cli/CliRun.h"
#include "SshServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestRemoteApply : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reloadsOnTheFilesHost();
    void sshFailingReloadsNothing();
    void connectionLostBeforeTheReload();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run apply(const QStringList &args, const QString &sshCommand);
    Run apply(const QStringList &args, SshServer::Client client = SshServer::Client::Trusted) {
        return apply(args, m_server.sshCommand(client));
    }
    QByteArray calls() const;

    SshServer m_server;
    QTemporaryDir m_dir;
};

void TestRemoteApply::initTestCase() {
    QString error;
    if (!m_server.start(&error))
        QSKIP(qPrintable(QStringLiteral("no test sshd here: ") + error));
    const QJsonObject expected =
        QJsonDocument::fromJson([] {
            QFile f(QStringLiteral(WSCM_SOURCE_DIR
                                   "/tests/parity/reload/cases/change-field/expected.json"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }())
            .object();
    const QByteArray answer = expected[u"cli"].toString().toUtf8();
    QVERIFY(!answer.isEmpty());
    // Records its arguments and whether it runs in an SSH login, then answers as recorded.
    QVERIFY(CliRun::installAsterisk(m_server.binDir(), m_dir.filePath(QStringLiteral("calls")),
                                    answer, 0, {}, {}, true));
    QFile::remove(m_dir.filePath(QStringLiteral("websocket_client.conf")));
    QVERIFY(QFile::copy(QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/reload/cases/change-field/"
                                                       "after/websocket_client.conf"),
                        m_dir.filePath(QStringLiteral("websocket_client.conf"))));
}

TestRemoteApply::Run TestRemoteApply::apply(const QStringList &args, const QString &sshCommand) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WSCM_SSH_COMMAND"), sshCommand);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    // No asterisk on this side: only the remote one can answer.
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WSCM_BINARY), QStringList{QStringLiteral("apply")} + args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        qFatal("wscm apply did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray TestRemoteApply::calls() const {
    QFile file(m_dir.filePath(QStringLiteral("calls")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestRemoteApply::reloadsOnTheFilesHost() {
    const Run run = apply({m_server.url(m_dir.filePath(QStringLiteral("websocket_client.conf")))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(calls(), QByteArray("-rx module reload res_websocket_client via-ssh=yes\n"));
    const QByteArray host = "root@127.0.0.1:" + QByteArray::number(m_server.port());
    QVERIFY2(run.out.contains("Asterisk on " + host +
                              " answered: Module 'res_websocket_client' reloaded successfully."),
             run.out.constData());
    QVERIFY2(run.out.contains("reloaded; not confirmed (no ARI (http.conf cannot be read"),
             run.out.constData());
}

void TestRemoteApply::sshFailingReloadsNothing() {
    QFile::remove(m_dir.filePath(QStringLiteral("calls")));
    // The file is read first: a key the server refuses stops apply before any reload.
    const Run run = apply({m_server.url(m_dir.filePath(QStringLiteral("websocket_client.conf")))},
                          SshServer::Client::Stranger);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("refused the login"), run.err.constData());
    QCOMPARE(calls(), QByteArray());
}

void TestRemoteApply::connectionLostBeforeTheReload() {
    QFile::remove(m_dir.filePath(QStringLiteral("calls")));
    // The real ssh for reading the file; the connection that would reload drops as ssh
    // reports it (exit 255).
    const QString wrapper = m_server.sshCommandDroppingOn("module reload");
    QVERIFY(!wrapper.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("websocket_client.conf"));
    const QByteArray before = [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const Run run = apply({m_server.url(file)}, wrapper);
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains("nothing was reloaded: the SSH connection to root@127.0.0.1:"),
             run.err.constData());
    QVERIFY2(run.err.contains("was lost (Connection closed by 127.0.0.1 port 22)"),
             run.err.constData());
    QCOMPARE(calls(), QByteArray());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // never touched
}

QTEST_GUILESS_MAIN(TestRemoteApply)
#include "TestRemoteApply.moc"
