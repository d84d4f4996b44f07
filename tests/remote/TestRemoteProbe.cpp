// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConnectionMonitor.h"
#include "LocalWebSocketServer.h"
#include "SshServer.h"
#include "TcpRelay.h"
#include "net/RemoteProbe.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wscm;

// The probe run on the PBX: the built wscm, reached through the test's own sshd, probes a
// test server started here on 127.0.0.1, and its events stream back into the same model the
// views read, labelled with the host. And every way it cannot run there: no wscm, another
// event format, a refused login, a connection lost while it runs.
class TestRemoteProbe : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void eventsStreamIntoTheModel();
    void stopEndsTheProbeOnTheHost();
    void lostConnectionEndsTheProbeOnTheHost();
    void wscmMissingOnTheHost();
    void otherEventFormat_data();
    void otherEventFormat();
    void refusedLogin();
    void commandLine();

private:
    // The built wscm as the host's wscm, or a script in its place.
    void installWscm();
    void installFake(const QByteArray &script);
    // The host's `wscm probe --json` processes that read our file.
    int remoteProbes() const;
    QString url(quint16 port = 0) const { return m_server.url(m_path, port); }

    SshServer m_server;
    LocalWebSocketServer m_ws;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestRemoteProbe::initTestCase() {
    QString error;
    if (!m_server.start(&error))
        QSKIP(qPrintable(QStringLiteral("no test sshd here: ") + error));
    qputenv("WSCM_SSH_COMMAND", m_server.sshCommand().toUtf8());
    QVERIFY(m_ws.listen());
}

void TestRemoteProbe::init() {
    installWscm();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("websocket_client.conf"));
    const QByteArray config =
        "[live]\ntype = websocket_client\nuri = ws://127.0.0.1:" + QByteArray::number(m_ws.port()) +
        "/events\nconnection_type = persistent\n"
        "enable_pingpongs = yes\npingpong_interval = 1\n"
        "[refused]\ntype = websocket_client\nuri = ws://127.0.0.1:1/x\n"
        "connection_type = persistent\nreconnect_interval = 300\n";
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(config) == config.size());
}

void TestRemoteProbe::installWscm() {
    const QString target = QDir(m_server.binDir()).filePath(QStringLiteral("wscm"));
    QFile::remove(target);
    QVERIFY(QFile::link(QStringLiteral(WSCM_BINARY), target));
}

void TestRemoteProbe::installFake(const QByteArray &script) {
    QFile file(QDir(m_server.binDir()).filePath(QStringLiteral("wscm")));
    file.remove();
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n" + script);
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
}

int TestRemoteProbe::remoteProbes() const {
    int count = 0;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray words = cmdline.readAll();
        if (words.startsWith("wscm\0probe\0--json\0"_qba) && words.contains(m_path.toUtf8()))
            ++count;
    }
    return count;
}

void TestRemoteProbe::eventsStreamIntoTheModel() {
    RemoteProbe probe(ConfigLocation::parse(url()));
    probe.setSections({QStringLiteral("live"), QStringLiteral("refused")});
    ConnectionMonitor monitor(&probe);
    QSignalSpy started(&probe, &RemoteProbe::started);
    QSignalSpy failed(&probe, &RemoteProbe::failed);
    QCOMPARE(monitor.measuredFrom(), QStringLiteral("root@127.0.0.1:%1").arg(m_server.port()));
    QVERIFY(monitor.hasConnection(QStringLiteral("live")));
    probe.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
    QCOMPARE(started.first().first().toString(), QStringLiteral("wscm " WSCM_VERSION));
    // The server here saw the wscm on the host connect, and the host's PONGs come back.
    QTRY_VERIFY_WITH_TIMEOUT(m_ws.connectionCount() > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.health(QStringLiteral("live")).lastRttUs >= 0, 30000);
    const ConnectionHealth live = monitor.health(QStringLiteral("live"));
    QCOMPARE(live.state, ConnectionHealth::State::Connected);
    QVERIFY(live.connectedSince.isValid());
    QVERIFY(monitor.heartbeat(QStringLiteral("live")).contains(ConnectionMonitor::Beat::Answered));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.health(QStringLiteral("refused")).lastFailureStage,
                              ConnectionHealth::Stage::Tcp, 30000);
    QVERIFY(monitor.health(QStringLiteral("refused")).consecutiveFailures >= 1);
    QCOMPARE(failed.count(), 0);
    probe.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!probe.isRunning(), 15000);
}

