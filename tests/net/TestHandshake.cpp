// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "config/AsteriskUri.h"
#include "net/HandshakeRequest.h"
#include "net/HandshakeResponse.h"

#include <QTest>

using namespace Qt::StringLiterals;
using wscm::AsteriskUri;
using wscm::HandshakeRequest;
using wscm::HandshakeResponse;
using Result = wscm::AttemptFailure::Result;

// The requests Asterisk writes and its judgement of the answers, on bytes; the same rules
// against a real Asterisk's recordings are in TestNetworkParity.
class TestHandshake : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void upgradeRequestIsAsterisks();
    void proxyConnectIsAsterisks();
    void credentialsFollowAsterisksOrder();
    void answers_data();
    void answers();
    void endOfInput_data();
    void endOfInput();
    void longLinesComeInPieces();
    void aCutLineIsNotQuoted();
};

void TestHandshake::upgradeRequestIsAsterisks() {
    const auto uri = AsteriskUri::parse("ws://u:p@Host:8080/a/b?x=1");
    QCOMPARE(HandshakeRequest::upgrade(uri, "Basic dTpw", "a, b ,c", "KEY"),
             QByteArray("GET /a/b?x=1 HTTP/1.1\r\nSec-WebSocket-Version: 13\r\n"
                        "Upgrade: websocket\r\nConnection: Upgrade\r\nHost: Host:8080\r\n"
                        "Authorization: Basic dTpw\r\nSec-WebSocket-Protocol: a, b ,c\r\n"
                        "Sec-WebSocket-Key: KEY\r\n\r\n"));
    QCOMPARE(
        HandshakeRequest::upgrade(AsteriskUri::parse("ws://h"), QByteArray(), QByteArray(), "K"),
        QByteArray("GET / HTTP/1.1\r\nSec-WebSocket-Version: 13\r\nUpgrade: websocket\r\n"
                   "Connection: Upgrade\r\nHost: h:443\r\nSec-WebSocket-Key: K\r\n\r\n"));
}

void TestHandshake::proxyConnectIsAsterisks() {
    QCOMPARE(HandshakeRequest::proxyConnect(AsteriskUri::parse("ws://[::1]:9/x"), QByteArray()),
             QByteArray("CONNECT [::1]:9 HTTP/1.1\r\nHost: [::1]:9\r\n"
                        "Proxy-Connection: Keep-Alive\r\n\r\n"));
    QCOMPARE(HandshakeRequest::proxyConnect(AsteriskUri::parse("ws://h/x"), "Basic eDp5"),
             QByteArray("CONNECT h:443 HTTP/1.1\r\nHost: h:443\r\nProxy-Authorization: Basic "
                        "eDp5\r\nProxy-Connection: Keep-Alive\r\n\r\n"));
}

