// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "net/FailureClassifier.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace wscm;
using Facts = FailureClassifier::Facts;
using Stage = ConnectionHealth::Stage;
using Socket = QAbstractSocket;

Q_DECLARE_METATYPE(wscm::FailureClassifier::Facts)

namespace {

// Facts for one table row, written as what the engine saw: at(Stage::Tcp).error(...).
struct Seen {
    Facts facts;
    Seen &proxy() {
        facts.viaProxy = true;
        return *this;
    }
    Seen &timedOut() {
        facts.timedOut = true;
        return *this;
    }
    Seen &error(Socket::SocketError error) {
        facts.socketError = error;
        return *this;
    }
    Seen &status(int status) {
        facts.httpStatus = status;
        return *this;
    }
    Seen &answer(wscm::FailureClassifier::UpgradeAnswer kind) {
        facts.upgradeAnswer = kind;
        return *this;
    }
    Seen &certificate(QList<QSslError::SslError> errors) {
        facts.certificateErrors = errors;
        return *this;
    }
    Seen &alert(QSsl::AlertType type) {
        facts.tlsAlert = type;
        return *this;
    }
    Seen &established() {
        facts.tlsEstablished = true;
        return *this;
    }
    Seen &unusableFiles() {
        facts.tlsFilesUnusable = true;
        return *this;
    }
    Seen &closeCode(int code) {
        facts.closeCode = code;
        return *this;
    }
    operator Facts() const { return facts; }
};

Seen at(Stage stage) {
    Seen seen;
    seen.facts.stage = stage;
    return seen;
}

} // namespace

// The cause of every failure the engine can tell apart, from the facts alone: one row per
// case, no sockets. The expected cause is written as its stable name, so a renamed cause
// fails here too.
class TestFailureClassifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesTheCause_data();
    void namesTheCause();
    void namesAreStableAndDistinct();
    void everyCauseIsInTheTable();
};

