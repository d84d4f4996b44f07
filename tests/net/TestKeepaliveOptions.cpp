// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EngineTestMain.h"
#include "EventRecorder.h"
#include "LocalWebSocketServer.h"
#include "TestSettings.h"
#include "net/Connection.h"
#include "net/KeepaliveOptions.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using wscm::Connection;
using wscm::KeepaliveOptions;
using Kind = wscm::ConnectionEvent::Kind;
using Stage = wscm::ConnectionHealth::Stage;

class TestKeepaliveOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void optionsAreSetOnTheRealSocket();
    void disabledKeepalivesAreSwitchedOff();
    void vanishedPeerIsDetected();

private:
    // Runs `ip ARGS`; false with *error holding its message.
    static bool ip(const QStringList &arguments, QString *error = nullptr);
};

bool TestKeepaliveOptions::ip(const QStringList &arguments, QString *error) {
    QProcess process;
    process.start(u"ip"_s, arguments);
    const bool ok = process.waitForFinished(10000) &&
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok && error)
        *error = u"ip %1: %2"_s.arg(
            arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return ok;
}

void TestKeepaliveOptions::optionsAreSetOnTheRealSocket() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    auto settings = TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(server.port()));
    settings.enableTcpKeepalives = true;
    settings.tcpKeepaliveTimeS = 7;
    settings.tcpKeepaliveIntervalS = 3;
    settings.tcpKeepaliveProbes = 4;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Connected, 5000), qPrintable(events.transcript()));
    const KeepaliveOptions read = KeepaliveOptions::readFrom(connection.socketDescriptor());
    QVERIFY(read.enabled);
    QCOMPARE(read.idleS, 7);
    QCOMPARE(read.intervalS, 3);
    QCOMPARE(read.probes, 4);
    QCOMPARE(events.count(Kind::Error), 0);
}

void TestKeepaliveOptions::disabledKeepalivesAreSwitchedOff() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    Connection connection(TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(server.port())));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY(events.waitFor(Kind::Connected, 5000));
    // Qt switches SO_KEEPALIVE on for every WebSocket; Asterisk leaves it off.
    QVERIFY(!KeepaliveOptions::readFrom(connection.socketDescriptor()).enabled);
}

void TestKeepaliveOptions::vanishedPeerIsDetected() {
    if (::geteuid() != 0)
        QSKIP("needs root to create a network namespace and a veth pair");
    const quint32 random = QRandomGenerator::global()->generate();
    const QString suffix = u"%1%2"_s.arg(::getpid() % 100000).arg(random % 256, 2, 16, QChar(u'0'));
    const QString ns = u"wscm-ka-"_s + suffix;
    const QString hostSide = u"wka"_s + suffix + u'a';
    const QString peerSide = u"wka"_s + suffix + u'b';
    const QString subnet = u"10.%1.%2."_s.arg(200 + (random >> 8) % 50).arg((random >> 16) % 250);
    const QString hostAddress = subnet + u'1';
    const QString peerAddress = subnet + u'2';

    QProcess server;
    const auto cleanup = qScopeGuard([&] {
        if (server.state() != QProcess::NotRunning) {
            server.kill();
            server.waitForFinished(3000);
        }
        ip({u"netns"_s, u"del"_s, ns});
        ip({u"link"_s, u"del"_s, hostSide});
    });
    QString error;
    const QList<QStringList> setup = {
        {u"netns"_s, u"add"_s, ns},
        {u"link"_s, u"add"_s, hostSide, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s, peerSide},
        {u"link"_s, u"set"_s, peerSide, u"netns"_s, ns},
        {u"addr"_s, u"add"_s, hostAddress + u"/30"_s, u"dev"_s, hostSide},
        {u"link"_s, u"set"_s, hostSide, u"up"_s},
        {u"-n"_s, ns, u"addr"_s, u"add"_s, peerAddress + u"/30"_s, u"dev"_s, peerSide},
        {u"-n"_s, ns, u"link"_s, u"set"_s, peerSide, u"up"_s},
        {u"-n"_s, ns, u"link"_s, u"set"_s, u"lo"_s, u"up"_s},
    };
    for (const QStringList &step : setup) {
        if (!ip(step, &error))
            QSKIP(qPrintable(u"cannot build the test network namespace: "_s + error));
    }

    const quint16 port = 8000 + quint16(random % 1000);
    server.start(u"ip"_s, {u"netns"_s, u"exec"_s, ns, QStringLiteral(WSCM_TEST_WSSERVER),
                           peerAddress, QString::number(port)});
    QVERIFY2(server.waitForReadyRead(10000) && server.readAllStandardOutput().contains("listening"),
             qPrintable(QString::fromLocal8Bit(server.readAllStandardError())));

    auto settings = TestSettings::forUri(u"ws://%1:%2/"_s.arg(peerAddress).arg(port));
    settings.connectionTimeoutMs = 2000;
    settings.reconnectIntervalMs = 30000;
    settings.enableTcpKeepalives = true;
    settings.tcpKeepaliveTimeS = 1;
    settings.tcpKeepaliveIntervalS = 1;
    settings.tcpKeepaliveProbes = 2;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Connected, 5000), qPrintable(events.transcript()));
    QTest::qWait(2500); // keepalive probes flow and are answered
    QCOMPARE(events.count(Kind::Disconnected), 0);

    // The peer vanishes without a FIN or RST: only the keepalive probes can notice.
    QVERIFY2(ip({u"-n"_s, ns, u"link"_s, u"set"_s, peerSide, u"down"_s}, &error),
             qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(events.waitFor(Kind::Disconnected, 10000), qPrintable(events.transcript()));
    const qint64 elapsed = clock.elapsed();
    // About time + probes x interval = 3 s (the idle time may already have run out).
    QVERIFY2(elapsed >= 1500 && elapsed <= 4500, qPrintable(QString::number(elapsed)));
    const auto lost = events.ofKind(Kind::Disconnected).constFirst();
    QVERIFY2(lost.stage == Stage::Keepalive, qPrintable(events.transcript()));
}

WSCM_ENGINE_TEST_MAIN(TestKeepaliveOptions)
#include "TestKeepaliveOptions.moc"
