// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

// AriDiscovery and AsteriskLogFile on real files beside websocket_client.conf, read as
// `wscm apply` reads them. The rules are what the oracle Asterisk did with each setting.

#include "ConfigFixture.h"
#include "apply/AriDiscovery.h"
#include "apply/AsteriskLogFile.h"
#include "consumers/NeighbourFiles.h"
#include "io/ConfigLocation.h"

#include <QTest>

using namespace wscm;

class TestApplyDiscovery : public QObject {
    Q_OBJECT
private:
    ConfigFixture m_files;

    NeighbourFiles::File read(const char *name) {
        return NeighbourFiles::readBeside(m_files.path(QStringLiteral("websocket_client.conf")),
                                          QString::fromLatin1(name), 1 << 20);
    }
    static const ResolvedConfig *resolved(const NeighbourFiles::File &file) {
        return file.read ? &file.resolved : nullptr;
    }
    AriDiscovery::Result discover(const QByteArray &http, const QByteArray &ari,
                                  const ConfigLocation &location = ConfigLocation::local(
                                      QStringLiteral("/etc/asterisk/websocket_client.conf"))) {
        m_files.write(QStringLiteral("http.conf"), http);
        m_files.write(QStringLiteral("ari.conf"), ari);
        const NeighbourFiles::File h = read("http.conf");
        const NeighbourFiles::File a = read("ari.conf");
        return AriDiscovery::discover(location, resolved(h), h.reason, resolved(a), a.reason);
    }
    AsteriskLogFile::Result logFile(const QByteArray &logger, const QByteArray &asterisk) {
        m_files.write(QStringLiteral("logger.conf"), logger);
        m_files.write(QStringLiteral("asterisk.conf"), asterisk);
        const NeighbourFiles::File l = read("logger.conf");
        const NeighbourFiles::File a = read("asterisk.conf");
        return AsteriskLogFile::find(resolved(l), l.reason, resolved(a));
    }
    static constexpr const char *user = "[general]\nenabled = yes\n\n[wscm]\ntype = user\n"
                                        "password = wscm-pass\n";

private Q_SLOTS:
    void addressAndUserFromTheFiles() {
        const auto r = discover("[general]\nenabled = yes\nbindaddr = 127.0.0.1\n", user);
        QVERIFY2(r.access, qPrintable(r.whyNot));
        QCOMPARE(r.access->url.toString(), QStringLiteral("http://127.0.0.1:8088"));
        QCOMPARE(r.access->user, QStringLiteral("wscm"));
        QCOMPARE(r.access->password, QByteArray("wscm-pass"));
        QVERIFY(r.how.contains(QStringLiteral("as user 'wscm'")));
        QVERIFY(!r.how.contains(QStringLiteral("wscm-pass")));
    }

    void portPrefixAndEveryInterface() {
        // bindaddr's own port wins over bindport (recorded: 127.0.0.1:8098 with bindport 8096
        // listened on 8098); prefix moves ARI under /prefix/ari.
        auto r = discover("[general]\nenabled=yes\nbindaddr=127.0.0.1:8098\nbindport=8096\n", user);
        QCOMPARE(r.access->url.toString(), QStringLiteral("http://127.0.0.1:8098"));
        r = discover("[general]\nenabled=yes\nbindaddr=0.0.0.0\nbindport=8096\nprefix=pbx\n", user);
        QCOMPARE(r.access->url.toString(), QStringLiteral("http://127.0.0.1:8096/pbx"));
        r = discover("[general]\nenabled=yes\nbindaddr=[::]:8090\n", user);
        QCOMPARE(r.access->url.toString(), QStringLiteral("http://[::1]:8090"));
    }

    void overSshTheAddressIsTheHost() {
        const ConfigLocation remote = ConfigLocation::parse(
            QStringLiteral("ssh://admin@pbx1.example/etc/asterisk/websocket_client.conf"));
        auto r = discover("[general]\nenabled=yes\nbindaddr=0.0.0.0\n", user, remote);
        QVERIFY2(r.access, qPrintable(r.whyNot));
        QCOMPARE(r.access->url.toString(), QStringLiteral("http://pbx1.example:8088"));
        r = discover("[general]\nenabled=yes\nbindaddr=10.1.2.3\n", user, remote);
        QCOMPARE(r.access->url.toString(), QStringLiteral("http://10.1.2.3:8088"));
        // Loopback there is not loopback here: no tunnel, say how to make one.
        r = discover("[general]\nenabled=yes\nbindaddr=127.0.0.1\n", user, remote);
        QVERIFY(!r.access);
        QVERIFY2(r.whyNot.contains(QStringLiteral("ssh -L 8088:127.0.0.1:8088 pbx1.example")),
                 qPrintable(r.whyNot));
        QVERIFY(r.whyNot.contains(QStringLiteral("--ari")));
    }

