// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "check/UriFacts.h"

#include <QRandomGenerator>
#include <QTest>

#include <arpa/inet.h>

using namespace wscm;

// UriFacts must say of every uri what QUrl (TolerantMode, as the checker always read it)
// reads it) says, whether it reads the text itself or hands it to QUrl.
class TestUriFacts : public QObject {
    Q_OBJECT

    static UriFacts::HostKind kindByInetPton(const QString &host) {
        const QByteArray text = host.toLatin1();
        unsigned char address[16];
        if (inet_pton(AF_INET6, text.constData(), address) == 1)
            return UriFacts::HostKind::Ipv6;
        if (inet_pton(AF_INET, text.constData(), address) == 1)
            return UriFacts::HostKind::Ipv4;
        return UriFacts::HostKind::Name;
    }

    // Every fact compared with QUrl's own answer; false (with the difference) if one differs.
    static bool sameAsQUrl(const QByteArray &text, QString *difference) {
        const UriFacts facts(text);
        const QUrl url(QString::fromUtf8(text), QUrl::TolerantMode);
        const auto differ = [&](const char *what, const QString &ours, const QString &qurl) {
            *difference = QStringLiteral("%1 of '%2': %3, QUrl %4")
                              .arg(QLatin1StringView(what), QString::fromUtf8(text), ours, qurl);
            return false;
        };
        const bool hasHost = url.isValid() && !url.host().isEmpty();
        if (facts.hasHost() != hasHost)
            return differ("hasHost", QString::number(facts.hasHost()), QString::number(hasHost));
        if (facts.scheme() != url.scheme())
            return differ("scheme", facts.scheme(), url.scheme());
        if (facts.host() != url.host())
            return differ("host", facts.host(), url.host());
        if (facts.host(QUrl::FullyEncoded) != url.host(QUrl::FullyEncoded))
            return differ("encoded host", facts.host(QUrl::FullyEncoded),
                          url.host(QUrl::FullyEncoded));
        if (facts.port() != url.port() || facts.port(443) != url.port(443))
            return differ("port", QString::number(facts.port()), QString::number(url.port()));
        if (facts.hasUserInfo() != !url.userInfo().isEmpty())
            return differ("userinfo", QString::number(facts.hasUserInfo()), url.userInfo());
        if (facts.hasUserName() != !url.userName().isEmpty())
            return differ("user name", QString::number(facts.hasUserName()), url.userName());
        if (facts.hostKind() != kindByInetPton(url.host()))
            return differ("host kind", QString::number(int(facts.hostKind())),
                          QString::number(int(kindByInetPton(url.host()))));
        return true;
    }

private slots:
    void readsAsQUrlDoes_data() {
        QTest::addColumn<QByteArray>("uri");
        for (const char *uri : {"ws://media1.example.net:8001/ws/1?tenant=t1",
                                "wss://example.com",
                                "ws://a.b-c.d/",
                                "ws://localhost:8088/ari/events?app=x&api_key=u:p",
                                "wss://10.0.0.1:443/x",
                                "ws://255.255.255.255/",
                                "ws://0.0.0.0:1/",
                                "ws://127.1/",
                                "ws://010.0.0.1/",
                                "ws://0x7f.0.0.1/",
                                "ws://1.2.3.4.5/",
                                "ws://256.1.1.1/",
                                "ws://12345/",
                                "ws://cafe/",
                                "ws://1e5.com/",
                                "ws://HOST/",
                                "ws://xn--bcher-kva.example/",
                                "ws://xn--zz.example/",
                                "ws://a--b.example/",
                                "ws://-a.example/",
                                "ws://a-.example/",
                                "ws://a..b/",
                                "ws://.a/",
                                "ws://a./",
                                "ws://under_score/",
                                "ws://[::1]:80/",
                                "ws://[fe80::1%25eth0]/",
                                "ws://::1/",
                                "ws://host:/",
                                "ws://host:0/",
                                "ws://host:080/",
                                "ws://host:65535/",
                                "ws://host:65536/",
                                "ws://host:8a/",
                                "ws://host::80/",
                                "ws://user:pw@host/",
                                "ws://:pw@host/",
                                "ws://@host/",
                                "ws://host/p%41th",
                                "ws://host/p%zz",
                                "ws://host/#frag",
                                "ws://host/a b",
                                "ws://host/\xc3\xa9",
                                "ws://h\xc3\xa9st/",
                                " ws://host/",
                                "ws://host/ ",
                                "WS://host/",
                                "Wss://host/",
                                "http://host/",
                                "ws:/host/",
                                "ws:host",
                                "ws:///path",
                                "",
                                "ws://",
                                "wss://x/?q=/a:b@c!$&'()*+,=~"}) {
            QTest::newRow(uri) << QByteArray(uri);
        }
        const QByteArray label63(63, 'x');
        QTest::newRow("63-character label") << "ws://" + label63 + ".example/";
        QTest::newRow("64-character label") << "ws://" + label63 + "x.example/";
        QByteArray longName = "ws://";
        for (int i = 0; i < 5; ++i)
            longName += label63 + '.';
        QTest::newRow("over 253 characters") << longName + "example/";
    }
    void readsAsQUrlDoes() {
        QFETCH(QByteArray, uri);
        QString difference;
        QVERIFY2(sameAsQUrl(uri, &difference), qPrintable(difference));
    }

