// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EngineTestMain.h"
#include "EventRecorder.h"
#include "LocalWebSocketServer.h"
#include "Squid.h"
#include "TestCertificates.h"
#include "TestSettings.h"
#include "TinyProxy.h"
#include "net/Connection.h"
#include "net/KeepaliveOptions.h"

#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;
using wscm::Connection;
using wscm::ConnectionEvent;
using wscm::FailureCause;
using Kind = wscm::ConnectionEvent::Kind;
using Stage = wscm::ConnectionHealth::Stage;

// The proxy hop against real proxies: squid for tunnels Asterisk can use, tinyproxy for the
// one it cannot (its answer is HTTP/1.0).
class TestConnectionProxy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tunnelsThroughTheProxy();
    void tlsRunsEndToEndThroughTheTunnel();
    void proxyBasicAuth_data();
    void proxyBasicAuth();
    void credentialsGoInTheFirstConnect();
    void proxyRefusalsFailAtProxy_data();
    void proxyRefusalsFailAtProxy();
    void keepalivesGoOnTheProxyHop();
    void tinyproxyHttp10AnswerIsRefusedAsAsteriskRefusesIt();

private:
    static wscm::ClientSettings via(quint16 proxyPort, const QString &uri);
    static int connectLines(const Squid &squid);
    TestCertificates m_certs;
};

void TestConnectionProxy::initTestCase() {
    QString error;
    QVERIFY2(m_certs.create(&error), qPrintable(error));
}

wscm::ClientSettings TestConnectionProxy::via(quint16 proxyPort, const QString &uri) {
    auto settings = TestSettings::forUri(uri);
    settings.proxyHostText = u"127.0.0.1:%1"_s.arg(proxyPort);
    settings.connectionType = wscm::ClientSettings::ConnectionType::PerCallConfig;
    settings.reconnectAttempts = 1;
    return settings;
}

// squid logs a CONNECT when it ends: stop the connection before counting.
int TestConnectionProxy::connectLines(const Squid &squid) {
    return int(squid.log().count(u" CONNECT "_s));
}

void TestConnectionProxy::tunnelsThroughTheProxy() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    Squid proxy;
    QString error;
    QVERIFY2(proxy.start({}, &error), qPrintable(error));
    Connection connection(via(proxy.port(), u"ws://127.0.0.1:%1/through"_s.arg(server.port())));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Connected, 5000), qPrintable(events.transcript()));
    const ConnectionEvent connected = events.ofKind(Kind::Connected).constFirst();
    QVERIFY(connected.timings.tcpUs >= 0);
    QVERIFY(connected.timings.proxyUs >= 0);
    QCOMPARE(connected.timings.tlsUs, -1);
    // squid writes its log line when the tunnel closes.
    connection.stop();
    QVERIFY(QTest::qWaitFor([&] { return proxy.log().contains(u"TCP_TUNNEL/200"_s); }, 5000));
    QVERIFY2(proxy.log().contains(u"CONNECT 127.0.0.1:%1"_s.arg(server.port())),
             qPrintable(proxy.log()));
    QVERIFY(events.events().constFirst().detail.contains(u"via proxy"_s));
}

void TestConnectionProxy::tlsRunsEndToEndThroughTheTunnel() {
    LocalWebSocketServer server;
    QVERIFY(server.listen(
        0, LocalWebSocketServer::tlsConfiguration(m_certs.serverCert(), m_certs.serverKey())));
    Squid proxy;
    QString error;
    QVERIFY2(proxy.start({}, &error), qPrintable(error));
    auto settings = via(proxy.port(), u"wss://localhost:%1/"_s.arg(server.port()));
    settings.tlsEnabled = true;
    settings.caListFile = m_certs.caFile();
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Connected, 5000), qPrintable(events.transcript()));
    const ConnectionEvent connected = events.ofKind(Kind::Connected).constFirst();
    QVERIFY(connected.timings.proxyUs >= 0);
    QVERIFY(connected.timings.tlsUs >= 0);
    QVERIFY(connection.health().peerCertificateSubject.contains(u"CN=server"_s));
    connection.stop();
    QVERIFY(QTest::qWaitFor([&] { return proxy.log().contains(u"TCP_TUNNEL/200"_s); }, 5000));
    QVERIFY2(proxy.log().contains(u"CONNECT localhost:%1"_s.arg(server.port())),
             qPrintable(proxy.log()));
}

void TestConnectionProxy::proxyBasicAuth_data() {
    QTest::addColumn<QString>("password");
    QTest::newRow("right password") << u"ppass"_s;
    QTest::newRow("wrong password") << u"wrong-secret"_s;
}

void TestConnectionProxy::proxyBasicAuth() {
    QFETCH(QString, password);
    const bool right = password == u"ppass"_s;
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    Squid proxy;
    QString error;
    QVERIFY2(proxy.start({{{u"puser"_s, u"ppass"_s}}, 407, 0}, &error), qPrintable(error));
    auto settings = via(proxy.port(), u"ws://127.0.0.1:%1/"_s.arg(server.port()));
    settings.proxyUsername = u"puser"_s;
    settings.proxyPassword = password;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(right ? Kind::Connected : Kind::GaveUp, 5000),
             qPrintable(events.transcript() + proxy.log()));
    QVERIFY(!events.transcript().contains(password));
    QCOMPARE(server.connectionCount(), right ? 1 : 0);
    connection.stop();
    // Asterisk sends one CONNECT, credentials included, and takes the answer as final.
    QVERIFY(QTest::qWaitFor([&] { return connectLines(proxy) == 1; }, 5000));
    if (right) {
        QVERIFY2(proxy.log().contains(u"TCP_TUNNEL/200"_s), qPrintable(proxy.log()));
        return;
    }
    const ConnectionEvent failure = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(failure.stage, Stage::Proxy);
    QCOMPARE(failure.detail, u"proxy answered HTTP 407 Proxy Authentication Required to the "
                             u"CONNECT (only 200 opens the tunnel); it refused the configured "
                             u"credentials"_s);
    QCOMPARE(failure.cause, FailureCause::ProxyAuth);
    QCOMPARE(connection.health().lastHttpStatus, 407);
}

