// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigFixture.h"
#include "config/AsteriskUri.h"
#include "reload/ConfigStatus.h"
#include "reload/ReloadResult.h"

#include <QJsonArray>
#include <QTest>

using namespace wscm;

// What a reload does to the running sections. Every rule below was seen in a real Asterisk
// (git f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9, res_sorcery_config + res_websocket_client):
// load a file, change it, `module reload res_websocket_client.so`, then connect each client
// with ast_websocket_client_connect() and see which URI it uses, or that it is gone.
// - [a] valid, then reloaded with connection_type = sometimes and another port: Asterisk
//   logs "Could not create an object of type 'websocket_client' with id 'a'" and "Retaining
//   existing configuration for object of type 'websocket_client' with id 'a'", and still
//   connects to the old port. The same with an empty uri ("Websocket client missing uri").
// - [b] removed from the file: no client b any more.
// - [c] new and invalid: never created.
// - "[d" (no closing bracket): "Contents of config file 'websocket_client.conf' are invalid
//   and cannot be parsed"; a and b both stay.
// - two [a] sections: "could not be loaded; configuration contains a duplicate object";
//   a and b both stay.
// - the file deleted: "Unable to load config file 'websocket_client.conf'"; a stays.
// - the file emptied: every client is removed.
class TestReloadResult : public QObject {
    Q_OBJECT
private:
    static QByteArray section(const QByteArray &name, int port, const QByteArray &extra = {}) {
        return "[" + name +
               "]\ntype = websocket_client\nuri = ws://127.0.0.1:" + QByteArray::number(port) +
               "/\nconnection_type = per_call_config\n" + extra;
    }
    static QStringList names(const QList<ClientSettings> &sections) {
        QStringList list;
        for (const ClientSettings &s : sections)
            list << s.name;
        return list;
    }
    static const ClientSettings *find(const ReloadResult &r, const QString &name) {
        for (const ClientSettings &s : r.sections) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }
    // The sections Asterisk loaded from `text` (the state before a reload).
    static QList<ClientSettings> loaded(ConfigFixture &fixture, const QByteArray &text) {
        const CheckResult first = fixture.check(text);
        return ReloadResult::compute({}, &first, {}, "first").sections;
    }

private slots:
    void invalidObjectKeepsItsPreviousSettings() {
        ConfigFixture f;
        const QList<ClientSettings> before = loaded(f, section("a", 17001) + section("b", 17002));
        QCOMPARE(names(before), QStringList({"a", "b"}));
        const CheckResult now = f.check(section("a", 17011, "connection_type = sometimes\n") +
                                        section("c", 17003, "connection_type = sometimes\n"));
        const ReloadResult r = ReloadResult::compute(before, &now, {}, "f.conf");
        QCOMPARE(r.kind, ReloadResult::Kind::Reloaded);
        QCOMPARE(names(r.sections), QStringList({"a"}));
        QCOMPARE(AsteriskUri::parse(find(r, "a")->uriText.toUtf8()).port(), QByteArray("17001"));
        QCOMPARE(r.retained, QStringList({"a"}));
        QCOMPARE(r.removed, QStringList({"b"}));
        QVERIFY(r.added.isEmpty() && r.changed.isEmpty());
        QCOMPARE(r.validSections, 0);
        QCOMPARE(r.invalidSections, 2);
        QVERIFY(!r.successful());
        // The errors of a and c, to show the user.
        QCOMPARE(r.errors.size(), 2);
        QVERIFY(r.toText().contains("kept [a] on the previous settings"));
    }

    void objectFailingTheApplyStepIsRetainedToo() {
        ConfigFixture f;
        const QList<ClientSettings> before = loaded(f, section("a", 17001) + section("b", 17002));
        const CheckResult now = f.check("[a]\ntype = websocket_client\nuri =\n"
                                        "connection_type = per_call_config\n" +
                                        section("d", 17004));
        const ReloadResult r = ReloadResult::compute(before, &now, {}, "f.conf");
        QCOMPARE(names(r.sections), QStringList({"a", "d"}));
        QCOMPARE(AsteriskUri::parse(find(r, "a")->uriText.toUtf8()).port(), QByteArray("17001"));
        QCOMPARE(r.retained, QStringList({"a"}));
        QCOMPARE(r.added, QStringList({"d"}));
        QCOMPARE(r.removed, QStringList({"b"}));
    }