    void httpServerOff() {
        auto r = discover("[general]\nenabled = no\nbindaddr = 127.0.0.1\n", user);
        QVERIFY(!r.access);
        QVERIFY(r.whyNot.contains(QStringLiteral("enabled = yes")));
        // Recorded: without bindaddr Asterisk logs "Unable to resolve host '(null)'".
        r = discover("[general]\nenabled = yes\nbindport = 8088\n", user);
        QVERIFY(!r.access);
        QVERIFY(r.whyNot.contains(QStringLiteral("no bindaddr")));
    }

    void ariUsers() {
        const QByteArray http = "[general]\nenabled=yes\nbindaddr=127.0.0.1\n";
        // Crypt passwords cannot be sent, users without a password do not load: the first
        // usable one in file order.
        auto r = discover(http, "[general]\n[a]\ntype=user\npassword=$6$x$y\npassword_format="
                                "crypt\n[b]\ntype=user\n[c]\ntype=user\npassword=pc\n[d]\ntype="
                                "user\npassword=pd\n");
        QCOMPARE(r.access->user, QStringLiteral("c"));
        r = discover(http, "[a]\ntype=user\npassword=$6$x$y\npassword_format=crypt\n");
        QVERIFY(!r.access);
        QVERIFY(r.whyNot.contains(QStringLiteral("crypt")));
        // Recorded: enabled = no in ari.conf makes every ARI path 404.
        r = discover(http, "[general]\nenabled = no\n[u]\ntype=user\npassword=p\n");
        QVERIFY(!r.access);
        QVERIFY(r.whyNot.contains(QStringLiteral("enabled = no")));
        // A template is no user; one inherited from it is.
        r = discover(http, "[t](!)\ntype=user\npassword=pt\n[v](t)\n");
        QCOMPARE(r.access->user, QStringLiteral("v"));
        QCOMPARE(r.access->password, QByteArray("pt"));
    }

    void noFilesBeside() {
        ConfigFixture empty;
        const QString main = empty.path(QStringLiteral("websocket_client.conf"));
        const NeighbourFiles::File h =
            NeighbourFiles::readBeside(main, QStringLiteral("http.conf"), 1 << 20);
        QVERIFY(!h.exists);
        const auto r = AriDiscovery::discover(ConfigLocation::local(main), nullptr, h.reason,
                                              nullptr, QString());
        QVERIFY(r.whyNot.contains(QStringLiteral("no http.conf beside the file")));
        const auto log = AsteriskLogFile::find(nullptr, QString(), nullptr);
        QVERIFY(log.path.isEmpty());
        QVERIFY(log.whyNot.contains(QStringLiteral("console only")));
    }

    void logFileFromLoggerConf() {
        auto r = logFile("[logfiles]\nconsole => notice,warning,error,verbose\nfull => notice,"
                         "warning,error,verbose\n",
                         "[directories]\nastlogdir => /opt/pbx/log\n");
        QCOMPARE(r.path, QStringLiteral("/opt/pbx/log/full"));
        QVERIFY(r.verbose);
        QCOMPARE(r.entry, QStringLiteral("full => notice,warning,error,verbose"));
        // The default folder; a file without NOTICE is passed over; a formatter is no level.
        r = logFile("[logfiles]\nerrors => error,warning\nmessages.log => [plain]notice,error\n",
                    "[options]\nverbose = 3\n");
        QCOMPARE(r.path, QStringLiteral("/var/log/asterisk/messages.log"));
        QVERIFY(!r.verbose);
        r = logFile("[logfiles]\n/srv/all.log => *\n", "");
        QCOMPARE(r.path, QStringLiteral("/srv/all.log"));
        QVERIFY(r.verbose);
        r = logFile("[logfiles]\nerrors => error,warning\nsyslog.local0 => *\n", "");
        QVERIFY(r.path.isEmpty());
        QVERIFY(r.whyNot.contains(QStringLiteral("both ERROR and NOTICE")));
        r = logFile("[general]\nappendhostname = yes\n[logfiles]\nfull => *\n", "");
        QVERIFY(r.path.isEmpty());
        QVERIFY(r.whyNot.contains(QStringLiteral("appendhostname")));
    }
};

QTEST_GUILESS_MAIN(TestApplyDiscovery)
#include "TestApplyDiscovery.moc"
