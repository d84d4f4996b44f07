// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "config/AsteriskUri.h"

#include <QTest>

using wscm::AsteriskUri;

// Asterisk's own URI split (main/uri.c), case by case; the bytes it then sent are in
// tests/parity/wire and replayed by TestNetworkParity.
class TestAsteriskUri : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsAsAsterisk_data();
    void splitsAsAsterisk();
    void userInfoIsKeptRaw();
};

void TestAsteriskUri::splitsAsAsterisk_data() {
    QTest::addColumn<QByteArray>("uri");
    QTest::addColumn<QByteArray>("hostWithPort");
    QTest::addColumn<QByteArray>("resource");
    QTest::addColumn<QByteArray>("tlsHost");
    QTest::addColumn<bool>("defaulted");
    QTest::newRow("plain") << QByteArray("ws://h:8080/p") << QByteArray("h:8080")
                           << QByteArray("/p") << QByteArray("h") << false;
    QTest::newRow("query") << QByteArray("ws://h:1/a/b?x=1&y=2") << QByteArray("h:1")
                           << QByteArray("/a/b?x=1&y=2") << QByteArray("h") << false;
    QTest::newRow("ws without port goes to 443") << QByteArray("ws://h/p") << QByteArray("h:443")
                                                 << QByteArray("/p") << QByteArray("h") << true;
    QTest::newRow("wss without port") << QByteArray("wss://h") << QByteArray("h:443")
                                      << QByteArray("/") << QByteArray("h") << true;
    QTest::newRow("scheme not ending in s") << QByteArray("wsx://h/") << QByteArray("h:80")
                                            << QByteArray("/") << QByteArray("h") << true;
    QTest::newRow("empty port is defaulted") << QByteArray("ws://h:/p") << QByteArray("h:443")
                                             << QByteArray("/p") << QByteArray("h") << true;
    QTest::newRow("no path, query") << QByteArray("ws://h:1?x=1") << QByteArray("h:1")
                                    << QByteArray("/?x=1") << QByteArray("h") << false;
    QTest::newRow("fragment stays in the path") << QByteArray("ws://h:1/p#f") << QByteArray("h:1")
                                                << QByteArray("/p#f") << QByteArray("h") << false;
    QTest::newRow("text kept as written")
        << QByteArray("ws://H:1/a%20b/c d?q=%41") << QByteArray("H:1")
        << QByteArray("/a%20b/c d?q=%41") << QByteArray("H") << false;
    QTest::newRow("ipv6 literal") << QByteArray("ws://[::1]:8080/v6") << QByteArray("[::1]:8080")
                                  << QByteArray("/v6") << QByteArray("[") << false;
    QTest::newRow("ipv6 literal without port keeps no port")
        << QByteArray("ws://[::1]/x") << QByteArray("[::1]") << QByteArray("/x") << QByteArray("[")
        << false;
    QTest::newRow("no scheme gets ws://") << QByteArray("h:1/bare") << QByteArray("h:1")
                                          << QByteArray("/bare") << QByteArray("h") << false;
    QTest::newRow("upper-case scheme becomes a host")
        << QByteArray("WS://h:1/up") << QByteArray("WS:443") << QByteArray("//h:1/up")
        << QByteArray("WS") << true;
    QTest::newRow("http scheme becomes a host")
        << QByteArray("http://h:1/x") << QByteArray("http:443") << QByteArray("//h:1/x")
        << QByteArray("http") << true;
    QTest::newRow("@ in the path takes the host")
        << QByteArray("ws://h:1/a@other") << QByteArray("other:443") << QByteArray("/")
        << QByteArray("other") << true;
    QTest::newRow(": in the path takes the port")
        << QByteArray("ws://h/a:99") << QByteArray("h/a:99") << QByteArray("/") << QByteArray("h/a")
        << false;
    QTest::newRow("leading zero port kept") << QByteArray("ws://h:0123/z") << QByteArray("h:0123")
                                            << QByteArray("/z") << QByteArray("h") << false;
}

void TestAsteriskUri::splitsAsAsterisk() {
    QFETCH(QByteArray, uri);
    QFETCH(QByteArray, hostWithPort);
    QFETCH(QByteArray, resource);
    QFETCH(QByteArray, tlsHost);
    QFETCH(bool, defaulted);
    const AsteriskUri parsed = AsteriskUri::parse(uri);
    QCOMPARE(parsed.hostWithPort(), hostWithPort);
    QCOMPARE(parsed.resource(), resource);
    QCOMPARE(parsed.tlsHostName(), tlsHost);
    QCOMPARE(parsed.portWasDefaulted(), defaulted);
}

void TestAsteriskUri::userInfoIsKeptRaw() {
    QCOMPARE(AsteriskUri::parse("ws://us%40er:p%3Ass@h:1/").userInfo(),
             std::optional<QByteArray>("us%40er:p%3Ass"));
    QCOMPARE(AsteriskUri::parse("ws://justuser@h/").userInfo(),
             std::optional<QByteArray>("justuser"));
    QVERIFY(!AsteriskUri::parse("ws://h/").userInfo());
    // The first '@' ends it, wherever it is.
    QCOMPARE(AsteriskUri::parse("ws://h:1/x?mail=a@b").userInfo(),
             std::optional<QByteArray>("h:1/x?mail=a"));
}

QTEST_GUILESS_MAIN(TestAsteriskUri)
#include "TestAsteriskUri.moc"
