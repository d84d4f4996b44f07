// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "CheckResultDiff.h"
#include "ConfigFixture.h"
#include "schema/OptionSchema.h"

#include <QDirIterator>
#include <QTest>

using namespace wscm;

// Asterisk's verdict (reference sections 2 and 3) and wscm's warnings.
class TestValidator : public QObject {
    Q_OBJECT
private:
    ConfigFixture m_made; // the made cases' folder, alive until every row ran

    static QByteArray client(const QByteArray &body) {
        // A CA, or Asterisk would trust no server certificate (a warning of its own).
        return "[conn]\ntype = websocket_client\nuri = wss://h/ws\ntls_enabled = yes\n"
               "connection_type = persistent\n" +
               body + "ca_list_file = /etc/ssl/certs/ca-certificates.crt\n";
    }

private slots:
    // Judging each section as it is read (and letting go of it) gives the very result of
    // judging the whole resolved config: over every config the tests and the demo hold
    // (the parity cases recorded from Asterisk, fuzz finds, includes, (+), templates), and a
    // few made for it.
    void judgedAsReadIsJudgedWhole_data() {
        QTest::addColumn<QString>("path");
        const std::pair<const char *, QByteArray> cases[] = {
            {"inherits-from-a-client.conf",
             "[first]\nx = 1\n[a]\ntype = websocket_client\nuri = ws://h/\nbogus = 1\n"
             "[b](a)\nuri = ws://i/\n"
             "[c]\ntype = websocket_client\nuri = ws://j/\n[d](c,A)\n"},
            {"first-section-by-empty-name.conf",
             "[z]\ntype = websocket_client\nuri = ws://h/\n[y]()\nconnection_type = bad\n"},
            {"duplicates-after-release.conf",
             "[t](!)\ntype = websocket_client\nuri = ws://h/\n[a](t)\n[b](t)\n[a](t)\n[b](t)\n"},
            {"comment-ends-the-file.conf",
             "[a]\ntype = websocket_client\nuri = wss://h/ ;-- open\n[b]\nuri = x\n"},
            {"stray-comment-end.conf",
             "[a]\ntype = websocket_client\nuri = ws://h/\n--;\n[b]\ntype = websocket_client\n"},
        };
        for (const auto &[name, bytes] : cases)
            QTest::newRow(name) << m_made.write(QString::fromLatin1(name), bytes);
        // Indented headers are not counted in advance: the tables sized for the sections
        // must grow, and still find the duplicate at the end.
        QByteArray indented;
        for (int i = 0; i < 40; ++i)
            indented +=
                "  [c" + QByteArray::number(i) + "]\ntype = websocket_client\nuri = ws://h/\n";
        indented += "  [c7]\ntype = websocket_client\nuri = ws://h/\n";
        QTest::newRow("indented-headers.conf")
            << m_made.write(QStringLiteral("indented-headers.conf"), indented);
        int found = 0;
        for (const char *folder : {"tests", "resources"}) {
            QDirIterator files(QStringLiteral(WSCM_SOURCE_DIR "/") + QLatin1String(folder),
                               QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString file = files.next();
                ConfigSet set;
                QString error;
                // A case about a file Asterisk cannot read has nothing to judge.
                if ((!file.endsWith(QLatin1String(".conf")) &&
                     !file.contains(QLatin1String("/fuzz/"))) ||
                    !set.load(file, 1 << 20, &error))
                    continue;
                QTest::newRow(qPrintable(file.mid(QStringLiteral(WSCM_SOURCE_DIR).size()))) << file;
                ++found;
            }
        }
        QVERIFY2(found > 400, qPrintable(QString::number(found)));
    }
    void judgedAsReadIsJudgedWhole() {
        QFETCH(QString, path);
        ConfigSet set;
        QString error;
        QVERIFY2(set.load(path, 1 << 20, &error), qPrintable(error));
        for (const Validator::Detail detail :
             {Validator::Detail::Verdict, Validator::Detail::Full}) {
            const CheckResult whole = Validator::check(ResolvedConfig::resolve(set), detail);
            const CheckResult asRead = Validator::check(set, detail);
            const QString difference = checkResultDifference(whole, asRead);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }

    void cleanObjectLoads() {
        ConfigFixture f;
        const CheckResult r = f.check(client(""));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(ConfigFixture::lines(r).join('\n')));
        QCOMPARE(r.objects.size(), 1);
        QVERIFY(r.objects.first().valid);
        QCOMPARE(r.objects.first().line, 1);
        QVERIFY(r.asteriskLoadsEverything());
    }

