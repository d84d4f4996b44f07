// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EngineTestMain.h"
#include "LocalWebSocketServer.h"
#include "TestSettings.h"
#include "config/AsteriskUri.h"
#include "net/Connection.h"
#include "net/ConnectionManager.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using wscm::ConnectionHealth;
using wscm::ConnectionManager;

class TestConnectionManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsAndStopsAll();
    void updateReconnectsOnlyChangedSections();
    void startAllStartsOnLaterTurns();
};

void TestConnectionManager::startsAndStopsAll() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    const QString uri = u"ws://127.0.0.1:%1/"_s.arg(server.port());
    ConnectionManager manager;
    manager.update({TestSettings::forUri(uri, u"a"_s), TestSettings::forUri(uri, u"b"_s)});
    QCOMPARE(manager.names(), (QStringList{u"a"_s, u"b"_s}));
    manager.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, 5000);
    QTRY_COMPARE(manager.connection(u"b"_s)->health().state, ConnectionHealth::State::Connected);
    manager.stop(u"a"_s);
    QCOMPARE(manager.connection(u"a"_s)->health().state, ConnectionHealth::State::Stopped);
    QCOMPARE(manager.connection(u"b"_s)->health().state, ConnectionHealth::State::Connected);
    manager.stopAll();
    QCOMPARE(manager.connection(u"b"_s)->health().state, ConnectionHealth::State::Stopped);
}

void TestConnectionManager::updateReconnectsOnlyChangedSections() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    const QString uri = u"ws://127.0.0.1:%1/"_s.arg(server.port());
    ConnectionManager manager;
    QSignalSpy removed(&manager, &ConnectionManager::connectionRemoved);
    QSignalSpy updated(&manager, &ConnectionManager::connectionUpdated);
    manager.update({TestSettings::forUri(uri, u"same"_s), TestSettings::forUri(uri, u"edited"_s),
                    TestSettings::forUri(uri, u"gone"_s)});
    manager.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 3, 5000);

    auto edited = TestSettings::forUri(uri + u"v2"_s, u"edited"_s);
    manager.update(
        {TestSettings::forUri(uri, u"same"_s), edited, TestSettings::forUri(uri, u"new"_s)});
    QCOMPARE(manager.names(), (QStringList{u"same"_s, u"edited"_s, u"new"_s}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), u"gone"_s);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.at(0).at(0).toString(), u"edited"_s);
    // One reconnect for the edited section and one connection for the new one; the
    // unchanged section keeps its connection.
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 5, 5000);
    int toV2 = 0;
    for (const QNetworkRequest &request : server.requests())
        toV2 += request.url().path() == u"/v2"_s ? 1 : 0;
    QCOMPARE(toV2, 1);
    QCOMPARE(manager.connection(u"same"_s)->health().attempts, 1);
    QCOMPARE(wscm::AsteriskUri::parse(manager.connection(u"edited"_s)->settings().uriText.toUtf8())
                 .path()
                 .value_or(QByteArray()),
             QByteArray("v2"));
    QTRY_COMPARE(manager.connection(u"edited"_s)->health().state,
                 ConnectionHealth::State::Connected);
}

void TestConnectionManager::startAllStartsOnLaterTurns() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    const QString uri = u"ws://127.0.0.1:%1/"_s.arg(server.port());
    QList<wscm::ClientSettings> sections;
    for (int i = 0; i < 50; ++i)
        sections.append(TestSettings::forUri(uri, u"s%1"_s.arg(i)));
    ConnectionManager manager;
    manager.update(sections);
    manager.startAll();
    // Nothing started yet: the starts come from the event loop, a few per turn, so that the
    // thread that asked stays free (a window stays live while a thousand sections connect).
    for (const QString &name : manager.names())
        QVERIFY(!manager.connection(name)->isActive());
    // Stopped or removed before its turn: never started.
    manager.stop(u"s0"_s);
    sections.removeAt(1);
    manager.update(sections);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 48, 10000);
    QVERIFY(!manager.connection(u"s0"_s)->isActive());
    QVERIFY(!manager.connection(u"s1"_s));
    QTRY_COMPARE(manager.connection(u"s49"_s)->health().state, ConnectionHealth::State::Connected);
}

WSCM_ENGINE_TEST_MAIN(TestConnectionManager)
#include "TestConnectionManager.moc"