void TestHandshake::credentialsFollowAsterisksOrder() {
    // The URI's userinfo wins over username/password.
    QCOMPARE(HandshakeRequest::userInfo(AsteriskUri::parse("ws://a:b@h/"), "u", "p"),
             std::optional<QByteArray>("a:b"));
    QCOMPARE(HandshakeRequest::userInfo(AsteriskUri::parse("ws://h/"), "u", "p"),
             std::optional<QByteArray>("u:p"));
    // Both options or none.
    QVERIFY(!HandshakeRequest::userInfo(AsteriskUri::parse("ws://h/"), "u", ""));
    QVERIFY(!HandshakeRequest::userInfo(AsteriskUri::parse("ws://h/"), "", "p"));
    QCOMPARE(HandshakeRequest::basicAuthorization("a:b:c"),
             std::optional<QByteArray>("Basic " + QByteArray("a:b:c").toBase64()));
    // A userinfo without ':' gives no header: Asterisk then fails with "Allocation error".
    QVERIFY(!HandshakeRequest::basicAuthorization("justuser"));
    QCOMPARE(HandshakeRequest::acceptFor("dGhlIHNhbXBsZSBub25jZQ=="),
             QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QCOMPARE(QByteArray::fromBase64(HandshakeRequest::newKey()).size(), 16);
}

void TestHandshake::answers_data() {
    QTest::addColumn<bool>("proxy");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("detail");
    const QByteArray accept = HandshakeRequest::acceptFor("KEY");
    const QByteArray good = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                            "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                            accept + "\r\n";
    QTest::newRow("101") << false << good + "\r\n" << int(Result::Ok) << QString();
    QTest::newRow("values without case, accept included")
        << false
        << "HTTP/1.1 101 x\r\nupgrade:   WebSocket  \r\nCONNECTION: upgrade\r\n"
           "sec-websocket-accept: " +
               accept.toLower() + "\r\n\r\n"
        << int(Result::Ok) << QString();
    QTest::newRow("HTTP/1.0")
        << false << QByteArray("HTTP/1.0 101 OK\r\n\r\n") << int(Result::InvalidResponse)
        << u"invalid response: the server's answer is not HTTP/1.1 (it begins \"HTTP/1.0 101 OK\")"_s;
    QTest::newRow("400") << false << QByteArray("HTTP/1.1 400 Bad\r\n\r\n")
                         << int(Result::BadRequest) << u"HTTP 400 Bad Request"_s;
    QTest::newRow("401") << false << QByteArray("HTTP/1.1 401 No\r\n\r\n")
                         << int(Result::Unauthorized) << u"HTTP 401 Unauthorized"_s;
    QTest::newRow("404") << false << QByteArray("HTTP/1.1 404 No\r\n\r\n")
                         << int(Result::UrlNotFound) << u"HTTP 404 URL not found"_s;
    QTest::newRow("200 from a server")
        << false << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << int(Result::InvalidResponse)
        << u"HTTP 200 OK instead of 101 Switching Protocols"_s;
    QTest::newRow("Connection with more than upgrade")
        << false
        << QByteArray(good).replace("Connection: Upgrade", "Connection: Upgrade, keep-alive") +
               "\r\n"
        << int(Result::HeaderMismatch)
        << u"invalid response: Connection is \"Upgrade, keep-alive\", not \"Upgrade\""_s;
    QTest::newRow("missing accept")
        << false
        << QByteArray("HTTP/1.1 101 x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n")
        << int(Result::HeaderMissing)
        << u"invalid response: the 101 answer has no Sec-WebSocket-Accept"_s;
    QTest::newRow("protocol found anywhere in the text")
        << false << good + "Sec-WebSocket-Protocol: EDIA\r\n\r\n"
        << int(Result::Ok) << QString();
    QTest::newRow("protocol not offered")
        << false << good + "Sec-WebSocket-Protocol: zzz\r\n\r\n"
        << int(Result::HeaderMismatch) << u"server chose subprotocol 'zzz' which was not offered"_s;
    QTest::newRow("extensions")
        << false << good + "Sec-WebSocket-Extensions: x\r\n\r\n"
        << int(Result::NotSupported)
        << u"server answered with Sec-WebSocket-Extensions (x), which Asterisk does not support"_s;
    QTest::newRow("name with a blank is another header")
        << false << good + "Sec-WebSocket-Protocol : zzz\r\n\r\n"
        << int(Result::Ok) << QString();
    QTest::newRow("proxy 200, headers ignored")
        << true << QByteArray("HTTP/1.1 200 Connection established\r\nConnection: close\r\n\r\n")
        << int(Result::Ok) << QString();
    QTest::newRow("proxy HTTP/1.0 200")
        << true << QByteArray("HTTP/1.0 200 Connection established\r\n\r\n")
        << int(Result::InvalidResponse)
        << u"invalid response: the proxy's answer is not HTTP/1.1 (it begins \"HTTP/1.0 200 Connection established\")"_s;
    QTest::newRow("proxy 407")
        << true << QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n")
        << int(Result::InvalidResponse)
        << u"proxy answered HTTP 407 Proxy Authentication Required to the CONNECT (only 200 opens the tunnel)"_s;
    QTest::newRow("proxy 101")
        << true << QByteArray("HTTP/1.1 101 Switching\r\n\r\n") << int(Result::InvalidResponse)
        << u"proxy answered HTTP 101 Switching to the CONNECT (only 200 opens the tunnel)"_s;
}

void TestHandshake::answers() {
    QFETCH(bool, proxy);
    QFETCH(QByteArray, answer);
    QFETCH(int, result);
    QFETCH(QString, detail);
    HandshakeResponse response(proxy ? HandshakeResponse::Kind::Proxy
                                     : HandshakeResponse::Kind::Upgrade,
                               HandshakeRequest::acceptFor("KEY"), "media,ari");
    for (const QByteArray &line : answer.split('\n')) {
        if (response.addLine(line + '\n'))
            break;
    }
    QVERIFY(response.isDone());
    QCOMPARE(int(response.result()), result);
    QCOMPARE(response.detail(), detail);
    QCOMPARE(response.osError().isEmpty(), result == int(Result::Ok));
}

void TestHandshake::endOfInput_data() {
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("osError");
    const QByteArray head = "HTTP/1.1 101 x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Accept: " +
                            HandshakeRequest::acceptFor("KEY") + "\r\n";
    const QString again = u"Resource temporarily unavailable"_s;
    QTest::newRow("plain close, nothing")
        << QByteArray() << false << false << int(Result::ClientStartError) << again;
    QTest::newRow("timeout, nothing")
        << QByteArray() << true << true << int(Result::ClientStartError) << again;
    QTest::newRow("TLS close, nothing") << QByteArray() << false << true << int(Result::BadStatus)
                                        << u"Transport endpoint is not connected"_s;
    QTest::newRow("plain close in the headers")
        << head << false << false << int(Result::ClientStartError) << again;
    QTest::newRow("TLS close ends the headers")
        << head << false << true << int(Result::Ok) << QString();
}

// How Asterisk's reader ends (tests/parity/retry/closed-without-answer and
// tests/parity/tls/closed-after-handshake).
void TestHandshake::endOfInput() {
    QFETCH(QByteArray, received);
    QFETCH(bool, timedOut);
    QFETCH(bool, tls);
    QFETCH(int, result);
    QFETCH(QString, osError);
    HandshakeResponse response(HandshakeResponse::Kind::Upgrade,
                               HandshakeRequest::acceptFor("KEY"));
    for (const QByteArray &line : received.split('\n')) {
        if (!line.isEmpty())
            response.addLine(line + '\n');
    }
    QVERIFY(!response.isDone());
    response.endOfInput(timedOut, tls);
    QVERIFY(response.isDone());
    QCOMPARE(int(response.result()), result);
    QCOMPARE(response.osError(), osError);
}

void TestHandshake::longLinesComeInPieces() {
    HandshakeResponse response(HandshakeResponse::Kind::Upgrade,
                               HandshakeRequest::acceptFor("KEY"));
    QVERIFY(!response.addLine("HTTP/1.1 101 x\r\n"));
    // A header line cut at 4095 bytes: the rest is a line without ':' and is skipped.
    QVERIFY(!response.addLine("X-Long: " + QByteArray(HandshakeResponse::MaxLineBytes - 8, 'a')));
    QVERIFY(response.addLine("Sec-WebSocket-Extensions: tail\r\n"));
    QVERIFY(response.isDone());
    QCOMPARE(response.result(), Result::NotSupported);
}

// A server that echoes the password where the reader cuts the line at 4095 bytes would leave
// its first part in the detail, past the scrubber (which hides whole secrets): a cut line is
// not quoted (found by fuzzing, tests/fuzz/regressions/answer).
void TestHandshake::aCutLineIsNotQuoted() {
    const QByteArray status = "HTTP/1.1 500 ";
    HandshakeResponse refused(HandshakeResponse::Kind::Upgrade);
    QVERIFY(refused.addLine(
        status + QByteArray(HandshakeResponse::MaxLineBytes - status.size() - 4, 'x') + "hunt"));
    QCOMPARE(refused.detail(), u"HTTP 500 [a line over 4095 bytes, not shown] instead of 101 "
                               u"Switching Protocols");
    HandshakeResponse header(HandshakeResponse::Kind::Upgrade);
    QVERIFY(!header.addLine("HTTP/1.1 101 Switching Protocols\r\n"));
    QVERIFY(header.addLine("Upgrade: " + QByteArray(HandshakeResponse::MaxLineBytes - 13, 'y') +
                           "hunt"));
    QVERIFY(!header.detail().contains(u"hunt"));
    // A whole line is quoted.
    HandshakeResponse whole(HandshakeResponse::Kind::Upgrade);
    QVERIFY(whole.addLine("HTTP/1.1 500 no hunting\r\n"));
    QVERIFY(whole.detail().contains(u"no hunting"));
}

QTEST_GUILESS_MAIN(TestHandshake)
#include "TestHandshake.moc"