    void whichSectionsAreClients() {
        ConfigFixture f;
        const CheckResult r = f.check("[tmpl](!)\ntype = websocket_client\nuri = ws://x\n"
                                      "[other]\ntype = endpoint\nfoo = bar\n"
                                      "[via](tmpl)\nconnection_type = per_call_config\n"
                                      "[firsttype]\ntype = endpoint\ntype = websocket_client\n");
        QCOMPARE(r.objects.size(), 1);
        QCOMPARE(r.objects.first().name, QString("via"));
        QVERIFY(r.objects.first().valid);
        // Sorcery's criteria look at the first 'type' only.
        QVERIFY(ConfigFixture::has(r, 11, "warning", "first 'type'"));
    }

    // The name 'type' matches without case, the value with (tests/parity/config/type-case-*).
    void typeNameWithoutCaseValueWithCase() {
        ConfigFixture f;
        QCOMPARE(f.check("[c]\nType = websocket_client\nuri = ws://x\n").objects.size(), 1);
        const CheckResult r = f.check("[c]\ntype = WebSocket_Client\nuri = ws://x\n");
        QCOMPARE(r.objects.size(), 0);
        QVERIFY(ConfigFixture::has(r, 2, "warning", "not exactly 'websocket_client'"));
    }

    void unknownOptionRejectsObject() {
        ConfigFixture f;
        const CheckResult r = f.check(client("proxy = p:1\n"));
        QVERIFY(!r.objects.first().valid);
        QVERIFY(!r.fileRejected);
        QVERIFY(ConfigFixture::has(
            r, 6, "error",
            "Could not find option suitable for category 'conn' named 'proxy' at line 6"));
        QVERIFY(!r.asteriskLoadsEverything());
    }

    void optionNamesIgnoreCase() {
        ConfigFixture f;
        const CheckResult r = f.check(client("Connection_Timeout = 700\n"));
        QVERIFY(r.objects.first().valid);
        QCOMPARE(r.objects.first().settings.connectionTimeoutMs, 700);
    }

    void valueErrors_data() {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("valid");
        QTest::newRow("int hex") << QByteArray("connection_timeout = 0x1F4") << true;
        QTest::newRow("int octal") << QByteArray("connection_timeout = 0764") << true;
        QTest::newRow("int negative") << QByteArray("reconnect_attempts = -1") << true;
        QTest::newRow("int garbage") << QByteArray("connection_timeout = 5s") << false;
        QTest::newRow("int empty") << QByteArray("connection_timeout =") << false;
        QTest::newRow("int overflow") << QByteArray("connection_timeout = 2147483648") << false;
        QTest::newRow("uint negative") << QByteArray("pingpong_interval = -1") << false;
        QTest::newRow("negative interval") << QByteArray("reconnect_interval = -5") << true;
        QTest::newRow("uint overflow") << QByteArray("pingpong_interval = 4294967296") << false;
        QTest::newRow("uint max") << QByteArray("pingpong_interval = 4294967295") << true;
        QTest::newRow("choice any case") << QByteArray("connection_type = PER_CALL_CONFIG") << true;
        QTest::newRow("choice typo") << QByteArray("connection_type = persistant") << false;
        QTest::newRow("bool typo is not an error") << QByteArray("tls_enabled = ye") << true;
        QTest::newRow("text anything") << QByteArray("protocols = a,b") << true;
    }
    void valueErrors() {
        QFETCH(QByteArray, line);
        QFETCH(bool, valid);
        ConfigFixture f;
        const CheckResult r = f.check(client(line + "\n"));
        QCOMPARE(r.objects.first().valid, valid);
        if (!valid)
            QVERIFY2(ConfigFixture::has(r, 6, "error", "Error parsing"),
                     qPrintable(ConfigFixture::lines(r).join('\n')));
    }