void TestFailureClassifier::namesTheCause_data() {
    using K = wscm::FailureClassifier::UpgradeAnswer;
    using E = QSslError;
    QTest::addColumn<Facts>("facts");
    QTest::addColumn<QString>("cause");

    QTest::newRow("no failure") << Facts(at(Stage::None)) << QString();

    // resolve
    QTest::newRow("host not found")
        << Facts(at(Stage::Resolve).error(Socket::HostNotFoundError)) << "dns";
    QTest::newRow("proxy host not found (Qt)")
        << Facts(at(Stage::Resolve).proxy().error(Socket::ProxyNotFoundError)) << "proxy-dns";
    QTest::newRow("proxy host not found (own CONNECT)")
        << Facts(at(Stage::Resolve).proxy().error(Socket::HostNotFoundError)) << "proxy-dns";

    // tcp
    QTest::newRow("refused") << Facts(at(Stage::Tcp).error(Socket::ConnectionRefusedError))
                             << "refused";
    QTest::newRow("proxy refused (Qt)")
        << Facts(at(Stage::Tcp).proxy().error(Socket::ProxyConnectionRefusedError))
        << "proxy-refused";
    QTest::newRow("proxy refused (own CONNECT)")
        << Facts(at(Stage::Tcp).proxy().error(Socket::ConnectionRefusedError)) << "proxy-refused";
    QTest::newRow("unreachable") << Facts(at(Stage::Tcp).error(Socket::NetworkError))
                                 << "unreachable";
    QTest::newRow("connect timeout") << Facts(at(Stage::Tcp).timedOut()) << "connect-timeout";
    QTest::newRow("socket timeout")
        << Facts(at(Stage::Tcp).error(Socket::SocketTimeoutError)) << "connect-timeout";
    QTest::newRow("proxy connect timeout")
        << Facts(at(Stage::Tcp).proxy().timedOut()) << "proxy-connect-timeout";
    QTest::newRow("proxy connect timeout (Qt)")
        << Facts(at(Stage::Tcp).proxy().error(Socket::ProxyConnectionTimeoutError))
        << "proxy-connect-timeout";
    QTest::newRow("tcp, closed without error") << Facts(at(Stage::Tcp)) << "other";

    // proxy: the status when it is known, else what Qt's proxy code said
    QTest::newRow("proxy 407") << Facts(at(Stage::Proxy).proxy().status(407)) << "proxy-auth";
    QTest::newRow("proxy 407 (Qt, no status)")
        << Facts(at(Stage::Proxy).proxy().error(Socket::ProxyAuthenticationRequiredError))
        << "proxy-auth";
    QTest::newRow("proxy 403") << Facts(at(Stage::Proxy).proxy().status(403)) << "proxy-denied";
    QTest::newRow("proxy 405") << Facts(at(Stage::Proxy).proxy().status(405)) << "proxy-denied";
    QTest::newRow("proxy 404")
        << Facts(at(Stage::Proxy).proxy().status(404).error(Socket::HostNotFoundError))
        << "proxy-target-not-found";
    QTest::newRow("proxy 503")
        << Facts(at(Stage::Proxy).proxy().status(503).error(Socket::ConnectionRefusedError))
        << "proxy-target-refused";
    QTest::newRow("proxy 502") << Facts(at(Stage::Proxy).proxy().status(502)) << "proxy-status";
    QTest::newRow("proxy unexpected status (Qt)")
        << Facts(at(Stage::Proxy).proxy().error(Socket::ProxyProtocolError)) << "proxy-status";
    QTest::newRow("proxy closed (Qt)")
        << Facts(at(Stage::Proxy).proxy().error(Socket::ProxyConnectionClosedError))
        << "proxy-closed";
    QTest::newRow("proxy closed (own CONNECT)")
        << Facts(at(Stage::Proxy).proxy().error(Socket::RemoteHostClosedError)) << "proxy-closed";
    QTest::newRow("proxy timeout") << Facts(at(Stage::Proxy).proxy().timedOut()) << "proxy-timeout";

    // tls
    QTest::newRow("tls files") << Facts(at(Stage::Tls).unusableFiles()) << "tls-files";
    QTest::newRow("unknown issuer")
        << Facts(at(Stage::Tls)
                     .error(Socket::SslHandshakeFailedError)
                     .certificate({E::UnableToGetLocalIssuerCertificate}))
        << "tls-untrusted";
    QTest::newRow("self-signed") << Facts(at(Stage::Tls).certificate({E::SelfSignedCertificate}))
                                 << "tls-untrusted";
    QTest::newRow("untrusted and wrong name")
        << Facts(at(Stage::Tls).certificate({E::HostNameMismatch, E::SelfSignedCertificate}))
        << "tls-untrusted";
    QTest::newRow("wrong name") << Facts(at(Stage::Tls).certificate({E::HostNameMismatch}))
                                << "tls-name";
    QTest::newRow("expired") << Facts(at(Stage::Tls).certificate({E::CertificateExpired}))
                             << "tls-expired";
    QTest::newRow("expired and wrong name")
        << Facts(at(Stage::Tls).certificate({E::HostNameMismatch, E::CertificateExpired}))
        << "tls-expired";
    QTest::newRow("not yet valid")
        << Facts(at(Stage::Tls).certificate({E::CertificateNotYetValid})) << "tls-not-yet-valid";
    QTest::newRow("alert: certificate required")
        << Facts(at(Stage::Tls)
                     .error(Socket::SslHandshakeFailedError)
                     .alert(QSsl::AlertType::CertificateRequired))
        << "tls-client-cert";
    QTest::newRow("alert: unknown ca")
        << Facts(at(Stage::Tls).alert(QSsl::AlertType::UnknownCa)) << "tls-client-cert";
    QTest::newRow("alert: bad certificate")
        << Facts(at(Stage::Tls).alert(QSsl::AlertType::BadCertificate)) << "tls-client-cert";
    QTest::newRow("alert: protocol version")
        << Facts(at(Stage::Tls).alert(QSsl::AlertType::ProtocolVersion)) << "tls-handshake";
    QTest::newRow("tls 1.3 close after our handshake")
        << Facts(at(Stage::Tls).established().error(Socket::RemoteHostClosedError))
        << "tls-client-cert";
    QTest::newRow("close during handshake")
        << Facts(at(Stage::Tls).error(Socket::RemoteHostClosedError)) << "tls-handshake";
    QTest::newRow("no tls on the port")
        << Facts(at(Stage::Tls).error(Socket::SslHandshakeFailedError)) << "tls-handshake";
    QTest::newRow("tls timeout") << Facts(at(Stage::Tls).timedOut()) << "tls-timeout";

    // upgrade
    QTest::newRow("401") << Facts(at(Stage::Upgrade).status(401).answer(K::HttpStatus))
                         << "unauthorized";
    QTest::newRow("403") << Facts(at(Stage::Upgrade).status(403).answer(K::HttpStatus))
                         << "forbidden";
    QTest::newRow("404") << Facts(at(Stage::Upgrade).status(404).answer(K::HttpStatus))
                         << "not-found";
    QTest::newRow("400") << Facts(at(Stage::Upgrade).status(400).answer(K::HttpStatus))
                         << "upgrade-status";
    QTest::newRow("500") << Facts(at(Stage::Upgrade).status(500)) << "upgrade-status";
    QTest::newRow("200") << Facts(at(Stage::Upgrade).status(200)) << "upgrade-status";
    QTest::newRow("unoffered subprotocol")
        << Facts(at(Stage::Upgrade).status(101).answer(K::UnwantedSubprotocol))
        << "protocol-mismatch";
    QTest::newRow("bad accept key")
        << Facts(at(Stage::Upgrade).status(101).answer(K::InvalidResponse)) << "invalid-response";
    QTest::newRow("not http") << Facts(at(Stage::Upgrade).answer(K::InvalidResponse))
                              << "invalid-response";
    QTest::newRow("closed before answering")
        << Facts(at(Stage::Upgrade).error(Socket::RemoteHostClosedError)) << "upgrade-closed";
    QTest::newRow("upgrade timeout") << Facts(at(Stage::Upgrade).timedOut()) << "upgrade-timeout";
    QTest::newRow("unparsed handshake error")
        << Facts(at(Stage::Upgrade).error(Socket::ConnectionRefusedError)) << "other";

    // a connection that was up
    QTest::newRow("ping timeout") << Facts(at(Stage::PingTimeout)) << "ping-timeout";
    QTest::newRow("keepalive") << Facts(at(Stage::Keepalive).error(Socket::SocketTimeoutError))
                               << "keepalive-timeout";
    QTest::newRow("close frame") << Facts(at(Stage::Closed).closeCode(1000)) << "closed-by-server";
    QTest::newRow("tcp close") << Facts(at(Stage::Closed).error(Socket::RemoteHostClosedError))
                               << "closed-by-server";
    QTest::newRow("too big") << Facts(at(Stage::Closed).closeCode(1009)) << "message-too-big";
    QTest::newRow("network error")
        << Facts(at(Stage::Closed).error(Socket::NetworkError)) << "connection-lost";
}

