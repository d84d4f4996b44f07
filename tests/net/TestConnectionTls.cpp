// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EngineTestMain.h"
#include "EventRecorder.h"
#include "LocalWebSocketServer.h"
#include "TestCertificates.h"
#include "TestSettings.h"
#include "net/Connection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using wscm::Connection;
using wscm::ConnectionEvent;
using wscm::ConnectionHealth;
using wscm::FailureCause;
using wscm::FailureCauses;
using Kind = wscm::ConnectionEvent::Kind;
using Stage = wscm::ConnectionHealth::Stage;

class TestConnectionTls : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verifiesServerWithCaFile();
    void verifiesServerWithCaDirectory();
    void caDirectoryWithoutHashLinksFindsNoCa();
    void wsUriWithTlsOnStillUsesTls();
    void rejectsCertificateOfUnknownCa();
    void rejectsWrongHostname();
    void verifyHostnameOffForgivesOnlyTheName();
    void verifyHostnameOffDoesNotForgiveExpiry();
    void verifyCertOffAcceptsExpired();
    void clientCertificateRequiredByServer();
    void unreadableCaFileIsSkippedAsAsteriskSkipsIt();

private:
    // Starts `server` with the given certificate and returns settings for wss://localhost.
    wscm::ClientSettings serve(LocalWebSocketServer &server, const QString &cert,
                               const QString &key, const QString &clientCa = QString());
    // Connects and returns the first Connected or Error event.
    ConnectionEvent outcome(const wscm::ClientSettings &settings,
                            ConnectionHealth *health = nullptr);

    TestCertificates m_certs;
};

void TestConnectionTls::initTestCase() {
    QString error;
    QVERIFY2(m_certs.create(&error), qPrintable(error));
}

wscm::ClientSettings TestConnectionTls::serve(LocalWebSocketServer &server, const QString &cert,
                                              const QString &key, const QString &clientCa) {
    if (!server.listen(0, LocalWebSocketServer::tlsConfiguration(cert, key, clientCa)))
        qFatal("cannot listen");
    auto settings = TestSettings::forUri(u"wss://localhost:%1/tls"_s.arg(server.port()));
    settings.tlsEnabled = true;
    settings.caListFile = m_certs.caFile();
    settings.connectionType = wscm::ClientSettings::ConnectionType::PerCallConfig;
    settings.reconnectAttempts = 1;
    return settings;
}

ConnectionEvent TestConnectionTls::outcome(const wscm::ClientSettings &settings,
                                           ConnectionHealth *health) {
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    const bool ended = QTest::qWaitFor(
        [&] { return events.count(Kind::Connected) + events.count(Kind::Error) > 0; }, 5000);
    if (!ended)
        return ConnectionEvent();
    if (health)
        *health = connection.health();
    for (const ConnectionEvent &event : events.events()) {
        if (event.kind == Kind::Connected || event.kind == Kind::Error)
            return event;
    }
    return ConnectionEvent();
}

void TestConnectionTls::verifiesServerWithCaFile() {
    LocalWebSocketServer server;
    const auto settings = serve(server, m_certs.serverCert(), m_certs.serverKey());
    ConnectionHealth health;
    const ConnectionEvent event = outcome(settings, &health);
    QVERIFY2(event.kind == Kind::Connected, qPrintable(event.detail));
    QVERIFY(event.timings.tlsUs >= 0);
    QVERIFY(event.timings.upgradeUs >= 0);
    QVERIFY2(health.peerCertificateSubject.contains(u"CN=server"_s),
             qPrintable(health.peerCertificateSubject));
    QVERIFY2(health.peerCertificateIssuer.contains(u"CN=wscm test CA"_s),
             qPrintable(health.peerCertificateIssuer));
    QVERIFY(health.peerCertificateExpiry > QDateTime::currentDateTimeUtc());
    QCOMPARE(server.requests().constFirst().url().path(), u"/tls"_s);
}

void TestConnectionTls::verifiesServerWithCaDirectory() {
    LocalWebSocketServer server;
    auto settings = serve(server, m_certs.serverCert(), m_certs.serverKey());
    settings.caListFile.clear();
    settings.caListPath = m_certs.caDir();
    const ConnectionEvent event = outcome(settings);
    QVERIFY2(event.kind == Kind::Connected, qPrintable(event.detail));
}

void TestConnectionTls::caDirectoryWithoutHashLinksFindsNoCa() {
    LocalWebSocketServer server;
    auto settings = serve(server, m_certs.serverCert(), m_certs.serverKey());
    settings.caListFile.clear();
    settings.caListPath = m_certs.caUnhashedDir();
    const ConnectionEvent event = outcome(settings);
    QCOMPARE(event.kind, Kind::Error);
    QCOMPARE(event.stage, Stage::Tls);
    QVERIFY2(event.detail.endsWith(u"did not verify: unable to get local issuer certificate"_s),
             qPrintable(event.detail));
}

void TestConnectionTls::wsUriWithTlsOnStillUsesTls() {
    LocalWebSocketServer server;
    auto settings = serve(server, m_certs.serverCert(), m_certs.serverKey());
    settings.uriText = u"ws://localhost:%1/tls"_s.arg(server.port());
    const ConnectionEvent event = outcome(settings);
    QVERIFY2(event.kind == Kind::Connected, qPrintable(event.detail));
    QVERIFY(event.timings.tlsUs >= 0);
}