void TestRemoteProbe::stopEndsTheProbeOnTheHost() {
    RemoteProbe probe(ConfigLocation::parse(url()));
    QSignalSpy finished(&probe, &RemoteProbe::finished);
    probe.start();
    QTRY_VERIFY_WITH_TIMEOUT(remoteProbes() == 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(probe.health(QStringLiteral("live")).state,
                              ConnectionHealth::State::Connected, 30000);
    probe.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    // The probe on the host ended by itself (its exit code, not a cut session's 255).
    QVERIFY(finished.first().first().toInt() != 255);
    QTRY_COMPARE_WITH_TIMEOUT(remoteProbes(), 0, 15000);
    // Nothing is measured any more; the views must not show a connection.
    QCOMPARE(probe.health(QStringLiteral("live")).state, ConnectionHealth::State::Stopped);
}

void TestRemoteProbe::lostConnectionEndsTheProbeOnTheHost() {
    TcpRelay relay(m_server.port());
    QVERIFY(relay.listen());
    QVERIFY(m_server.trustPort(relay.port()));
    RemoteProbe probe(ConfigLocation::parse(url(relay.port())));
    ConnectionMonitor monitor(&probe);
    QSignalSpy failed(&probe, &RemoteProbe::failed);
    QSignalSpy started(&probe, &RemoteProbe::started);
    probe.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(remoteProbes() == 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.health(QStringLiteral("live")).state,
                              ConnectionHealth::State::Connected, 30000);
    relay.cutNow();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QCOMPARE(failed.first().at(0).value<RemoteProbe::Failure>(), RemoteProbe::Failure::Ssh);
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("was lost")),
             qPrintable(failed.first().at(1).toString()));
    QVERIFY(!probe.isRunning());
    // The views no longer claim a connection nobody measures.
    QTRY_COMPARE(monitor.health(QStringLiteral("live")).state, ConnectionHealth::State::Stopped);
    // The host ends its probe once it sees its session gone.
    QTRY_COMPARE_WITH_TIMEOUT(remoteProbes(), 0, 30000);
}

void TestRemoteProbe::wscmMissingOnTheHost() {
    QVERIFY(QFile::remove(QDir(m_server.binDir()).filePath(QStringLiteral("wscm"))));
    RemoteProbe probe(ConfigLocation::parse(url()));
    QSignalSpy failed(&probe, &RemoteProbe::failed);
    QSignalSpy events(&probe, &RemoteProbe::eventOccurred);
    probe.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QCOMPARE(failed.first().at(0).value<RemoteProbe::Failure>(),
             RemoteProbe::Failure::NotInstalled);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("wscm is not installed on root@127.0.0.1")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("probe from this computer")), qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(!probe.isRunning(), 15000);
    QCOMPARE(events.count(), 0);
}

void TestRemoteProbe::otherEventFormat_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("newer format")
        << QByteArray("case \"$1 $2\" in\n"
                      "'--version ') echo 'wscm 9.0.0';;\n"
                      "'probe --event-format') echo 2;;\n"
                      "*) echo 'must not run' >&2; exit 9;;\n"
                      "esac\n")
        << QStringLiteral("(wscm 9.0.0) speaks event format 2; this one (wscm " WSCM_VERSION
                          ") speaks 1");
    QTest::newRow("too old to say")
        << QByteArray("case \"$1\" in\n"
                      "--version) echo 'wscm 0.0.1';;\n"
                      "*) echo \"Unknown option '$2'.\" >&2; exit 2;;\n"
                      "esac\n")
        << QStringLiteral("(wscm 0.0.1) is too old to say which event format it speaks");
}