void TestFailureClassifier::namesTheCause() {
    QFETCH(Facts, facts);
    QFETCH(QString, cause);
    QCOMPARE(FailureCauses::name(FailureClassifier::classify(facts)), cause);
}

void TestFailureClassifier::namesAreStableAndDistinct() {
    static const QRegularExpression form(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QSet<QString> names;
    for (const FailureCauses::Entry &entry : FailureCauses::all()) {
        const QString name = QString::fromLatin1(entry.name);
        QVERIFY2(form.match(name).hasMatch(), entry.name);
        QVERIFY2(!names.contains(name), entry.name);
        names.insert(name);
        QCOMPARE(FailureCauses::fromName(name), std::optional(entry.cause));
        QVERIFY(!FailureCauses::meaning(entry.cause).isEmpty());
    }
    QCOMPARE(FailureCauses::name(FailureCause::None), QString());
    QVERIFY(!FailureCauses::fromName(u"no-such-cause").has_value());
}

void TestFailureClassifier::everyCauseIsInTheTable() {
    QCOMPARE(FailureCauses::all().size(), int(FailureCause::Other));
    for (int i = int(FailureCause::None) + 1; i <= int(FailureCause::Other); ++i)
        QVERIFY2(!FailureCauses::name(FailureCause(i)).isEmpty(), qPrintable(QString::number(i)));
}

QTEST_GUILESS_MAIN(TestFailureClassifier)
#include "TestFailureClassifier.moc"
