// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EngineTestMain.h"
#include "EventRecorder.h"
#include "FreePort.h"
#include "LocalWebSocketServer.h"
#include "ScriptedServer.h"
#include "TestSettings.h"
#include "config/AsteriskUri.h"
#include "net/Connection.h"
#include "net/HandshakeResponse.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using wscm::Connection;
using wscm::ConnectionEvent;
using wscm::ConnectionHealth;
using wscm::FailureCause;
using wscm::FailureCauses;
using Kind = wscm::ConnectionEvent::Kind;
using Stage = wscm::ConnectionHealth::Stage;

class TestConnection : public QObject {
    Q_OBJECT
private:
    // Connects offering good.v1 to `server`, whose 101 names evil.v1: the attempt must fail at
    // the upgrade, naming the subprotocol.
    static void verifyEvilSubprotocolRefused(const ScriptedServer &server);

private Q_SLOTS:
    void runsOnTheDispatcherAskedFor();
    void connectsWithPathQueryCredentialsAndSubprotocol();
    void wssUriWithTlsOffSpeaksClearTextToPort443Default();
    void refusedUpgradeReportsHttpStatus_data();
    void refusedUpgradeReportsHttpStatus();
    void unofferedSubprotocolFails();
    void overlongAnswerLineIsCutAtAsteriskLimit();
    void silentServerEndsAttemptAfterTwiceTheTimeout();
    void closedPortFailsAtTcp();
    void reconnectsAfterServerRestart();
    void givesUpAfterExactlyReconnectAttempts_data();
    void givesUpAfterExactlyReconnectAttempts();
    void persistentWarnsEveryReconnectAttemptsFailures();
    void serverCloseReportsCodeAndReason();
    void closeFrameReadWithTheEndOfStreamKeepsItsCode();
    void stopEndsTheConnection();
    void secretsNeverAppearInEvents();
};

// Proves which of the two runs this is, so the run on Qt's dispatcher cannot silently be
// another run on epoll.
void TestConnection::runsOnTheDispatcherAskedFor() {
    const bool onEpoll =
        qobject_cast<wscm::EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
    QCOMPARE(onEpoll, qgetenv("WSCM_EVENT_DISPATCHER") != "qt");
}

void TestConnection::connectsWithPathQueryCredentialsAndSubprotocol() {
    LocalWebSocketServer server;
    server.setSubprotocols({u"ari.v2"_s});
    QVERIFY(server.listen());
    auto settings =
        TestSettings::forUri(u"ws://127.0.0.1:%1/ari/events?app=demo&x=1"_s.arg(server.port()));
    settings.protocolsText = u"ari.v1,ari.v2"_s;
    settings.username = u"asterisk"_s;
    settings.password = u"pa:ss"_s;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Connected, 5000), qPrintable(events.transcript()));

    QCOMPARE(server.connectionCount(), 1);
    const QNetworkRequest request = server.requests().constFirst();
    QCOMPARE(request.url().path(), u"/ari/events"_s);
    QCOMPARE(request.url().query(), u"app=demo&x=1"_s);
    QCOMPARE(request.rawHeader("Authorization"),
             "Basic " + QByteArray("asterisk:pa:ss").toBase64());
    QCOMPARE(server.acceptedProtocols().constFirst(), u"ari.v2"_s);

    const ConnectionHealth health = connection.health();
    QCOMPARE(health.state, ConnectionHealth::State::Connected);
    QCOMPARE(health.attempts, 1);
    QVERIFY(health.connectedSince.isValid());
    QVERIFY(health.lastTimings.tcpUs >= 0);
    QVERIFY(health.lastTimings.upgradeUs >= 0);
    QCOMPARE(health.lastTimings.proxyUs, -1);
    QCOMPARE(health.lastTimings.tlsUs, -1);
    const ConnectionEvent connected = events.ofKind(Kind::Connected).constFirst();
    QCOMPARE(connected.attempt, 1);
    QVERIFY(connected.detail.contains(u"ari.v2"_s));
    QCOMPARE(events.events().constFirst().kind, Kind::Connecting);
}

void TestConnection::wssUriWithTlsOffSpeaksClearTextToPort443Default() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    // The scheme only picks the default port; with an explicit port and tls_enabled = no,
    // Asterisk speaks clear text to a wss:// URI.
    auto settings = TestSettings::forUri(u"wss://127.0.0.1:%1/"_s.arg(server.port()));
    QCOMPARE(settings.tlsEnabled, false);
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Connected, 5000), qPrintable(events.transcript()));
    QCOMPARE(connection.health().lastTimings.tlsUs, -1);
    // Asterisk's default port is 443 for any scheme ending in 's', and "ws" does.
    QCOMPARE(wscm::AsteriskUri::parse("wss://example.org/").port(), QByteArray("443"));
    QCOMPARE(wscm::AsteriskUri::parse("ws://example.org/").port(), QByteArray("443"));
}