// A proxy that answers 403 instead of 407 when no credentials come: a client that waits for a
// 407 challenge never gets through; Asterisk, sending them at once, does.
void TestConnectionProxy::credentialsGoInTheFirstConnect() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    Squid proxy;
    QString error;
    QVERIFY2(proxy.start({{{u"puser"_s, u"ppass"_s}}, 403, 0}, &error), qPrintable(error));
    auto settings = via(proxy.port(), u"ws://127.0.0.1:%1/"_s.arg(server.port()));
    settings.proxyUsername = u"puser"_s;
    settings.proxyPassword = u"ppass"_s;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Connected, 5000), qPrintable(events.transcript() + proxy.log()));
    connection.stop();
    QVERIFY(QTest::qWaitFor([&] { return connectLines(proxy) == 1; }, 5000));
    QVERIFY2(proxy.log().contains(u"TCP_TUNNEL/200"_s), qPrintable(proxy.log()));
}

void TestConnectionProxy::proxyRefusalsFailAtProxy_data() {
    QTest::addColumn<bool>("needsCredentials");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("407 challenge, no credentials")
        << true << 407
        << u"proxy answered HTTP 407 Proxy Authentication Required to the CONNECT (only 200 "
           u"opens the tunnel); no proxy credentials are configured"_s;
    QTest::newRow("403 refusal, no credentials")
        << true << 403
        << u"proxy answered HTTP 403 Forbidden to the CONNECT (only 200 opens the tunnel)"_s;
    QTest::newRow("port not allowed")
        << false << 403
        << u"proxy answered HTTP 403 Forbidden to the CONNECT (only 200 opens the tunnel)"_s;
}

void TestConnectionProxy::proxyRefusalsFailAtProxy() {
    QFETCH(bool, needsCredentials);
    QFETCH(int, status);
    QFETCH(QString, detail);
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    Squid::Options options;
    if (needsCredentials)
        options = {{{u"puser"_s, u"ppass"_s}}, status, 0};
    else // a tunnel is allowed to another port only
        options.onlyPort = quint16(server.port() == 1 ? 2 : 1);
    Squid proxy;
    QString error;
    QVERIFY2(proxy.start(options, &error), qPrintable(error));
    Connection connection(via(proxy.port(), u"ws://127.0.0.1:%1/"_s.arg(server.port())));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::GaveUp, 5000), qPrintable(events.transcript()));
    const ConnectionEvent failure = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(failure.stage, Stage::Proxy);
    QCOMPARE(failure.detail, detail);
    QCOMPARE(connection.health().lastHttpStatus, status);
    QCOMPARE(failure.cause, status == 407 ? FailureCause::ProxyAuth : FailureCause::ProxyDenied);
    QCOMPARE(failure.httpStatus, status);
    QCOMPARE(server.connectionCount(), 0);
}

void TestConnectionProxy::keepalivesGoOnTheProxyHop() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    Squid proxy;
    QString error;
    QVERIFY2(proxy.start({}, &error), qPrintable(error));
    auto settings = via(proxy.port(), u"ws://127.0.0.1:%1/"_s.arg(server.port()));
    settings.enableTcpKeepalives = true;
    settings.tcpKeepaliveTimeS = 11;
    settings.tcpKeepaliveIntervalS = 5;
    settings.tcpKeepaliveProbes = 4;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Connected, 5000), qPrintable(events.transcript()));
    const qintptr fd = connection.socketDescriptor();
    QVERIFY(fd >= 0);
    sockaddr_in peer{};
    socklen_t length = sizeof peer;
    QCOMPARE(::getpeername(int(fd), reinterpret_cast<sockaddr *>(&peer), &length), 0);
    QCOMPARE(ntohs(peer.sin_port), proxy.port());
    const auto options = wscm::KeepaliveOptions::readFrom(fd);
    QVERIFY(options.enabled);
    QCOMPARE(options.idleS, 11);
    QCOMPARE(options.intervalS, 5);
    QCOMPARE(options.probes, 4);
}

void TestConnectionProxy::tinyproxyHttp10AnswerIsRefusedAsAsteriskRefusesIt() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    TinyProxy proxy;
    QString error;
    QVERIFY2(proxy.start(server.port(), QString(), QString(), &error), qPrintable(error));
    Connection connection(via(proxy.port(), u"ws://127.0.0.1:%1/"_s.arg(server.port())));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::GaveUp, 5000), qPrintable(events.transcript()));
    const ConnectionEvent failure = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(failure.stage, Stage::Proxy);
    QVERIFY2(failure.detail.contains(u"\"HTTP/1.0 200 Connection established\""_s),
             qPrintable(failure.detail));
    QVERIFY2(
        events.ofKind(Kind::GaveUp)
            .constFirst()
            .detail.contains(u"failed after 1 tries: Invalid response code (Resource temporarily "
                             u"unavailable).  Hanging up after exhausting retries."_s),
        qPrintable(events.transcript()));
    QCOMPARE(events.count(Kind::Connected), 0);
}

WSCM_ENGINE_TEST_MAIN(TestConnectionProxy)
#include "TestConnectionProxy.moc"
