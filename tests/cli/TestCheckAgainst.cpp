// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

// `wscm check --against OLD FILE`, run as the built binary on reloads recorded from a real
// Asterisk (tests/parity/reload/cases: BEFORE is what Asterisk had loaded, AFTER the file
// that replaced it; what Asterisk then did is in each case's expected.json).

#include "CliRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using CliRun::Run;
using CliRun::wscm;

class TestCheckAgainst : public QObject {
    Q_OBJECT
private:
    static QString file(const QString &name, const QString &side) {
        return QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/reload/cases/%1/%2/"
                                              "websocket_client.conf")
            .arg(name, side);
    }
    // `wscm check [OPTIONS] --against BEFORE AFTER` on one recorded reload.
    static Run checkReload(const QString &name, const QStringList &options = {}) {
        return wscm(
            QStringList{QStringLiteral("check")} + options +
            QStringList{QStringLiteral("--against"), file(name, "before"), file(name, "after")});
    }
    static QStringList strings(const QJsonValue &array) {
        QStringList out;
        for (const QJsonValue &v : array.toArray())
            out << v.toString();
        return out;
    }

private Q_SLOTS:
    void jsonHasTheReload() {
        // One reload that adds, changes, keeps an old object and removes.
        const Run run = checkReload(QStringLiteral("mixed"), {QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1); // the new file has an invalid section: as without --against
        const QJsonObject reload = QJsonDocument::fromJson(run.out).object()[u"reload"].toObject();
        QCOMPARE(reload[u"refused"].toBool(true), false);
        QCOMPARE(strings(reload[u"added"]), QStringList{QStringLiteral("media-d")});
        QCOMPARE(strings(reload[u"changed"]), QStringList{QStringLiteral("media-a")});
        QCOMPARE(strings(reload[u"retained"]), QStringList{QStringLiteral("media-b")});
        QCOMPARE(strings(reload[u"removed"]), QStringList{QStringLiteral("media-c")});
        QCOMPARE(strings(reload[u"unchanged"]), QStringList{QStringLiteral("ari_client")});
    }

    void jsonOfARefusedFile() {
        const QString name = QStringLiteral("duplicate-section");
        const Run run = checkReload(name, {QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject reload = QJsonDocument::fromJson(run.out).object()[u"reload"].toObject();
        QCOMPARE(reload[u"refused"].toBool(false), true);
        for (const char *list : {"added", "changed", "retained", "removed"})
            QVERIFY2(reload[QLatin1StringView(list)].toArray().isEmpty(), list);
        QCOMPARE(strings(reload[u"unchanged"]), (QStringList{"ari_client", "media-a", "media-b"}));
    }

    void textSaysWhatHappens() {
        const Run kept = checkReload(QStringLiteral("ari-client-invalid-retained"));
        QCOMPARE(kept.exitCode, 1);
        QVERIFY2(kept.out.contains("\nAfter a reload Asterisk will keep the OLD [ari_client], "
                                   "because the new one is invalid (line 10: "),
                 kept.out.constData());

        const Run refused = checkReload(QStringLiteral("missing-include"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains("\nAfter a reload Asterisk will change nothing: the file "
                                      "cannot be loaded (line 1: "),
                 refused.out.constData());

        const Run same = checkReload(QStringLiteral("untouched"));
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(same.out.endsWith("After a reload Asterisk will change nothing: every client "
                                   "stays as it is\n"),
                 same.out.constData());
    }

    void withoutAgainstNoReload() {
        const Run run = wscm({QStringLiteral("check"), QStringLiteral("--json"),
                              file(QStringLiteral("untouched"), "after")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(run.out).object().contains(u"reload"));
        QVERIFY(!wscm({QStringLiteral("check"), file(QStringLiteral("untouched"), "after")})
                     .out.contains("After a reload"));
    }

    void badInput() {
        // Two files: which one would replace OLD?
        const QString a = file(QStringLiteral("untouched"), "after");
        Run run = wscm({QStringLiteral("check"), QStringLiteral("--against"), a, a, a});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--against compares one FILE with OLD"), run.err.constData());
        // An OLD that cannot be read: said, exit 2, nothing predicted.
        QTemporaryDir dir;
        run = wscm({QStringLiteral("check"), QStringLiteral("--against"),
                    dir.filePath(QStringLiteral("missing.conf")), a});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("missing.conf"), run.err.constData());
        QVERIFY(!run.out.contains("After a reload"));
    }
};

QTEST_GUILESS_MAIN(TestCheckAgainst)
#include "TestCheckAgainst.moc"
