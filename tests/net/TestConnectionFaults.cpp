// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EngineTestMain.h"
#include "EventRecorder.h"
#include "FreePort.h"
#include "ScriptedServer.h"
#include "TestSettings.h"
#include "net/Connection.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace Qt::StringLiterals;
using wscm::Connection;
using wscm::ConnectionEvent;
using wscm::FailureCause;
using Kind = wscm::ConnectionEvent::Kind;
using Stage = wscm::ConnectionHealth::Stage;

namespace {

const QString secret = u"s3cret-Pa55"_s;
const QString proxySecret = u"pr0xy-Pa55"_s;

// The kernel's high-water mark of this process's memory: it answers "was the whole frame ever
// held" without trusting anything the client says about itself.
qint64 peakRssKb() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

// The connecting rows of docs/FAULTS.md that the other net tests do not already prove: each
// fault is made real here (a namespace without DNS, a dead proxy port, servers that misbehave
// on purpose), and each check covers the stage named, the retry rule, and that no secret
// leaks into what the user is shown.
class TestConnectionFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dnsFailureInANamespaceFailsAtResolve();
    void proxyDownFailsAtTcpNamingTheProxy();
    void proxyBadGatewayFailsAtProxyAndGivesUp();
    void serverClosingRightAfterUpgradeIsRetried();
    void garbageInsteadOfHttpFailsAtUpgrade();
    void hundredMegabyteFrameIsRefusedWithoutBufferingIt();

private:
    static wscm::ClientSettings withSecrets(const QString &uri);
    static void verifyNoSecret(const EventRecorder &events, const Connection &connection);
};

wscm::ClientSettings TestConnectionFaults::withSecrets(const QString &uri) {
    auto settings = TestSettings::forUri(uri);
    settings.username = u"asterisk"_s;
    settings.password = secret;
    return settings;
}

void TestConnectionFaults::verifyNoSecret(const EventRecorder &events,
                                          const Connection &connection) {
    const QString shown = events.transcript() + connection.health().lastFailureDetail;
    QVERIFY2(!shown.contains(secret) && !shown.contains(proxySecret), qPrintable(shown));
}

// Runs the real `wscm probe` inside a namespace whose resolv.conf names 127.0.0.1, where
// nothing listens: the query never leaves the namespace and fails at once, as a dead DNS would.
void TestConnectionFaults::dnsFailureInANamespaceFailsAtResolve() {
    if (::geteuid() != 0)
        QSKIP("needs root to create a network namespace with its own resolv.conf");
    const QString ns =
        u"wscm-dns-%1-%2"_s.arg(::getpid()).arg(QRandomGenerator::global()->bounded(1000));
    const QString etcDir = u"/etc/netns/"_s + ns;
    const auto ip = [](const QStringList &arguments) {
        QProcess process;
        process.start(u"ip"_s, arguments);
        return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    };
    const auto cleanup = qScopeGuard([&] {
        ip({u"netns"_s, u"del"_s, ns});
        QDir(etcDir).removeRecursively();
    });
    if (!QDir().mkpath(etcDir))
        QSKIP("cannot create /etc/netns/<name> for the namespace's resolv.conf");
    QFile resolv(etcDir + u"/resolv.conf"_s);
    QVERIFY(resolv.open(QIODevice::WriteOnly) &&
            resolv.write("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n") > 0);
    resolv.close();
    if (!ip({u"netns"_s, u"add"_s, ns}) ||
        !ip({u"-n"_s, ns, u"link"_s, u"set"_s, u"lo"_s, u"up"_s}))
        QSKIP("cannot create a network namespace here (ip netns add failed)");

    QTemporaryDir dir;
    const QString path = dir.filePath(u"websocket_client.conf"_s);
    const QByteArray config = "[media]\r\ntype = websocket_client\r\n"
                              "uri = ws://media.wscm-test.invalid:8088/ws\r\n"
                              "username = asterisk\r\npassword = " +
                              secret.toUtf8() +
                              "\r\nconnection_type = per_call_config\r\n"
                              "reconnect_attempts = 2\r\nreconnect_interval = 100\r\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(config) == config.size());
    file.close();

    QProcess probe;
    probe.start(u"ip"_s, {u"netns"_s, u"exec"_s, ns, QStringLiteral(WSCM_BINARY), u"probe"_s, path,
                          u"--once"_s, u"--json"_s});
    QVERIFY(probe.waitForFinished(20000));
    const QByteArray out = probe.readAllStandardOutput();
    const QByteArray err = probe.readAllStandardError();
    QCOMPARE(probe.exitCode(), 1);
    QStringList sequence;
    QJsonObject firstError;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        sequence << event.value(u"event"_s).toString();
        if (firstError.isEmpty() && sequence.last() == u"error"_s)
            firstError = event;
    }
    QVERIFY2(!firstError.isEmpty(), out.constData());
    QCOMPARE(firstError.value(u"stage"_s).toString(), u"resolve"_s);
    QCOMPARE(firstError.value(u"cause"_s).toString(), u"dns"_s);
    QVERIFY2(firstError.value(u"detail"_s).toString().contains(u"media.wscm-test.invalid"_s),
             out.constData());
    // per_call_config with reconnect_attempts = 2: two attempts, then it gives up.
    QCOMPARE(sequence.count(u"connecting"_s), 2);
    QCOMPARE(sequence.last(), u"gave_up"_s);
    QVERIFY2(!out.contains(secret.toUtf8()) && !err.contains(secret.toUtf8()), out.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), config);
}

