#include "EventRecorder.h"
#include "LocalWebSocketServer.h"
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

class TestConnectionProxy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tunnelsThroughTheProxy();
    void tlsRunsEndToEndThroughTheTunnel();
    void proxyBasicAuth_data();
    void proxyBasicAuth();
    void missingProxyCredentialsFailAtProxyWith407();
    void proxyRefusingThePortFailsAtProxy();
    void keepalivesGoOnTheProxyHop();

private:
    wscm::ClientSettings via(const TinyProxy &proxy, const QString &uri);
    TestCertificates m_certs;
};

void TestConnectionProxy::initTestCase() {
    QString error;
    QVERIFY2(m_certs.create(&error), qPrintable(error));
}

wscm::ClientSettings TestConnectionProxy::via(const TinyProxy &proxy, const QString &uri) {
    auto settings = TestSettings::forUri(uri);
    settings.proxyHost = u"127.0.0.1"_s;
    settings.proxyPort = proxy.port();
    settings.connectionType = wscm::ClientSettings::ConnectionType::PerCallConfig;
    settings.reconnectAttempts = 1;
    return settings;
}

void TestConnectionProxy::tunnelsThroughTheProxy() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    TinyProxy proxy;
    QString error;
    QVERIFY2(proxy.start(server.port(), QString(), QString(), &error), qPrintable(error));
    Connection connection(via(proxy, u"ws://127.0.0.1:%1/through"_s.arg(server.port())));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Connected, 5000), qPrintable(events.transcript()));
    const ConnectionEvent connected = events.ofKind(Kind::Connected).constFirst();
    QVERIFY(connected.timings.tcpUs >= 0);
    QVERIFY(connected.timings.proxyUs >= 0);
    QCOMPARE(connected.timings.tlsUs, -1);
    QVERIFY2(proxy.log().contains(u"CONNECT 127.0.0.1:%1"_s.arg(server.port())),
             qPrintable(proxy.log()));
    QVERIFY(events.events().constFirst().detail.contains(u"via proxy"_s));
}

void TestConnectionProxy::tlsRunsEndToEndThroughTheTunnel() {
    LocalWebSocketServer server;
    QVERIFY(server.listen(
        0, LocalWebSocketServer::tlsConfiguration(m_certs.serverCert(), m_certs.serverKey())));
    TinyProxy proxy;
    QString error;
    QVERIFY2(proxy.start(server.port(), QString(), QString(), &error), qPrintable(error));
    auto settings = via(proxy, u"wss://localhost:%1/"_s.arg(server.port()));
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
    TinyProxy proxy;
    QString error;
    QVERIFY2(proxy.start(server.port(), u"puser"_s, u"ppass"_s, &error), qPrintable(error));
    auto settings = via(proxy, u"ws://127.0.0.1:%1/"_s.arg(server.port()));
    settings.proxyUsername = u"puser"_s;
    settings.proxyPassword = password;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(right ? Kind::Connected : Kind::Error, 5000),
             qPrintable(events.transcript() + proxy.log()));
    QVERIFY(!events.transcript().contains(password));
    QCOMPARE(server.connectionCount(), right ? 1 : 0);
    if (right) {
        QVERIFY2(proxy.log().contains(u"CONNECT 127.0.0.1:%1"_s.arg(server.port())),
                 qPrintable(proxy.log()));
        return;
    }
    const ConnectionEvent failure = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(failure.stage, Stage::Proxy);
    QVERIFY2(failure.detail.contains(u"407"_s), qPrintable(failure.detail));
    QCOMPARE(failure.cause, FailureCause::ProxyAuth);
    QCOMPARE(connection.health().lastHttpStatus, 407);
}

void TestConnectionProxy::missingProxyCredentialsFailAtProxyWith407() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    TinyProxy proxy;
    QString error;
    QVERIFY2(proxy.start(server.port(), u"puser"_s, u"ppass"_s, &error), qPrintable(error));
    Connection connection(via(proxy, u"ws://127.0.0.1:%1/"_s.arg(server.port())));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Error, 5000), qPrintable(events.transcript()));
    const ConnectionEvent failure = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(failure.stage, Stage::Proxy);
    QVERIFY2(failure.detail.contains(u"407"_s) &&
                 failure.detail.contains(u"no proxy credentials"_s),
             qPrintable(failure.detail));
    QCOMPARE(failure.cause, FailureCause::ProxyAuth);
    QCOMPARE(failure.httpStatus, 407);
}

void TestConnectionProxy::proxyRefusingThePortFailsAtProxy() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    TinyProxy proxy;
    QString error;
    // ConnectPort allows only another port, so tinyproxy answers the CONNECT with 403.
    QVERIFY2(proxy.start(quint16(server.port() == 1 ? 2 : 1), QString(), QString(), &error),
             qPrintable(error));
    Connection connection(via(proxy, u"ws://127.0.0.1:%1/"_s.arg(server.port())));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Error, 5000), qPrintable(events.transcript()));
    const ConnectionEvent failure = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(failure.stage, Stage::Proxy);
    QVERIFY2(failure.detail.contains(u"403"_s), qPrintable(failure.detail));
    QCOMPARE(failure.cause, FailureCause::ProxyDenied);
    QCOMPARE(server.connectionCount(), 0);
}

void TestConnectionProxy::keepalivesGoOnTheProxyHop() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    TinyProxy proxy;
    QString error;
    QVERIFY2(proxy.start(server.port(), QString(), QString(), &error), qPrintable(error));
    auto settings = via(proxy, u"ws://127.0.0.1:%1/"_s.arg(server.port()));
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

QTEST_GUILESS_MAIN(TestConnectionProxy)
#include "TestConnectionProxy.moc"