void TestRemoteProbe::otherEventFormat() {
    QFETCH(QByteArray, script);
    QFETCH(QString, fragment);
    installFake(script);
    RemoteProbe probe(ConfigLocation::parse(url()));
    QSignalSpy failed(&probe, &RemoteProbe::failed);
    QSignalSpy finished(&probe, &RemoteProbe::finished);
    probe.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<RemoteProbe::Failure>(),
             RemoteProbe::Failure::Incompatible);
    QVERIFY2(failed.first().at(1).toString().contains(fragment),
             qPrintable(failed.first().at(1).toString()));
    // The handshake stopped it before anything ran there.
    QCOMPARE(finished.first().first().toInt(), 0);
}

void TestRemoteProbe::refusedLogin() {
    qputenv("WSCM_SSH_COMMAND", m_server.sshCommand(SshServer::Client::Stranger).toUtf8());
    RemoteProbe probe(ConfigLocation::parse(url()));
    QSignalSpy failed(&probe, &RemoteProbe::failed);
    probe.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    qputenv("WSCM_SSH_COMMAND", m_server.sshCommand().toUtf8());
    QCOMPARE(failed.first().at(0).value<RemoteProbe::Failure>(), RemoteProbe::Failure::Ssh);
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("refused the login")),
             qPrintable(failed.first().at(1).toString()));
}

void TestRemoteProbe::commandLine() {
    const auto run = [this](const QStringList &args) {
        QProcess process;
        process.start(QStringLiteral(WSCM_BINARY), QStringList{QStringLiteral("probe")} + args);
        // The test server lives in this process: keep its event loop turning.
        if (!process.waitForStarted(5000) ||
            !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            qFatal("wscm probe did not finish");
        return std::tuple{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                          QString::fromUtf8(process.readAllStandardError())};
    };
    const auto [code, out, err] = run({QStringLiteral("--once"), url(), QStringLiteral("live")});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.startsWith(
                 QStringLiteral("# measured from root@127.0.0.1:%1 (wscm ").arg(m_server.port())),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral(" live connected")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral(" live pong ")), qPrintable(out));
    QVERIFY(!out.contains(QStringLiteral("refused")));

    // A failure measured on the host gets its cause and, once, what to check.
    const auto [failing, failures, messages] =
        run({QStringLiteral("--once"), url(), QStringLiteral("refused")});
    QCOMPARE(failing, 1);
    QVERIFY2(
        failures.contains(QStringLiteral(
            " refused error [tcp] TCP connect to 127.0.0.1:1: Connection refused cause=refused")),
        qPrintable(failures));
    QCOMPARE(failures.count(QStringLiteral("\n  refused: ")), 1);

    QVERIFY(QFile::remove(QDir(m_server.binDir()).filePath(QStringLiteral("wscm"))));
    const auto [missing, none, why] = run({QStringLiteral("--once"), url()});
    QCOMPARE(missing, 2);
    QVERIFY2(why.contains(QStringLiteral("wscm is not installed on")) &&
                 why.contains(QStringLiteral("--from-here")),
             qPrintable(why));
    const auto [here, lines, ignored] = run(
        {QStringLiteral("--once"), QStringLiteral("--from-here"), url(), QStringLiteral("live")});
    QCOMPARE(here, 0);
    QVERIFY2(lines.startsWith(QStringLiteral("# measured from this computer")), qPrintable(lines));
    QVERIFY2(lines.contains(QStringLiteral(" live connected")), qPrintable(lines));
}

QTEST_GUILESS_MAIN(TestRemoteProbe)
#include "TestRemoteProbe.moc"
