// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "config/ClientSettings.h"
#include "config/ConfigDocument.h"
#include "config/SecretRedaction.h"

#include <QTest>

using namespace wscm;

// The one redaction module: values as shown, documents as exported, free text as logged.
class TestSecretRedaction : public QObject {
    Q_OBJECT
private slots:
    void display() {
        QCOMPARE(SecretRedaction::display("password", "hunter2", false), QString("********"));
        QCOMPARE(SecretRedaction::display("PROXY_PASSWORD", "x", false), QString("********"));
        QCOMPARE(SecretRedaction::display("password", "hunter2", true), QString("hunter2"));
        QCOMPARE(SecretRedaction::display("password", "", false), QString());
        QCOMPARE(SecretRedaction::display("username", "bob", false), QString("bob"));
        QCOMPARE(SecretRedaction::display("uri", "ws://u:pw@h:1/p", false),
                 QString("ws://u:********@h:1/p"));
        QCOMPARE(SecretRedaction::display("uri", "ws://u@h/p", false), QString("ws://u@h/p"));
        QCOMPARE(SecretRedaction::display("uri", "ws://u:pw@h/p", true), QString("ws://u:pw@h/p"));
    }

    void userinfoPassword_data() {
        QTest::addColumn<QByteArray>("uri");
        QTest::addColumn<QByteArray>("password"); // what is hidden; "-" for nothing
        QTest::newRow("plain") << QByteArray("wss://u:x@h/") << QByteArray("x");
        QTest::newRow("no password") << QByteArray("ws://u@h/") << QByteArray("-");
        QTest::newRow("port only") << QByteArray("ws://h:8080/p") << QByteArray("-");
        QTest::newRow("at in path") << QByteArray("ws://u:p@h/a@b") << QByteArray("p");
        // Asterisk stops the userinfo at the first '@', Qt at the last: both are hidden.
        QTest::newRow("at in password") << QByteArray("ws://u:p@ss@h/") << QByteArray("p@ss");
        QTest::newRow("slash in password") << QByteArray("ws://u:a/b@h/") << QByteArray("a/b");
        QTest::newRow("escaped semicolon read") << QByteArray("ws://u:a;b@h") << QByteArray("a;b");
        QTest::newRow("no scheme") << QByteArray("u:pw@h") << QByteArray("pw");
        QTest::newRow("empty password") << QByteArray("ws://u:@h") << QByteArray("");
    }
    void userinfoPassword() {
        QFETCH(QByteArray, uri);
        QFETCH(QByteArray, password);
        const auto span = SecretRedaction::userinfoPassword(uri);
        if (password == "-") {
            QVERIFY(!span);
            return;
        }
        QVERIFY(span);
        QCOMPARE(uri.sliced(span->first, span->second - span->first), password);
    }