void TestConnection::refusedUpgradeReportsHttpStatus_data() {
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("cause");
    QTest::newRow("401") << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n")
                         << 401 << u"HTTP 401 Unauthorized"_s << u"unauthorized"_s;
    QTest::newRow("404") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n") << 404
                         << u"HTTP 404 URL not found"_s << u"not-found"_s;
    QTest::newRow("400") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                         << 400 << u"HTTP 400 Bad Request"_s << u"upgrade-status"_s;
    QTest::newRow("500") << QByteArray("HTTP/1.1 500 Oops\r\nContent-Length: 0\r\n\r\n") << 500
                         << u"HTTP 500 Oops instead of 101 Switching Protocols"_s
                         << u"upgrade-status"_s;
}

void TestConnection::refusedUpgradeReportsHttpStatus() {
    QFETCH(QByteArray, response);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QFETCH(QString, cause);
    ScriptedServer server(ScriptedServer::Mode::Respond);
    server.setResponse(response);
    QVERIFY(server.listen());
    Connection connection(TestSettings::forUri(u"ws://127.0.0.1:%1/x"_s.arg(server.port())));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Error, 5000), qPrintable(events.transcript()));
    const ConnectionEvent error = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(error.stage, Stage::Upgrade);
    QCOMPARE(error.detail, detail);
    QCOMPARE(FailureCauses::name(error.cause), cause);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(connection.health().lastFailureCause, error.cause);
    QCOMPARE(connection.health().lastHttpStatus, status);
    QCOMPARE(connection.health().lastFailureStage, Stage::Upgrade);
    QVERIFY(events.waitFor(Kind::Retrying, 1000));
}

void TestConnection::verifyEvilSubprotocolRefused(const ScriptedServer &server) {
    auto settings = TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(server.port()));
    settings.protocolsText = u"good.v1"_s;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Error, 5000), qPrintable(events.transcript()));
    const ConnectionEvent error = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(error.stage, Stage::Upgrade);
    QVERIFY2(error.detail.contains(u"evil.v1"_s), qPrintable(error.detail));
    QCOMPARE(error.cause, FailureCause::ProtocolMismatch);
    QVERIFY(server.requests().constFirst().contains("Sec-WebSocket-Protocol: good.v1"));
    QCOMPARE(events.count(Kind::Connected), 0);
}

void TestConnection::unofferedSubprotocolFails() {
    ScriptedServer server(ScriptedServer::Mode::Upgrade);
    server.setSubprotocolAnswer("evil.v1");
    QVERIFY(server.listen());
    verifyEvilSubprotocolRefused(server);
}

void TestConnection::overlongAnswerLineIsCutAtAsteriskLimit() {
    // Asterisk reads the answer in lines of at most 4095 bytes: what follows the cut is a line
    // of its own, here a subprotocol the client did not offer.
    ScriptedServer server(ScriptedServer::Mode::Upgrade);
    const QByteArray padding = "X-Padding: ";
    server.setExtraHeaderBytes(
        padding + QByteArray(wscm::HandshakeResponse::MaxLineBytes - padding.size(), 'a') +
        "Sec-WebSocket-Protocol: evil.v1\r\n");
    QVERIFY(server.listen());
    verifyEvilSubprotocolRefused(server);
}

void TestConnection::silentServerEndsAttemptAfterTwiceTheTimeout() {
    ScriptedServer server(ScriptedServer::Mode::Silent);
    QVERIFY(server.listen());
    auto settings = TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(server.port()));
    settings.connectionTimeoutMs = 300;
    Connection connection(settings);
    EventRecorder events(&connection);
    QElapsedTimer clock;
    clock.start();
    connection.start();
    QVERIFY2(events.waitFor(Kind::Error, 5000), qPrintable(events.transcript()));
    const qint64 elapsed = clock.elapsed();
    const ConnectionEvent error = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(error.stage, Stage::Upgrade);
    QVERIFY2(error.detail.contains(u"600 ms"_s), qPrintable(error.detail));
    QCOMPARE(error.cause, FailureCause::UpgradeTimeout);
    QVERIFY2(elapsed >= 550 && elapsed < 1500, qPrintable(QString::number(elapsed)));
    QCOMPARE(server.connectionCount(), 1);
}

