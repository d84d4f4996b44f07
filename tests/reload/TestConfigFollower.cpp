// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigFixture.h"
#include "config/AsteriskUri.h"
#include "reload/ConfigFollower.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace wscm;

// The probe follows its config file on a real folder: edits in place, editors that replace
// the file, includes, deletion, and changes that are none.
class TestConfigFollower : public QObject {
    Q_OBJECT
private:
    static QByteArray section(const QByteArray &name, int port, const QByteArray &extra = {}) {
        return "[" + name +
               "]\ntype = websocket_client\nuri = ws://127.0.0.1:" + QByteArray::number(port) +
               "/\n" + extra;
    }

    // A follower of websocket_client.conf started on `text`, watching.
    struct Followed {
        ConfigFixture fixture;
        std::unique_ptr<ConfigFollower> follower;
        std::unique_ptr<QSignalSpy> spy;

        explicit Followed(const QByteArray &text,
                          const QList<std::pair<QString, QByteArray>> &others = {}) {
            for (const auto &[name, bytes] : others)
                fixture.write(name, bytes);
            const ConfigSet set = fixture.load(text);
            const CheckResult result = Validator::check(ResolvedConfig::resolve(set));
            const QString path = fixture.path("websocket_client.conf");
            follower = std::make_unique<ConfigFollower>(path, 1 << 20, QStringList());
            const QList<ClientSettings> running =
                ReloadResult::compute({}, &result, {}, path).sections;
            follower->begin(set, result, running, true);
            spy = std::make_unique<QSignalSpy>(follower.get(), &ConfigFollower::reloaded);
        }
        // The next reload, waited for (the watcher reports changes through the event loop).
        ReloadResult next() {
            if (spy->isEmpty() && !spy->wait(10000))
                return {};
            return spy->takeFirst().at(0).value<ReloadResult>();
        }
    };

    static void replaceByRename(const QString &path, const QByteArray &text) {
        // What vim, sed -i and most editors do: write a new file and rename it over the old.
        const QString temporary = path + ".new";
        QFile file(temporary);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
        file.close();
        QVERIFY(::rename(QFile::encodeName(temporary), QFile::encodeName(path)) == 0);
    }

private slots:
    void initTestCase() { qRegisterMetaType<ReloadResult>(); }

    void editInPlaceReconnectsTheChangedSection() {
        Followed f(section("a", 1) + section("b", 2));
        QCOMPARE(f.follower->sections().size(), 2);
        f.fixture.write("websocket_client.conf", section("a", 1) + section("b", 22));
        const ReloadResult r = f.next();
        QCOMPARE(r.kind, ReloadResult::Kind::Reloaded);
        QCOMPARE(r.changed, QStringList({"b"}));
        QCOMPARE(AsteriskUri::parse(f.follower->sections().at(1).uriText.toUtf8()).port(),
                 QByteArray("22"));
        QCOMPARE(f.follower->status().reloadsSucceeded, 1u);
    }

    void fileReplacedByRenameIsStillFollowed() {
        Followed f(section("a", 1));
        const QString path = f.fixture.path("websocket_client.conf");
        replaceByRename(path, section("a", 1) + section("b", 2));
        QCOMPARE(f.next().added, QStringList({"b"}));
        // The watcher lost the replaced file; the new one is watched again.
        replaceByRename(path, section("a", 11) + section("b", 2));
        QCOMPARE(f.next().changed, QStringList({"a"}));
    }

    void includedFileIsFollowed() {
        Followed f(section("a", 1) + "#include \"extra.conf\"\n",
                   {{"extra.conf", section("b", 2)}});
        QCOMPARE(f.follower->sections().size(), 2);
        f.fixture.write("extra.conf", section("b", 3));
        QCOMPARE(f.next().changed, QStringList({"b"}));
    }

    void tryincludeThatAppearsIsRead() {
        Followed f(section("a", 1) + "#tryinclude \"later.conf\"\n");
        f.fixture.write("later.conf", section("b", 2));
        // No file was there to watch: the change of its folder reads the main file again.
        QCOMPARE(f.next().added, QStringList({"b"}));
    }

    void sameBytesAreNoReload() {
        Followed f(section("a", 1));
        f.fixture.write("websocket_client.conf", section("a", 1));
        f.fixture.write("unrelated.conf", "[x]\n");
        f.follower->reload();
        QVERIFY(f.spy->isEmpty());
        QCOMPARE(f.follower->status().reloadsSucceeded + f.follower->status().reloadsFailed, 0u);
    }

    void deletedFileKeepsTheSectionsUntilItIsBack() {
        Followed f(section("a", 1));
        QVERIFY(QFile::remove(f.fixture.path("websocket_client.conf")));
        const ReloadResult gone = f.next();
        QCOMPARE(gone.kind, ReloadResult::Kind::Unreadable);
        QCOMPARE(gone.sections.size(), 1);
        QVERIFY(!f.follower->status().lastLoadSuccessful);
        f.fixture.write("websocket_client.conf", section("a", 1) + section("b", 2));
        const ReloadResult back = f.next();
        QCOMPARE(back.kind, ReloadResult::Kind::Reloaded);
        QCOMPARE(back.added, QStringList({"b"}));
        QVERIFY(f.follower->status().lastLoadSuccessful);
    }

    void brokenFileKeepsTheLastGoodSet() {
        Followed f(section("a", 1));
        f.fixture.write("websocket_client.conf", section("a", 9) + "[unclosed\n");
        const ReloadResult r = f.next();
        QCOMPARE(r.kind, ReloadResult::Kind::Rejected);
        QCOMPARE(AsteriskUri::parse(f.follower->sections().first().uriText.toUtf8()).port(),
                 QByteArray("1"));
        QCOMPARE(f.follower->status().reloadsFailed, 1u);
        QCOMPARE(f.follower->status().retainedSections, 1);
    }

    void reloadOnRequestWithoutWatching() {
        ConfigFixture fixture;
        const ConfigSet set = fixture.load(section("a", 1));
        const CheckResult result = Validator::check(ResolvedConfig::resolve(set));
        ConfigFollower follower(fixture.path("websocket_client.conf"), 1 << 20, {});
        follower.begin(set, result, {}, false);
        QSignalSpy spy(&follower, &ConfigFollower::reloaded);
        fixture.write("websocket_client.conf", section("a", 2));
        follower.reload();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).value<ReloadResult>().added, QStringList({"a"}));
    }
};

QTEST_GUILESS_MAIN(TestConfigFollower)
#include "TestConfigFollower.moc"