    void document_data() {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        const auto row = [](const char *name, const char *in, const char *out) {
            QTest::newRow(name) << QByteArray(in) << QByteArray(out);
        };
        row("plain", "[a]\npassword = hunter2\n", "[a]\npassword = ********\n");
        row("crlf kept", "[a]\r\npassword = hunter2\r\nusername = bob\r\n",
            "[a]\r\npassword = ********\r\nusername = bob\r\n");
        row("name in any case", "[a]\nProxy_Password=p\n", "[a]\nProxy_Password=********\n");
        row("arrow", "[a]\npassword => Arr0w\n", "[a]\npassword => ********\n");
        row("escaped semicolon", "[a]\npassword = ab\\;cd\n", "[a]\npassword = ********\n");
        // The refusal that let export --redact print the secret: setValue() will not write
        // a value holding a stray '--;', but hiding is no edit.
        row("stray block end", "[a]\npassword = Zq7--;kX\n", "[a]\npassword = ********\n");
        row("block comment inside", "[a]\nproxy_password = pp;-- c --;qq\n",
            "[a]\nproxy_password = ********\n");
        row("block comment before", "[a]\npassword = ;-- c --;Bl0ck\n",
            "[a]\npassword = ********\n");
        // A ';' the admin meant as part of the password: its tail goes too.
        row("trailing comment", "[a]\npassword = abc;def\n", "[a]\npassword = ********\n");
        row("continued", "[a]\npassword = Cont\npassword += T4il\n",
            "[a]\npassword = ********\npassword += ********\n");
        row("template", "[t](!)\npassword = Inh\n[c](t)\ntype = websocket_client\n",
            "[t](!)\npassword = ********\n[c](t)\ntype = websocket_client\n");
        row("commented out", "; password = old\n;-- \nproxy_password => older\n--;\n",
            "; password = ********\n;-- \nproxy_password => ********\n--;\n");
        row("empty stays", "[a]\npassword =\n", "[a]\npassword =\n");
        row("other names stay", "[a]\npasswords = x\nusername = password\n",
            "[a]\npasswords = x\nusername = password\n");
        row("uri", "[a]\nuri = wss://u:x@h/\n", "[a]\nuri = wss://u:********@h/\n");
        row("uri escaped", "[a]\nuri = ws://u:p\\;w@h/\n", "[a]\nuri = ws://u:********@h/\n");
        row("uri comment inside", "[a]\nuri = ws://u:p;--x--;w@h/\n",
            "[a]\nuri = ws://u:********@h/\n");
        row("uri cut by comment", "[a]\nuri = ws://u:abc;def@h/\n",
            "[a]\nuri = ws://u:********@h/\n");
        row("uri continued", "[a]\nuri = ws://u:Sp1it\nuri +=Pass@h/\n",
            "[a]\nuri = ws://u:********\nuri +=********@h/\n");
        row("uri from template", "[t](!)\nuri = ws://u:AB\n[c](t)\nuri +=CD@h/\n",
            "[t](!)\nuri = ws://u:********\n[c](t)\nuri +=********@h/\n");
        // "()" names no template: config.c inherits from the first section of all.
        row("uri from the first section", "[t](!)\nuri = ws://u:Sp\n[c]()\nuri +=lit@h/\n",
            "[t](!)\nuri = ws://u:********\n[c]()\nuri +=********@h/\n");
        row("uri added section", "[c]\nuri = ws://u:AB\n[c](+)\nuri +=CD@h/\n",
            "[c]\nuri = ws://u:********\n[c](+)\nuri +=********@h/\n");
        // "(+filter)" adds to the first section its filter matches: wscm does not judge
        // filters here and follows every section of that name.
        row("uri added by filter",
            "[a]\nuri = ws://u:Sp\n[a](+type=websocket_client)\nuri +=lit@h/\n",
            "[a]\nuri = ws://u:********\n[a](+type=websocket_client)\nuri +=********@h/\n");
        row("uri added by filter, two candidates",
            "[a](!)\nuri = ws://u:Ab\n[a]\nuri = ws://v:Cd\n[a](+x=y)\nuri +=ef@h/\n",
            "[a](!)\nuri = ws://u:********\n[a]\nuri = ws://v:********\n[a](+x=y)\nuri "
            "+=********@h/\n");
        // "(+)" skips a template of that name.
        row("uri added after a template of that name",
            "[a](!)\nuri = ws://h/\n[a]\nuri = ws://u:Sp\n[a](+)\nuri +=lit@h/\n",
            "[a](!)\nuri = ws://h/\n[a]\nuri = ws://u:********\n[a](+)\nuri +=********@h/\n");
        // A template named in the (+) line: its uri is the one a later += extends.
        row("uri from a template named with (+)",
            "[t](!)\nuri = ws://u:Sp\n[a]\nuri = ws://h/\n[a](+,t)\nuri +=lit@h/\n",
            "[t](!)\nuri = ws://u:********\n[a]\nuri = ws://h/\n[a](+,t)\nuri +=********@h/\n");
        row("uri without userinfo", "[a]\nuri = ws://h:80/p\n", "[a]\nuri = ws://h:80/p\n");
        // Asterisk's userinfo runs to the first '@' wherever it is: "h:80/p" here.
        row("at in path", "[a]\nuri = ws://h:80/p@x\n", "[a]\nuri = ws://h:********@x\n");
        row("uri in a comment", "; was ws://u:old@h/ once\n", "; was ws://u:********@h/ once\n");
        row("headers and directives stay", "[password=x]\n#include password=y.conf\n",
            "[password=x]\n#include password=y.conf\n");
    }
    void document() {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(SecretRedaction::redactedBytes(ConfigDocument(in)), out);
    }

    void scrubsEveryForm() {
        ClientSettings s;
        s.uriText = QStringLiteral("ws://bob:p%40ss;x@h/");
        s.username = QStringLiteral("bob");
        s.password = QStringLiteral("p@ss;x");
        s.proxyUsername = QStringLiteral("pu");
        s.proxyPassword = QStringLiteral("Pr0xy Pw");
        const QString basic = QString::fromLatin1(QByteArray("bob:p@ss;x").toBase64());
        const QString proxyBasic = QString::fromLatin1(QByteArray("pu:Pr0xy Pw").toBase64());
        const QString text = QStringLiteral("a p@ss;x b p%40ss;x c %1 d %2 e Pr0xy Pw f "
                                            "Pr0xy%20Pw g wss://x:other@h/")
                                 .arg(basic, proxyBasic);
        const QString scrubbed = SecretRedaction::scrub(text, s);
        for (const QString &secret : {QStringLiteral("p@ss"), QStringLiteral("p%40ss"), basic,
                                      proxyBasic, QStringLiteral("Pr0xy"), QStringLiteral("other")})
            QVERIFY2(!scrubbed.contains(secret), qPrintable(scrubbed));
        QVERIFY2(scrubbed.startsWith(QStringLiteral("a ******** b")), qPrintable(scrubbed));
    }
};

QTEST_GUILESS_MAIN(TestSecretRedaction)
#include "TestSecretRedaction.moc"