void TestConnection::closedPortFailsAtTcp() {
    auto settings = TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(FreePort::find()));
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY(events.waitFor(Kind::Error, 5000));
    const ConnectionEvent error = events.ofKind(Kind::Error).constFirst();
    QCOMPARE(error.stage, Stage::Tcp);
    QVERIFY2(error.detail.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(error.detail));
    QCOMPARE(error.cause, FailureCause::Refused);
    QCOMPARE(error.timings.tcpUs, -1);
    // The events that follow a failure carry its cause.
    QVERIFY(events.waitFor(Kind::Retrying, 5000));
    QCOMPARE(events.ofKind(Kind::Retrying).constFirst().cause, FailureCause::Refused);
}

void TestConnection::reconnectsAfterServerRestart() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    auto settings = TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(port));
    settings.reconnectIntervalMs = 500;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY(events.waitFor(Kind::Connected, 5000));

    server.close();
    QVERIFY2(events.waitFor(Kind::Disconnected, 5000), qPrintable(events.transcript()));
    QCOMPARE(events.ofKind(Kind::Disconnected).constFirst().stage, Stage::Closed);
    QTest::qWait(1200); // a few refused attempts while the server is down
    QVERIFY(events.count(Kind::Error) >= 1);
    QCOMPARE(connection.health().state, ConnectionHealth::State::Retrying);

    QVERIFY(server.listen(port));
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(events.waitFor(Kind::Connected, 5000, 2), qPrintable(events.transcript()));
    QVERIFY2(clock.elapsed() <= 500 + 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(connection.health().reconnects, 1);
}

void TestConnection::givesUpAfterExactlyReconnectAttempts_data() {
    QTest::addColumn<wscm::ClientSettings::ConnectionType>("type");
    QTest::addColumn<int>("attempts");
    QTest::newRow("per_call_config") << wscm::ClientSettings::ConnectionType::PerCallConfig << 3;
    // Unset: no standing connection in Asterisk, so no endless retry either.
    QTest::newRow("unset") << wscm::ClientSettings::ConnectionType::Unset << 2;
}

void TestConnection::givesUpAfterExactlyReconnectAttempts() {
    QFETCH(wscm::ClientSettings::ConnectionType, type);
    QFETCH(int, attempts);
    auto settings = TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(FreePort::find()));
    settings.connectionType = type;
    settings.reconnectAttempts = attempts;
    settings.reconnectIntervalMs = 50;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::GaveUp, 5000), qPrintable(events.transcript()));
    QTest::qWait(300);
    QCOMPARE(events.count(Kind::Connecting), attempts);
    QCOMPARE(events.count(Kind::Error), attempts);
    QCOMPARE(events.count(Kind::Retrying), attempts - 1);
    QCOMPARE(events.count(Kind::GaveUp), 1);
    QCOMPARE(connection.health().state, ConnectionHealth::State::GaveUp);
    QCOMPARE(connection.health().attempts, attempts);
    QVERIFY(!connection.isActive());
}

void TestConnection::persistentWarnsEveryReconnectAttemptsFailures() {
    const QString uri = u"ws://127.0.0.1:%1/"_s.arg(FreePort::find());
    auto settings = TestSettings::forUri(uri);
    settings.reconnectAttempts = 2;
    settings.reconnectIntervalMs = 30;
    Connection connection(settings);
    EventRecorder events(&connection);
    connection.start();
    QVERIFY(events.waitFor(Kind::Connecting, 5000, 7));
    connection.stop();
    // Asterisk's own warning after each connect call of reconnect_attempts tries
    // (tests/parity/retry/refused), then a new call: never a give-up.
    const QString warning =
        u"test: Websocket connection to %1 failed after 2 tries: Client start "
        u"error (Transport endpoint is not connected).  Retrying in 30 ms."_s.arg(uri);
    int warnings = 0;
    int failures = 0;
    for (const ConnectionEvent &event : events.events()) {
        if (event.kind == Kind::Error)
            ++failures;
        if (event.kind != Kind::Retrying)
            continue;
        if (failures % 2 == 0) {
            ++warnings;
            QCOMPARE(event.detail, warning);
        } else {
            QCOMPARE(event.detail, u"next attempt in 30 ms"_s);
        }
    }
    QCOMPARE(warnings, failures / 2);
    QVERIFY(warnings >= 3);
    QCOMPARE(events.count(Kind::GaveUp), 0);
}