    void everyAssignmentIsParsedNotOnlyTheLast() {
        ConfigFixture f;
        const CheckResult r =
            f.check(client("connection_timeout = abc\nconnection_timeout = 100\n"));
        QVERIFY(!r.objects.first().valid);
        QCOMPARE(r.objects.first().settings.connectionTimeoutMs, 100);
    }

    void badBoolWarnsAndReadsFalse() {
        ConfigFixture f;
        const CheckResult r = f.check(client("verify_server_cert = ture\n"));
        QVERIFY(r.objects.first().valid);
        QVERIFY(ConfigFixture::has(r, 6, "warning", "Asterisk silently reads it as no"));
        QVERIFY(!r.objects.first().settings.verifyServerCert);
    }

    void objectRules_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing uri")
            << QByteArray("[c]\ntype = websocket_client\nconnection_type = persistent\n") << 1
            << "Websocket client missing uri";
        QTest::newRow("proxy without port") << QByteArray(client("proxy_host = proxy\n")) << 6
                                            << "proxy_host 'proxy' is missing a port";
        QTest::newRow("keepalive zero")
            << QByteArray(client("enable_tcp_keepalives = yes\ntcp_keepalive_probes = 0\n")) << 7
            << "tcp_keepalive_probes must be greater than 0";
        QTest::newRow("ping zero")
            << QByteArray(client("enable_pingpongs = on\npingpong_interval = 0\n")) << 7
            << "pingpong_interval must be greater than 0";
    }
    void objectRules() {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        ConfigFixture f;
        const CheckResult r = f.check(text);
        QVERIFY(!r.objects.first().valid);
        QVERIFY2(ConfigFixture::has(r, line, "error", message),
                 qPrintable(ConfigFixture::lines(r).join('\n')));
    }

    void zeroValuesAreFineWhenSwitchedOff() {
        ConfigFixture f;
        const CheckResult r = f.check(client("tcp_keepalive_probes = 0\npingpong_probes = 0\n"));
        QVERIFY(r.objects.first().valid);
    }

    void duplicateObjectsRejectTheFile() {
        ConfigFixture f;
        const QByteArray one = client("");
        const CheckResult r = f.check(one + "\n" + one);
        QVERIFY(r.fileRejected);
        QCOMPARE(r.objects.size(), 2);
        QVERIFY(!r.objects.first().valid);
        QVERIFY(ConfigFixture::has(r, 8, "error", "duplicate object: 'conn'"));
    }

    void fileErrorMakesEveryObjectInvalid() {
        ConfigFixture f;
        const CheckResult r = f.check(client("") + "[broken\n");
        QVERIFY(r.fileRejected);
        QVERIFY(!r.objects.first().valid);
        QVERIFY(r.objects.first().objectValid);
    }

    void lastAssignmentWinsThroughTemplates() {
        ConfigFixture f;
        const CheckResult r =
            f.check("[t](!)\ntype = websocket_client\nuri = ws://a\nconnection_timeout = 100\n"
                    "[c](t)\nconnection_timeout = 200\nconnection_type = persistent\n"
                    "[c](+)\nuri = ws://b\n");
        const ClientObject *c = r.object("c");
        QVERIFY(c && c->valid);
        QCOMPARE(c->settings.connectionTimeoutMs, 200);
        QCOMPARE(c->settings.uriText, QString("ws://b"));
        QCOMPARE(c->effective.at(OptionSchema::indexOf("type")).fromTemplate, QString("t"));
        QCOMPARE(c->effective.at(OptionSchema::indexOf("uri")).line, 9);
    }

    void effectiveDefaults() {
        ConfigFixture f;
        const CheckResult r = f.check("[c]\ntype = websocket_client\nuri = ws://h\n");
        const ClientSettings &s = r.objects.first().settings;
        QCOMPARE(s.connectionTimeoutMs, 500);
        QCOMPARE(s.reconnectIntervalMs, 500);
        QCOMPARE(s.reconnectAttempts, 4);
        QVERIFY(!s.tlsEnabled);
        QVERIFY(s.verifyServerCert && s.verifyServerHostname);
        QCOMPARE(s.pingPongIntervalS, 20u);
        QCOMPARE(s.pingPongProbes, 3u);
        QCOMPARE(s.tcpKeepaliveTimeS, 20u);
        QCOMPARE(s.connectionType, ClientSettings::ConnectionType::Unset);
    }

    void warnings_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        const QByteArray plain = "[c]\ntype = websocket_client\nconnection_type = persistent\n";
        QTest::newRow("wss without tls")
            << QByteArray(plain + "uri = wss://h\n") << 4 << "clear text to port 443";
        QTest::newRow("ws with tls") << QByteArray(plain + "uri = ws://h\ntls_enabled = yes\n") << 5
                                     << "starts TLS on port 443";
        QTest::newRow("verify cert off")
            << QByteArray(client("verify_server_cert = no\n")) << 6 << "any server certificate";
        QTest::newRow("verify host off")
            << QByteArray(client("verify_server_hostname = no\n")) << 6 << "another host";
        QTest::newRow("credentials without tls")
            << QByteArray(plain + "uri = ws://h\npassword = x\n") << 5 << "without TLS";
        QTest::newRow("proxy credentials")
            << QByteArray(client("proxy_host = p:1\nproxy_username = u\nproxy_password = s\n")) << 8
            << "clear text";
        QTest::newRow("half proxy credentials")
            << QByteArray(client("proxy_host = p:1\nproxy_username = u\n")) << 7
            << "only when both";
        QTest::newRow("keepalive through proxy")
            << QByteArray(client("proxy_host = p:1\nenable_tcp_keepalives = yes\n")) << 7
            << "hop to the proxy";
        QTest::newRow("options without type")
            << QByteArray("[c]\nuri = ws://h\n") << 1 << "no 'type = websocket_client'";
        QTest::newRow("bad scheme")
            << QByteArray(plain + "uri = http://h\n") << 4 << "neither ws nor wss";
        QTest::newRow("no connection type")
            << QByteArray("[c]\ntype = websocket_client\nuri = ws://h\n") << 1
            << "connection_type is not set";
    }
    void warnings() {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        ConfigFixture f;
        const CheckResult r = f.check(text);
        QVERIFY2(ConfigFixture::has(r, line, "warning", fragment),
                 qPrintable(ConfigFixture::lines(r).join('\n')));
        QCOMPARE(r.errorCount(), 0);
    }

    // What Asterisk does that an admin would not expect (docs/ASTERISK-PARITY.md): the
    // warning is there when it applies, and only then.
    void quirks_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<bool>("expected");
        const QByteArray plain = "[c]\ntype = websocket_client\nconnection_type = persistent\n";
        const QByteArray tls = plain + "tls_enabled = yes\nca_list_file = /etc/ca.pem\n";
        QTest::newRow("ws without port")
            << QByteArray(plain + "uri = ws://h/p\n") << 4 << "connects to port 443" << true;
        QTest::newRow("ws with port")
            << QByteArray(plain + "uri = ws://h:80/p\n") << 4 << "connects to port 443" << false;
        QTest::newRow("wss without port")
            << QByteArray(tls + "uri = wss://h/p\n") << 6 << "connects to port 443" << false;
        QTest::newRow("userinfo overrides")
            << QByteArray(plain + "uri = ws://u:p@h:80/\nusername = x\npassword = y\n") << 5
            << "username and password are ignored" << true;
        QTest::newRow("username without password")
            << QByteArray(plain + "uri = ws://h:80/\nusername = x\n") << 5 << "it sends none"
            << true;
        QTest::newRow("username and password")
            << QByteArray(plain + "uri = ws://h:80/\nusername = x\npassword = y\n") << 5
            << "it sends none" << false;
        QTest::newRow("no CA") << QByteArray(plain + "uri = wss://h/\ntls_enabled = yes\n") << 5
                               << "trusts no CA" << true;
        QTest::newRow("no CA, no verification")
            << QByteArray(plain + "uri = wss://h/\ntls_enabled = yes\nverify_server_cert = no\n")
            << 6 << "trusts no CA" << false;
        QTest::newRow("no CA, no TLS")
            << QByteArray(plain + "uri = wss://h/\n") << 4 << "trusts no CA" << false;
        QTest::newRow("IPv4 host") << QByteArray(tls + "uri = wss://127.0.0.1/ws\n") << 6
                                   << "never with its IP addresses" << true;
        QTest::newRow("IPv6 host")
            << QByteArray(tls + "uri = wss://[::1]:8443/ws\n") << 6 << "compares '['" << true;
        QTest::newRow("IP host, no name check")
            << QByteArray(tls + "uri = wss://127.0.0.1/ws\nverify_server_hostname = no\n") << 7
            << "IP addresses" << false;
        QTest::newRow("host name")
            << QByteArray(tls + "uri = wss://h.example/ws\n") << 6 << "IP addresses" << false;
        QTest::newRow("relative cert_file")
            << QByteArray(tls + "uri = wss://h/\ncert_file = client.pem\n") << 7 << "relative path"
            << true;
        QTest::newRow("negative reconnect_interval")
            << QByteArray(plain + "uri = ws://h:80/\nreconnect_interval = -5\n") << 5
            << "that is 4294.962 s" << true;
        QTest::newRow("huge reconnect_interval")
            << QByteArray(plain + "uri = ws://h:80/\nreconnect_interval = 5000000\n") << 5
            << "that is 705.033 s" << true;
        QTest::newRow("plain reconnect_interval")
            << QByteArray(plain + "uri = ws://h:80/\nreconnect_interval = 4294967\n") << 5
            << "reconnect_interval" << false;
    }
    void quirks() {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        QFETCH(bool, expected);
        ConfigFixture f;
        const CheckResult r = f.check(text);
        QVERIFY2(ConfigFixture::has(r, line, "warning", fragment) == expected,
                 qPrintable(ConfigFixture::lines(r).join('\n')));
        QVERIFY(r.objects.first().valid);
    }

    // OpenSSL finds CAs in a folder through 'openssl rehash' links only.
    void caFolderWithoutHashLinks() {
        ConfigFixture f;
        f.write("cas/ca.pem", "not read\n");
        const QByteArray config = "[c]\ntype = websocket_client\nuri = wss://h/\n"
                                  "connection_type = persistent\ntls_enabled = yes\n"
                                  "ca_list_path = " +
                                  f.path("cas").toUtf8() + "\n";
        QVERIFY(ConfigFixture::has(f.check(config), 6, "warning", "holds no hash links"));
        QVERIFY(QFile::link(f.path("cas/ca.pem"), f.path("cas/1a2b3c4d.0")));
        QVERIFY(!ConfigFixture::has(f.check(config), 6, "warning", "holds no hash links"));
    }

    void diagnosticsNeverContainSecrets() {
        ConfigFixture f;
        const CheckResult r = f.check("[c]\ntype = websocket_client\nuri = ws://u:uripass@h\n"
                                      "password = topsecret1\nproxy_password = topsecret2\n"
                                      "proxy_username = u\nproxy_host = p\nbogus = 1\n");
        QVERIFY(r.diagnostics.size() >= 3);
        for (const Diagnostic &d : r.diagnostics) {
            QVERIFY(!d.message.contains("topsecret"));
            QVERIFY(!d.message.contains("uripass"));
        }
    }

    void diagnosticsInIncludedFilesNameThatFile() {
        ConfigFixture f;
        const QString inc =
            f.write("clients.conf", "[c]\ntype = websocket_client\nuri = ws://h\nbogus = 1\n");
        const CheckResult r = f.check("; main\n#include clients.conf\n");
        QCOMPARE(r.files.size(), 2);
        QVERIFY(ConfigFixture::has(r, 4, "error", "named 'bogus'"));
        bool inInclude = false;
        for (const Diagnostic &d : r.diagnostics)
            inInclude = inInclude || (d.file == inc && d.line == 4);
        QVERIFY(inInclude);
    }

    void relativeCertificatePathsFollowTheConfigFolder() {
        ConfigFixture f;
        const CheckResult r =
            f.check(client("priv_key_file = certs/k.pem\ncert_file = /abs/c.pem\n"));
        QCOMPARE(r.objects.first().settings.privKeyFile, f.path("certs/k.pem"));
        QCOMPARE(r.objects.first().settings.certFile, QString("/abs/c.pem"));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "TestValidator.moc"
