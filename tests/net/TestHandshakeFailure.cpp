#include "net/HandshakeFailure.h"

#include <QTest>

using namespace Qt::StringLiterals;
using wscm::HandshakeFailure;

class TestHandshakeFailure : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsStatusAndNamesItAsAsterisk_data();
    void readsStatusAndNamesItAsAsterisk();
    void readsUnofferedSubprotocol();
    void readsBadAcceptKeyAsInvalidResponse();
    void keepsUnknownTextAsIs();
};

void TestHandshakeFailure::readsStatusAndNamesItAsAsterisk_data() {
    QTest::addColumn<QString>("qtError");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("401")
        << u"QWebSocketPrivate::processHandshake: Unhandled http status code: 401 (Unauthorized)."_s
        << 401 << u"HTTP 401 Unauthorized"_s;
    QTest::newRow("404")
        << u"QWebSocketPrivate::processHandshake: Unhandled http status code: 404 (Not Found)."_s
        << 404 << u"HTTP 404 URL not found"_s;
    QTest::newRow("503 keeps reason") << u"Unhandled http status code: 503 (Service Unavailable)."_s
                                      << 503 << u"HTTP 503 Service Unavailable"_s;
    QTest::newRow("no reason") << u"Unhandled http status code: 302 ()."_s << 302
                               << u"HTTP 302 invalid response"_s;
    QTest::newRow("400")
        << u"QWebSocketPrivate::processHandshake: Unknown error condition encountered. Aborting connection."_s
        << 400 << u"HTTP 400 Bad Request"_s;
}

void TestHandshakeFailure::readsStatusAndNamesItAsAsterisk() {
    QFETCH(QString, qtError);
    QFETCH(int, status);
    QFETCH(QString, detail);
    const HandshakeFailure failure = HandshakeFailure::fromQtError(qtError);
    QCOMPARE(failure.kind, HandshakeFailure::Kind::HttpStatus);
    QCOMPARE(failure.httpStatus, status);
    QCOMPARE(failure.detail, detail);
}

void TestHandshakeFailure::readsUnofferedSubprotocol() {
    const HandshakeFailure failure = HandshakeFailure::fromQtError(
        u"WebSocket server has chosen protocol evil.v1 which has not been requested"_s);
    QCOMPARE(failure.kind, HandshakeFailure::Kind::UnwantedSubprotocol);
    QCOMPARE(failure.subprotocol, u"evil.v1"_s);
    QVERIFY(failure.detail.contains(u"evil.v1"_s));
}

void TestHandshakeFailure::readsBadAcceptKeyAsInvalidResponse() {
    const HandshakeFailure failure = HandshakeFailure::fromQtError(
        u"Accept-Key received from server abc does not match the client key def."_s);
    QCOMPARE(failure.kind, HandshakeFailure::Kind::InvalidResponse);
    QCOMPARE(failure.httpStatus, 101);
}

void TestHandshakeFailure::keepsUnknownTextAsIs() {
    const HandshakeFailure failure = HandshakeFailure::fromQtError(u"Header is too large"_s);
    QCOMPARE(failure.kind, HandshakeFailure::Kind::Other);
    QCOMPARE(failure.httpStatus, 0);
    QCOMPARE(failure.detail, u"Header is too large"_s);
}

QTEST_GUILESS_MAIN(TestHandshakeFailure)
#include "TestHandshakeFailure.moc"
