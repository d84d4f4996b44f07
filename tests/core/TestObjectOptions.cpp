// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigFixture.h"

#include "check/ObjectOptions.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"
#include "schema/ValueParser.h"

#include <QDir>
#include <QTest>

using namespace wscm;

// ObjectOptions picks, for every option, the assignment ResolvedConfig::effectiveOptions()
// picks: the checks judge what the form, `get` and `check --json` show.
class TestObjectOptions : public QObject {
    Q_OBJECT

    static void compareAll(const ResolvedConfig &resolved) {
        for (const ResolvedConfig::Category &category : resolved.categories()) {
            const EffectiveOptions effective = resolved.effectiveOptions(category);
            const ObjectOptions options(resolved, category);
            for (int i = 0; i < OptionSchema::count(); ++i) {
                const EffectiveValue &e = effective.at(i);
                const QByteArray where = category.name + " " + QByteArray(OptionSchema::at(i).name);
                QVERIFY2(options.isSet(i) == e.isSet, where.constData());
                QVERIFY2(options.value(i) == effective.valueOrDefault(i), where.constData());
                QVERIFY2(options.isOn(i) == ValueParser::isTrue(effective.valueOrDefault(i)),
                         where.constData());
                if (const ResolvedConfig::Variable *v = options.variable(i)) {
                    QCOMPARE(resolved.file(v->file), e.file);
                    QCOMPARE(v->line + 1, e.line);
                    QCOMPARE(QString::fromUtf8(resolved.templateOf(*v)), e.fromTemplate);
                }
            }
        }
    }

private slots:
    void lastAssignmentWinsAsInTheEffectiveOptions() {
        ConfigFixture fixture;
        const ResolvedConfig resolved = fixture.resolve(
            "[base](!)\ntype = websocket_client\nuri = ws://a/\nTLS_ENABLED = yes\n"
            "[c](base)\nuri = ws://b/\nuri = ws://c/\nunknown = 1\ntls_enabled = no\n"
            "[c](+)\nprotocols = x\nprotocols += y\n");
        const ResolvedConfig::Category *c = resolved.category("c");
        QVERIFY(c);
        const ObjectOptions options(resolved, *c);
        QCOMPARE(options.value(OptionSchema::index("uri")), QByteArrayView("ws://c/"));
        QVERIFY(!options.isOn(OptionSchema::index("tls_enabled")));
        QVERIFY(!options.isSet(OptionSchema::index("cert_file")));
        QCOMPARE(options.value(OptionSchema::index("verify_server_cert")), QByteArrayView("yes"));
        compareAll(resolved);
    }

    // Every config recorded from a real Asterisk: templates, (+), +=, includes and all.
    void everyParityConfigAgrees() {
        const QDir cases(QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/config"));
        const QStringList names = cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        int compared = 0;
        for (const QString &name : names) {
            const QString main = cases.filePath(name + QStringLiteral("/websocket_client.conf"));
            if (!QFileInfo::exists(main))
                continue;
            ConfigSet set;
            QString error;
            if (!set.load(main, 1 << 20, &error))
                continue; // a case about a file Asterisk cannot read has no options to compare
            compareAll(ResolvedConfig::resolve(set));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(name));
            ++compared;
        }
        QVERIFY2(compared > 200, qPrintable(QString::number(compared)));
    }
};

QTEST_GUILESS_MAIN(TestObjectOptions)
#include "TestObjectOptions.moc"