void TestConnectionTls::rejectsCertificateOfUnknownCa() {
    LocalWebSocketServer server;
    auto settings = serve(server, m_certs.serverCert(), m_certs.serverKey());
    settings.caListFile.clear(); // and Asterisk never reads the system store
    const ConnectionEvent event = outcome(settings);
    QCOMPARE(event.kind, Kind::Error);
    QCOMPARE(event.stage, Stage::Tls);
    QVERIFY2(event.detail.contains(u"issuer"_s, Qt::CaseInsensitive) ||
                 event.detail.contains(u"self signed"_s, Qt::CaseInsensitive),
             qPrintable(event.detail));
    QCOMPARE(event.cause, FailureCause::TlsUntrusted);
}

void TestConnectionTls::rejectsWrongHostname() {
    LocalWebSocketServer server;
    const auto settings = serve(server, m_certs.wrongNameCert(), m_certs.wrongNameKey());
    const ConnectionEvent event = outcome(settings);
    QCOMPARE(event.kind, Kind::Error);
    QCOMPARE(event.stage, Stage::Tls);
    QVERIFY2(event.detail.contains(u"host name"_s, Qt::CaseInsensitive), qPrintable(event.detail));
    QCOMPARE(event.cause, FailureCause::TlsName);
}

void TestConnectionTls::verifyHostnameOffForgivesOnlyTheName() {
    LocalWebSocketServer server;
    auto settings = serve(server, m_certs.wrongNameCert(), m_certs.wrongNameKey());
    settings.verifyServerHostname = false;
    const ConnectionEvent event = outcome(settings);
    QVERIFY2(event.kind == Kind::Connected, qPrintable(event.detail));
}

void TestConnectionTls::verifyHostnameOffDoesNotForgiveExpiry() {
    LocalWebSocketServer server;
    auto settings = serve(server, m_certs.expiredCert(), m_certs.expiredKey());
    settings.verifyServerHostname = false;
    const ConnectionEvent event = outcome(settings);
    QCOMPARE(event.kind, Kind::Error);
    QCOMPARE(event.stage, Stage::Tls);
    QVERIFY2(event.detail.contains(u"expired"_s, Qt::CaseInsensitive), qPrintable(event.detail));
    QCOMPARE(event.cause, FailureCause::TlsExpired);
}

void TestConnectionTls::verifyCertOffAcceptsExpired() {
    LocalWebSocketServer server;
    auto settings = serve(server, m_certs.expiredCert(), m_certs.expiredKey());
    settings.verifyServerCert = false;
    settings.caListFile.clear();
    ConnectionHealth health;
    const ConnectionEvent event = outcome(settings, &health);
    QVERIFY2(event.kind == Kind::Connected, qPrintable(event.detail));
    QVERIFY(health.peerCertificateExpiry < QDateTime::currentDateTimeUtc());
}

void TestConnectionTls::clientCertificateRequiredByServer() {
    LocalWebSocketServer server;
    auto settings = serve(server, m_certs.serverCert(), m_certs.serverKey(), m_certs.caFile());
    const ConnectionEvent refused = outcome(settings);
    QCOMPARE(refused.kind, Kind::Error);
    QVERIFY2(refused.stage == Stage::Tls, qPrintable(refused.detail));
    QVERIFY2(refused.cause == FailureCause::TlsClientCert,
             qPrintable(FailureCauses::name(refused.cause) + u": "_s + refused.detail));
    QCOMPARE(server.connectionCount(), 0);

    settings.certFile = m_certs.clientCert();
    settings.privKeyFile = m_certs.clientKey();
    const ConnectionEvent accepted = outcome(settings);
    QVERIFY2(accepted.kind == Kind::Connected, qPrintable(accepted.detail));
    QCOMPARE(server.connectionCount(), 1);
}

// Asterisk logs the load error and goes on with no CA: the certificate then fails to verify
// (tests/parity/tls/good-cafile-missing), and with verify_server_cert = no it connects.
void TestConnectionTls::unreadableCaFileIsSkippedAsAsteriskSkipsIt() {
    LocalWebSocketServer server;
    auto settings = serve(server, m_certs.serverCert(), m_certs.serverKey());
    settings.caListFile = m_certs.dir() + u"/missing.pem"_s;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Error, 5000), qPrintable(events.transcript()));
    const ConnectionEvent connecting = events.ofKind(Kind::Connecting).constFirst();
    QVERIFY2(connecting.detail.contains(u"missing.pem"_s) &&
                 connecting.detail.contains(u"Asterisk goes on without it"_s),
             qPrintable(connecting.detail));
    const ConnectionEvent error = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(error.stage, Stage::Tls);
    QVERIFY2(error.detail.contains(u"did not verify"_s), qPrintable(error.detail));
    QCOMPARE(error.cause, FailureCause::TlsUntrusted);

    settings.verifyServerCert = false;
    const ConnectionEvent accepted = outcome(settings);
    QVERIFY2(accepted.kind == Kind::Connected, qPrintable(accepted.detail));
}

WSCM_ENGINE_TEST_MAIN(TestConnectionTls)
#include "TestConnectionTls.moc"
