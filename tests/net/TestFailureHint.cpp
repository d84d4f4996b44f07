// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "net/ConnectionHealth.h"
#include "net/FailureHint.h"
#include "schema/OptionSchema.h"

#include <QRegularExpression>
#include <QTest>

using namespace wscm;

// The hint follows the cause (and the HTTP status beside it), not the wording of the error.
class TestFailureHint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesTheOptionsToCheck_data();
    void namesTheOptionsToCheck();
    void everyCauseHasAHint();
    void detailTextDoesNotChangeTheHint();
};

void TestFailureHint::namesTheOptionsToCheck_data() {
    using C = FailureCause;
    QTest::addColumn<FailureCause>("cause");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no failure") << C::None << 0 << QString();
    QTest::newRow("dns") << C::Dns << 0 << QStringLiteral("check the host in uri");
    QTest::newRow("proxy dns") << C::ProxyDns << 0 << QStringLiteral("check proxy_host");
    QTest::newRow("refused") << C::Refused << 0
                             << QStringLiteral("Nothing accepts connections at that address");
    QTest::newRow("proxy refused")
        << C::ProxyRefused << 0 << QStringLiteral("at the proxy's address: check proxy_host");
    QTest::newRow("connect timeout")
        << C::ConnectTimeout << 0 << QStringLiteral("raise connection_timeout");
    QTest::newRow("proxy 407") << C::ProxyAuth << 407
                               << QStringLiteral("The proxy answered 407: check proxy_username "
                                                 "and proxy_password.");
    QTest::newRow("proxy 403") << C::ProxyDenied << 403 << QStringLiteral("(HTTP 403)");
    QTest::newRow("proxy 502") << C::ProxyStatus << 502
                               << QStringLiteral("(HTTP 502): check proxy_host");
    QTest::newRow("proxy status unknown")
        << C::ProxyStatus << 0 << QStringLiteral("did not open a tunnel");
    QTest::newRow("untrusted") << C::TlsUntrusted << 0 << QStringLiteral("ca_list_file");
    QTest::newRow("name") << C::TlsName << 0 << QStringLiteral("verify_server_hostname");
    QTest::newRow("client cert") << C::TlsClientCert << 0 << QStringLiteral("cert_file");
    QTest::newRow("tls files") << C::TlsFiles << 0 << QStringLiteral("priv_key_file");
    QTest::newRow("upgrade 401") << C::Unauthorized << 401
                                 << QStringLiteral("check username and password");
    QTest::newRow("upgrade 404") << C::NotFound << 404 << QStringLiteral("check the path in uri");
    QTest::newRow("upgrade 400") << C::UpgradeStatus << 400 << QStringLiteral("400 Bad Request");
    QTest::newRow("upgrade 500") << C::UpgradeStatus << 500 << QStringLiteral("answered 500");
    QTest::newRow("subprotocol") << C::ProtocolMismatch << 101 << QStringLiteral("check protocols");
    QTest::newRow("pings") << C::PingTimeout << 0 << QStringLiteral("pingpong_probes");
}

void TestFailureHint::namesTheOptionsToCheck() {
    QFETCH(FailureCause, cause);
    QFETCH(int, status);
    QFETCH(QString, expected);
    ConnectionHealth health;
    health.lastFailureCause = cause;
    health.lastHttpStatus = status;
    const QString hint = FailureHint::forHealth(health);
    QCOMPARE(hint, FailureHint::forCause(cause, status));
    if (expected.isEmpty())
        QVERIFY(hint.isEmpty());
    else
        QVERIFY2(hint.contains(expected), qPrintable(hint));
}

void TestFailureHint::everyCauseHasAHint() {
    QStringList options;
    for (const OptionSpec &spec : OptionSchema::options())
        options << spec.nameString();
    const QRegularExpression optionName(QStringLiteral("\\b(%1)\\b").arg(options.join(u'|')));
    for (const FailureCauses::Entry &entry : FailureCauses::all()) {
        const QString hint = FailureHint::forCause(entry.cause, 500);
        QVERIFY2(hint.endsWith(QLatin1Char('.')), entry.name);
        // Most hints name an option; those about the server's or the network's state need
        // not.
        static const QList<FailureCause> aboutThePeer = {
            FailureCause::TlsExpired,       FailureCause::TlsNotYetValid,
            FailureCause::KeepaliveTimeout, FailureCause::ClosedByServer,
            FailureCause::MessageTooBig,    FailureCause::ConnectionLost};
        if (!aboutThePeer.contains(entry.cause))
            QVERIFY2(optionName.match(hint).hasMatch(), qPrintable(hint));
    }
}

// The old hint searched the detail for "refused", "time" or "protocol"; Qt's part of a detail
// is translated on a translated desktop, so the detail must not matter.
void TestFailureHint::detailTextDoesNotChangeTheHint() {
    for (const FailureCauses::Entry &entry : FailureCauses::all()) {
        ConnectionHealth health;
        health.lastFailureStage = ConnectionHealth::Stage::Tcp;
        health.lastFailureCause = entry.cause;
        const QString withoutDetail = FailureHint::forHealth(health);
        for (const char *detail : {"Connection refused", "Verbindung abgelehnt", "timed out",
                                   "protocol", "Zeitüberschreitung"}) {
            health.lastFailureDetail = QString::fromUtf8(detail);
            QCOMPARE(FailureHint::forHealth(health), withoutDetail);
        }
    }
}

QTEST_GUILESS_MAIN(TestFailureHint)
#include "TestFailureHint.moc"
