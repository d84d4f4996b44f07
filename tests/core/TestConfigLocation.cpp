// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "io/ConfigLocation.h"

#include <QDir>
#include <QTest>

using namespace wscm;

// How a FILE argument names a file here or on an SSH host, and how includes resolve on the
// same host.
class TestConfigLocation : public QObject {
    Q_OBJECT
private slots:
    void remoteForms_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("label");
        QTest::newRow("host only") << "ssh://pbx/etc/asterisk/websocket_client.conf"
                                   << ""
                                   << "pbx" << -1 << "/etc/asterisk/websocket_client.conf"
                                   << "pbx";
        QTest::newRow("user and port") << "ssh://admin@pbx.example.org:2222/etc/a.conf"
                                       << "admin"
                                       << "pbx.example.org" << 2222 << "/etc/a.conf"
                                       << "admin@pbx.example.org:2222";
        QTest::newRow("ipv6") << "ssh://root@[::1]:22/x.conf"
                              << "root"
                              << "::1" << 22 << "/x.conf"
                              << "root@[::1]:22";
        QTest::newRow("dots cleaned") << "SSH://pbx/etc/./asterisk/../a.conf"
                                      << ""
                                      << "pbx" << -1 << "/etc/a.conf"
                                      << "pbx";
        QTest::newRow("escaped space") << "ssh://pbx/etc/my%20file.conf"
                                       << ""
                                       << "pbx" << -1 << "/etc/my file.conf"
                                       << "pbx";
        QTest::newRow("typed space") << "ssh://pbx/etc/my file.conf"
                                     << ""
                                     << "pbx" << -1 << "/etc/my file.conf"
                                     << "pbx";
    }
    void remoteForms() {
        QFETCH(QString, text);
        QString error;
        const ConfigLocation location = ConfigLocation::parse(text, &error);
        QVERIFY2(location.isValid(), qPrintable(error));
        QVERIFY(location.isRemote());
        QTEST(location.user(), "user");
        QTEST(location.host(), "host");
        QTEST(location.port(), "port");
        QTEST(location.path(), "path");
        QTEST(location.hostLabel(), "label");
        // What it prints reads back as the same place.
        QCOMPARE(ConfigLocation::parse(location.toString()), location);
    }

    void refusals_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no path") << "ssh://pbx"
                                 << "ssh://[user@]host[:port]/path";
        QTest::newRow("a folder") << "ssh://pbx/etc/asterisk/"
                                  << "ssh://[user@]host[:port]/path";
        QTest::newRow("no host") << "ssh:///etc/a.conf"
                                 << "ssh://[user@]host[:port]/path";
        QTest::newRow("bad port") << "ssh://pbx:99999/etc/a.conf"
                                  << "ssh://[user@]host[:port]/path";
        QTest::newRow("option as host") << "ssh://-oProxyCommand=x/etc/a.conf"
                                        << "ssh://[user@]host[:port]/path";
        QTest::newRow("password") << "ssh://root:Zq7secret@pbx/etc/a.conf"
                                  << "never takes an SSH password";
        QTest::newRow("empty") << ""
                               << "no file name";
    }
    void refusals() {
        QFETCH(QString, text);
        QFETCH(QString, fragment);
        QString error;
        QVERIFY(!ConfigLocation::parse(text, &error).isValid());
        QVERIFY2(error.contains(fragment), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("Zq7secret")), qPrintable(error));
    }

    void localPathsAreAbsolute() {
        const ConfigLocation location = ConfigLocation::parse(QStringLiteral("a/../b.conf"));
        QVERIFY(!location.isRemote());
        QCOMPARE(location.path(), QDir::current().filePath(QStringLiteral("b.conf")));
        QCOMPARE(location.toString(), location.path());
        QVERIFY(location.hostLabel().isEmpty());
    }

    void includesResolveOnTheSameHost() {
        const ConfigLocation main =
            ConfigLocation::parse(QStringLiteral("ssh://root@pbx:2222/etc/asterisk/ws.conf"));
        const ConfigLocation relative = main.resolved(QStringLiteral("ws.d/extra.conf"));
        QCOMPARE(relative.toString(),
                 QStringLiteral("ssh://root@pbx:2222/etc/asterisk/ws.d/extra.conf"));
        QVERIFY(relative.sameHost(main));
        QCOMPARE(main.resolved(QStringLiteral("/srv/../opt/x.conf")).path(),
                 QStringLiteral("/opt/x.conf"));
        QVERIFY(!main.sameHost(ConfigLocation::parse(QStringLiteral("ssh://pbx/etc/x.conf"))));
    }
};

QTEST_GUILESS_MAIN(TestConfigLocation)
#include "TestConfigLocation.moc"