void TestConnectionFaults::proxyDownFailsAtTcpNamingTheProxy() {
    auto settings = withSecrets(u"ws://127.0.0.1:%1/"_s.arg(FreePort::find()));
    const quint16 proxyPort = FreePort::find();
    settings.proxyHostText = u"127.0.0.1:%1"_s.arg(proxyPort);
    settings.proxyUsername = u"puser"_s;
    settings.proxyPassword = proxySecret;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    // persistent: the failure is followed by a retry after reconnect_interval.
    QVERIFY2(events.waitFor(Kind::Connecting, 5000, 2), qPrintable(events.transcript()));
    const ConnectionEvent error = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(error.stage, Stage::Tcp);
    QVERIFY2(error.detail.contains(u"proxy 127.0.0.1:%1"_s.arg(proxyPort)) &&
                 error.detail.contains(u"refused"_s, Qt::CaseInsensitive),
             qPrintable(error.detail));
    QCOMPARE(error.cause, FailureCause::ProxyRefused);
    QCOMPARE(events.count(Kind::Retrying), 1);
    verifyNoSecret(events, connection);
}

void TestConnectionFaults::proxyBadGatewayFailsAtProxyAndGivesUp() {
    ScriptedServer proxy(ScriptedServer::Mode::Respond);
    proxy.setResponse("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(proxy.listen());
    auto settings = withSecrets(u"ws://127.0.0.1:%1/"_s.arg(FreePort::find()));
    settings.proxyHostText = u"127.0.0.1:%1"_s.arg(proxy.port());
    settings.proxyUsername = u"puser"_s;
    settings.proxyPassword = proxySecret;
    settings.connectionType = wscm::ClientSettings::ConnectionType::PerCallConfig;
    settings.reconnectAttempts = 2;
    settings.reconnectIntervalMs = 50;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::GaveUp, 5000), qPrintable(events.transcript()));
    QCOMPARE(events.count(Kind::Connecting), 2);
    QCOMPARE(proxy.connectionCount(), 2);
    QVERIFY(proxy.requests().constFirst().startsWith("CONNECT 127.0.0.1:"));
    const ConnectionEvent error = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(error.stage, Stage::Proxy);
    QVERIFY2(error.detail.contains(u"proxy answered HTTP 502"_s), qPrintable(error.detail));
    QCOMPARE(error.detail,
             u"proxy answered HTTP 502 Bad Gateway to the CONNECT (only 200 opens the tunnel)"_s);
    QCOMPARE(error.cause, FailureCause::ProxyStatus);
    QCOMPARE(events.ofKind(Kind::GaveUp).constFirst().cause, FailureCause::ProxyStatus);
    verifyNoSecret(events, connection);
}