    // QUrl's readings that the in-place reading must leave to QUrl, pinned so that a Qt
    // that reads them otherwise is noticed.
    void qurlRewritesNumbersAndNames() {
        QCOMPARE(UriFacts("ws://127.1/").host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(UriFacts("ws://010.0.0.1/").host(), QStringLiteral("8.0.0.1"));
        QCOMPARE(UriFacts("ws://HOST/").host(), QStringLiteral("host"));
        QCOMPARE(UriFacts("ws://127.1/").hostKind(), UriFacts::HostKind::Ipv4);
        QCOMPARE(UriFacts("ws://[::1]/").hostKind(), UriFacts::HostKind::Ipv6);
        QCOMPARE(UriFacts("ws://example.net/").hostKind(), UriFacts::HostKind::Name);
        QCOMPARE(UriFacts("ws://example.net/").port(443), 443);
        QCOMPARE(UriFacts("wss://example.net:8443/").port(443), 8443);
        QVERIFY(!UriFacts("ws://host:65536/").hasHost());
        QVERIFY(UriFacts("ws://user@host/").hasUserName());
    }

    // Many uris made of the pieces the in-place reading decides on, most of them of its
    // plain form, each compared with QUrl.
    void generatedUrisReadAsQUrlDoes() {
        QRandomGenerator random(13);
        const auto pick = [&random](std::initializer_list<const char *> choices) {
            return QByteArray(choices.begin()[random.bounded(static_cast<int>(choices.size()))]);
        };
        const auto label = [&] {
            return pick({"media1", "example", "net",       "a",           "b-c",     "b--c", "-a",
                         "a-",     "xn--zz",  "A",         "under_score", "0",       "1",    "255",
                         "256",    "010",     "0x7f",      "12",          "cafe",    "1e5",  "f",
                         "g",      "",        "localhost", "ex%41mple",   "\xc3\xa9"});
        };
        const auto host = [&] {
            QByteArray h;
            const int parts = 1 + random.bounded(4);
            for (int i = 0; i < parts; ++i) {
                if (i > 0)
                    h += '.';
                h += random.bounded(3) == 0 ? QByteArray::number(random.bounded(300)) : label();
            }
            return h;
        };
        const QByteArray pathCharacters = "abcXYZ019-._~!$&'()*+,=:@/?%# \"<>\\^`{|}[]";
        for (int i = 0; i < 20000; ++i) {
            QByteArray uri =
                pick({"ws://", "wss://", "ws://", "wss://", "WS://", "ws:/", "http://"});
            if (random.bounded(10) == 0)
                uri += pick({"user@", "user:pw@", ":pw@", "@"});
            uri += host();
            if (random.bounded(2) == 0)
                uri += pick(
                    {":80", ":443", ":8088", ":1", ":65535", ":", ":0", ":080", ":65536", ":8a"});
            const int pathLength = random.bounded(8);
            for (int c = 0; c < pathLength; ++c) {
                const int range = random.bounded(10) == 0 ? pathCharacters.size() : 27;
                uri += pathCharacters.at(random.bounded(range));
            }
            QString difference;
            QVERIFY2(sameAsQUrl(uri, &difference), qPrintable(difference));
        }
    }
};

QTEST_GUILESS_MAIN(TestUriFacts)
#include "TestUriFacts.moc"
