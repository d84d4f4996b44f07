// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "schema/OptionSchema.h"

#include <QSet>
#include <QTest>

using namespace wscm;

class TestOptionSchema : public QObject {
    Q_OBJECT
private slots:
    void hasEveryReferenceOption() {
        const QStringList reference{"type",
                                    "uri",
                                    "protocols",
                                    "username",
                                    "password",
                                    "connection_type",
                                    "connection_timeout",
                                    "reconnect_interval",
                                    "reconnect_attempts",
                                    "tls_enabled",
                                    "ca_list_file",
                                    "ca_list_path",
                                    "cert_file",
                                    "priv_key_file",
                                    "verify_server_cert",
                                    "verify_server_hostname",
                                    "proxy_host",
                                    "proxy_username",
                                    "proxy_password",
                                    "enable_tcp_keepalives",
                                    "tcp_keepalive_time",
                                    "tcp_keepalive_interval",
                                    "tcp_keepalive_probes",
                                    "enable_pingpongs",
                                    "pingpong_interval",
                                    "pingpong_probes"};
        QCOMPARE(OptionSchema::count(), 26);
        QSet<QString> names;
        for (const OptionSpec &spec : OptionSchema::options())
            names.insert(spec.nameString());
        QCOMPARE(names.size(), 26);
        for (const QString &name : reference)
            QVERIFY2(names.contains(name), qPrintable(name));
    }
    void defaultsMatchReference_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("defaultValue");
        QTest::newRow("connection_timeout") << "connection_timeout"
                                            << "500";
        QTest::newRow("reconnect_interval") << "reconnect_interval"
                                            << "500";
        QTest::newRow("reconnect_attempts") << "reconnect_attempts"
                                            << "4";
        QTest::newRow("tls_enabled") << "tls_enabled"
                                     << "no";
        QTest::newRow("verify_server_cert") << "verify_server_cert"
                                            << "yes";
        QTest::newRow("verify_server_hostname") << "verify_server_hostname"
                                                << "yes";
        QTest::newRow("enable_tcp_keepalives") << "enable_tcp_keepalives"
                                               << "no";
        QTest::newRow("tcp_keepalive_time") << "tcp_keepalive_time"
                                            << "20";
        QTest::newRow("tcp_keepalive_interval") << "tcp_keepalive_interval"
                                                << "20";
        QTest::newRow("tcp_keepalive_probes") << "tcp_keepalive_probes"
                                              << "3";
        QTest::newRow("enable_pingpongs") << "enable_pingpongs"
                                          << "no";
        QTest::newRow("pingpong_interval") << "pingpong_interval"
                                           << "20";
        QTest::newRow("pingpong_probes") << "pingpong_probes"
                                         << "3";
        QTest::newRow("connection_type") << "connection_type"
                                         << "";
        QTest::newRow("uri") << "uri"
                             << "";
    }
    void defaultsMatchReference() {
        QFETCH(QString, name);
        QFETCH(QString, defaultValue);
        const OptionSpec *spec = OptionSchema::find(name);
        QVERIFY(spec);
        QCOMPARE(spec->defaultString(), defaultValue);
    }
    void lookupIgnoresCase() {
        QCOMPARE(OptionSchema::indexOf(u"URI"), OptionSchema::indexOf(u"uri"));
        QVERIFY(OptionSchema::find(u"Proxy_Host"));
        QVERIFY(!OptionSchema::find(u"proxy"));
        QVERIFY(!OptionSchema::find(u""));
    }
    void secretsAreExactlyThePasswords() {
        QStringList secrets;
        for (const OptionSpec &spec : OptionSchema::options()) {
            if (spec.isSecret())
                secrets.append(spec.nameString());
        }
        QCOMPARE(secrets, QStringList({"password", "proxy_password"}));
    }
    void everyOptionIsDocumented() {
        for (const OptionSpec &spec : OptionSchema::options()) {
            QVERIFY2(qstrlen(spec.help) > 10, spec.name);
            QVERIFY2(qstrlen(spec.since) > 0, spec.name);
            if (qstrlen(spec.enabledBy) > 0)
                QVERIFY2(OptionSchema::find(QString::fromLatin1(spec.enabledBy))->kind ==
                             OptionKind::Bool,
                         spec.name);
        }
    }
};

QTEST_GUILESS_MAIN(TestOptionSchema)
#include "TestOptionSchema.moc"