void TestConnectionFaults::serverClosingRightAfterUpgradeIsRetried() {
    ScriptedServer server(ScriptedServer::Mode::Upgrade);
    server.setAfterUpgrade(ScriptedServer::AfterUpgrade::Close);
    QVERIFY(server.listen());
    Connection connection(withSecrets(u"ws://127.0.0.1:%1/"_s.arg(server.port())));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Connecting, 5000, 3), qPrintable(events.transcript()));
    // Either the upgrade is seen and then lost, or the close wins the race with the 101: in
    // both cases the stage says where, and persistent keeps retrying.
    const QList<ConnectionEvent> all = events.events();
    const auto failure = std::find_if(all.cbegin(), all.cend(), [](const ConnectionEvent &e) {
        return e.kind == Kind::Disconnected || e.kind == Kind::Error;
    });
    QVERIFY(failure != all.cend());
    if (failure->kind == Kind::Disconnected) {
        QCOMPARE(failure->stage, Stage::Closed);
        QVERIFY2(failure->detail.contains(u"closed by server"_s), qPrintable(failure->detail));
        QCOMPARE(failure->cause, FailureCause::ClosedByServer);
    } else {
        QCOMPARE(failure->stage, Stage::Upgrade);
        QVERIFY2(failure->cause == FailureCause::UpgradeClosed, qPrintable(failure->detail));
    }
    QVERIFY(events.count(Kind::Retrying) >= 2);
    QVERIFY(server.connectionCount() >= 2);
    verifyNoSecret(events, connection);
}

void TestConnectionFaults::garbageInsteadOfHttpFailsAtUpgrade() {
    ScriptedServer server(ScriptedServer::Mode::Respond);
    server.setResponse(
        QByteArray("SSH-2.0-OpenSSH_9.2\r\n\x00\xff\xfe garbage \x01\x02\r\n\r\n", 40));
    QVERIFY(server.listen());
    auto settings = withSecrets(u"ws://127.0.0.1:%1/"_s.arg(server.port()));
    settings.connectionType = wscm::ClientSettings::ConnectionType::PerCallConfig;
    settings.reconnectAttempts = 1;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::GaveUp, 5000), qPrintable(events.transcript()));
    const ConnectionEvent error = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(error.stage, Stage::Upgrade);
    QVERIFY2(error.detail.contains(u"not HTTP"_s), qPrintable(events.transcript()));
    QCOMPARE(error.cause, FailureCause::InvalidResponse);
    QCOMPARE(events.count(Kind::Connected), 0);
    verifyNoSecret(events, connection);
}

void TestConnectionFaults::hundredMegabyteFrameIsRefusedWithoutBufferingIt() {
    ScriptedServer server(ScriptedServer::Mode::Upgrade);
    server.setAfterUpgrade(ScriptedServer::AfterUpgrade::HugeFrame);
    QVERIFY(server.listen());
    auto settings = withSecrets(u"ws://127.0.0.1:%1/"_s.arg(server.port()));
    // per_call_config: the next connection waits reconnect_interval; one is enough to look at.
    settings.connectionType = wscm::ClientSettings::ConnectionType::PerCallConfig;
    settings.reconnectIntervalMs = 60000;
    const qint64 peakBefore = peakRssKb();
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Disconnected, 10000), qPrintable(events.transcript()));
    const ConnectionEvent lost = events.ofKind(Kind::Disconnected).constFirst();
    QCOMPARE(lost.stage, Stage::Closed);
    QVERIFY2(lost.detail.contains(u"1009"_s) && lost.detail.contains(u"frame"_s),
             qPrintable(lost.detail));
    QCOMPARE(lost.cause, FailureCause::MessageTooBig);
    QVERIFY2(events.waitFor(Kind::Retrying, 1000), qPrintable(events.transcript()));
    // The client gave up on the frame early: most of it was never even sent, and this
    // process never held anything near 100 MB.
    QTest::qWait(200);
    QVERIFY2(server.hugeFrameBytesSent() < ScriptedServer::hugeFrameSize / 4,
             qPrintable(QString::number(server.hugeFrameBytesSent())));
    const qint64 growthKb = peakRssKb() - peakBefore;
    QVERIFY2(growthKb < 32 * 1024, qPrintable(u"peak RSS grew by %1 kB"_s.arg(growthKb)));
    verifyNoSecret(events, connection);
}

WSCM_ENGINE_TEST_MAIN(TestConnectionFaults)
#include "TestConnectionFaults.moc"
