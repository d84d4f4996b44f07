#include "FailureHint.h"
#include "net/ConnectionHealth.h"

#include <QTest>

using namespace wscm;

class TestFailureHint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesTheOptionsToCheck_data();
    void namesTheOptionsToCheck();
};

void TestFailureHint::namesTheOptionsToCheck_data() {
    using Stage = ConnectionHealth::Stage;
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no failure") << int(Stage::None) << 0 << QString() << QString();
    QTest::newRow("proxy 407") << int(Stage::Proxy) << 407 << QString()
                               << QStringLiteral("The proxy answered 407: check proxy_username "
                                                 "and proxy_password.");
    QTest::newRow("proxy 403") << int(Stage::Proxy) << 403 << QString()
                               << QStringLiteral("(HTTP 403): check proxy_host");
    QTest::newRow("upgrade 401") << int(Stage::Upgrade) << 401 << QString()
                                 << QStringLiteral("check username and password");
    QTest::newRow("upgrade 404") << int(Stage::Upgrade) << 404 << QString()
                                 << QStringLiteral("check the path in uri");
    QTest::newRow("subprotocol") << int(Stage::Upgrade) << 101
                                 << QStringLiteral("unwanted subprotocol chat")
                                 << QStringLiteral("check protocols");
    QTest::newRow("refused") << int(Stage::Tcp) << 0 << QStringLiteral("Connection refused")
                             << QStringLiteral("check the host and port in uri");
    QTest::newRow("timeout") << int(Stage::Tcp) << 0 << QStringLiteral("timed out after 500 ms")
                             << QStringLiteral("raise connection_timeout");
    QTest::newRow("tls") << int(Stage::Tls) << 0 << QString()
                         << QStringLiteral("verify_server_cert");
    QTest::newRow("pings") << int(Stage::PingTimeout) << 0 << QString()
                           << QStringLiteral("pingpong_probes");
}

void TestFailureHint::namesTheOptionsToCheck() {
    QFETCH(int, stage);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    ConnectionHealth health;
    health.lastFailureStage = static_cast<ConnectionHealth::Stage>(stage);
    health.lastHttpStatus = status;
    health.lastFailureDetail = detail;
    const QString hint = FailureHint::forHealth(health);
    if (expected.isEmpty())
        QVERIFY(hint.isEmpty());
    else
        QVERIFY2(hint.contains(expected), qPrintable(hint));
}

QTEST_MAIN(TestFailureHint)
#include "TestFailureHint.moc"