void TestConnection::serverCloseReportsCodeAndReason() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    Connection connection(TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(server.port())));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY(events.waitFor(Kind::Connected, 5000));
    server.closeClients(QWebSocketProtocol::CloseCodePolicyViolated, u"go away"_s);
    QVERIFY2(events.waitFor(Kind::Disconnected, 5000), qPrintable(events.transcript()));
    const ConnectionEvent lost = events.ofKind(Kind::Disconnected).constFirst();
    QCOMPARE(lost.stage, Stage::Closed);
    QVERIFY2(lost.detail.contains(u"1008"_s) && lost.detail.contains(u"go away"_s),
             qPrintable(lost.detail));
    QCOMPARE(lost.cause, FailureCause::ClosedByServer);
    QVERIFY(events.waitFor(Kind::Connected, 5000, 2));
}

void TestConnection::closeFrameReadWithTheEndOfStreamKeepsItsCode() {
    ScriptedServer server(ScriptedServer::Mode::Upgrade);
    server.setAfterUpgrade(ScriptedServer::AfterUpgrade::CloseFrameAndEnd);
    QVERIFY(server.listen());
    Connection connection(TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(server.port())));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY2(events.waitFor(Kind::Disconnected, 5000), qPrintable(events.transcript()));
    QCOMPARE(events.count(Kind::Connected), 1);
    const ConnectionEvent lost = events.ofKind(Kind::Disconnected).constFirst();
    QCOMPARE(lost.stage, Stage::Closed);
    QCOMPARE(lost.detail, u"closed by server, code 1008 reason \"bye now\""_s);
    QCOMPARE(lost.cause, FailureCause::ClosedByServer);
}

void TestConnection::stopEndsTheConnection() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    Connection connection(TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(server.port())));
    EventRecorder events(&connection);
    connection.start();
    QVERIFY(events.waitFor(Kind::Connected, 5000));
    connection.stop();
    QCOMPARE(connection.health().state, ConnectionHealth::State::Stopped);
    QCOMPARE(connection.socketDescriptor(), qintptr(-1));
    QTest::qWait(600);
    QCOMPARE(events.count(Kind::Connecting), 1);
    QCOMPARE(events.events().constLast().kind, Kind::Disconnected);
}

void TestConnection::secretsNeverAppearInEvents() {
    const QString password = u"S3cret-Passw0rd"_s;
    const QString proxyPassword = u"Pr0xy-S3cret"_s;
    // A hostile server echoing the secret in its status line must not get it into a detail.
    ScriptedServer echo(ScriptedServer::Mode::Respond);
    echo.setResponse("HTTP/1.1 499 " + password.toUtf8() + "\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(echo.listen());
    ScriptedServer refuse(ScriptedServer::Mode::Respond);
    refuse.setResponse("HTTP/1.1 401 Unauthorized\r\n\r\n");
    QVERIFY(refuse.listen());

    QList<wscm::ClientSettings> cases;
    auto withSecrets = [&](wscm::ClientSettings s) {
        s.username = u"user"_s;
        s.password = password;
        s.proxyUsername = u"proxyuser"_s;
        s.proxyPassword = proxyPassword;
        s.connectionType = wscm::ClientSettings::ConnectionType::PerCallConfig;
        s.reconnectAttempts = 1;
        return s;
    };
    cases << withSecrets(TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(echo.port())));
    cases << withSecrets(TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(refuse.port())));
    auto viaDeadProxy =
        withSecrets(TestSettings::forUri(u"ws://127.0.0.1:%1/"_s.arg(refuse.port())));
    viaDeadProxy.proxyHostText = u"127.0.0.1:%1"_s.arg(FreePort::find());
    cases << viaDeadProxy;

    for (const auto &settings : cases) {
        Connection connection(settings);
        EventRecorder events(&connection);
        connection.start();
        QVERIFY2(events.waitFor(Kind::GaveUp, 5000), qPrintable(events.transcript()));
        QString all = events.transcript() + connection.health().lastFailureDetail;
        for (const auto &event : events.events())
            all += QString::fromUtf8(QJsonDocument(event.toJson()).toJson());
        QVERIFY2(!all.contains(password), qPrintable(all));
        QVERIFY2(!all.contains(proxyPassword), qPrintable(all));
        QVERIFY(
            !all.contains(QString::fromLatin1(QByteArray("user:" + password.toUtf8()).toBase64())));
    }
}

WSCM_ENGINE_TEST_MAIN(TestConnection)
#include "TestConnection.moc"