    void fileRejectedAsAWholeKeepsEverything_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("no closing bracket") << section("a", 17001) + "[d\n";
        QTest::newRow("duplicate object") << section("a", 17001) + section("a", 17001);
    }
    void fileRejectedAsAWholeKeepsEverything() {
        QFETCH(QByteArray, text);
        ConfigFixture f;
        const QList<ClientSettings> before = loaded(f, section("a", 17001) + section("b", 17002));
        const CheckResult now = f.check(text);
        QVERIFY(now.fileRejected);
        const ReloadResult r = ReloadResult::compute(before, &now, {}, "f.conf");
        QCOMPARE(r.kind, ReloadResult::Kind::Rejected);
        QCOMPARE(r.sections, before);
        QCOMPARE(r.retained, QStringList({"a", "b"}));
        QVERIFY(r.added.isEmpty() && r.changed.isEmpty() && r.removed.isEmpty());
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!r.successful());
        QCOMPARE(r.toJson().value("event").toString(), QString("config_rejected"));
    }

    void unreadableFileKeepsEverything() {
        ConfigFixture f;
        const QList<ClientSettings> before = loaded(f, section("a", 17001));
        const ReloadResult r =
            ReloadResult::compute(before, nullptr, {}, "f.conf", "cannot open f.conf");
        QCOMPARE(r.kind, ReloadResult::Kind::Unreadable);
        QCOMPARE(r.sections, before);
        QCOMPARE(r.validSections, -1);
        QVERIFY(r.toText().contains("cannot open f.conf"));
        QVERIFY(r.toJson().value("valid").isNull());
    }

    void emptiedFileRemovesEverySection() {
        ConfigFixture f;
        const QList<ClientSettings> before = loaded(f, section("a", 17001) + section("b", 17002));
        const CheckResult now = f.check("");
        const ReloadResult r = ReloadResult::compute(before, &now, {}, "f.conf");
        QCOMPARE(r.kind, ReloadResult::Kind::Reloaded);
        QVERIFY(r.sections.isEmpty());
        QCOMPARE(r.removed, QStringList({"a", "b"}));
        QVERIFY(r.successful());
    }

    void onlyChangedSectionsReconnect() {
        ConfigFixture f;
        const QList<ClientSettings> before =
            loaded(f, section("a", 17001) + section("b", 17002) + section("c", 17003));
        // b gets a comment and other blanks only; c another port; a is untouched.
        const CheckResult now =
            f.check(section("a", 17001) +
                    "; a comment\n[b]\ntype=websocket_client\nuri   =   ws://127.0.0.1:17002/\n"
                    "connection_type = per_call_config\n" +
                    section("c", 17033));
        const ReloadResult r = ReloadResult::compute(before, &now, {}, "f.conf");
        QCOMPARE(names(r.sections), QStringList({"a", "b", "c"}));
        QCOMPARE(r.changed, QStringList({"c"}));
        QVERIFY(r.added.isEmpty() && r.removed.isEmpty() && r.retained.isEmpty());
        QVERIFY(r.successful());
        QVERIFY(r.changesSections());
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value("changed").toArray().first().toString(), QString("c"));
        QVERIFY(json.value("section").isNull());
    }

    void namedSectionsLimitWhatRuns() {
        ConfigFixture f;
        const CheckResult first = f.check(section("a", 17001) + section("b", 17002));
        const QList<ClientSettings> before =
            ReloadResult::compute({}, &first, {"b"}, "f.conf").sections;
        QCOMPARE(names(before), QStringList({"b"}));
        const CheckResult now = f.check(section("a", 17011) + section("b", 17022) +
                                        section("x", 1, "connection_type = sometimes\n"));
        const ReloadResult r = ReloadResult::compute(before, &now, {"b"}, "f.conf");
        QCOMPARE(names(r.sections), QStringList({"b"}));
        QCOMPARE(r.changed, QStringList({"b"}));
        // The file's verdict counts every section; the errors shown are the probed ones'.
        QCOMPARE(r.invalidSections, 1);
        QVERIFY(r.errors.isEmpty());
    }

    void statusFollowsTheReadings() {
        ConfigFixture f;
        const CheckResult good = f.check(section("a", 17001));
        ConfigStatus status;
        const ReloadResult first = ReloadResult::compute({}, &good, {}, "f.conf");
        status.record(first, true);
        QVERIFY(status.lastLoadSuccessful);
        QCOMPARE(status.validSections, 1);
        QCOMPARE(status.reloadsSucceeded + status.reloadsFailed, 0u);
        QCOMPARE(status.lastSuccessAt, first.at);

        const CheckResult bad = f.check(section("a", 17001, "connection_type = sometimes\n"));
        status.record(ReloadResult::compute(first.sections, &bad, {}, "f.conf"), false);
        QVERIFY(!status.lastLoadSuccessful);
        QCOMPARE(status.invalidSections, 1);
        QCOMPARE(status.retainedSections, 1);
        QCOMPARE(status.reloadsFailed, 1u);
        QCOMPARE(status.lastSuccessAt, first.at);

        status.record(ReloadResult::compute(first.sections, nullptr, {}, "f.conf", "gone"), false);
        QCOMPARE(status.invalidSections, 1); // the last reading's counts stay
        QCOMPARE(status.reloadsFailed, 2u);
    }
};

QTEST_GUILESS_MAIN(TestReloadResult)
#include "TestReloadResult.moc"
