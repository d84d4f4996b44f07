// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "LocalWebSocketServer.h"
#include "TestCertificates.h"
#include "TestSettings.h"
#include "net/ConnectionManagerThread.h"
#include "net/EpollEventDispatcher.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using wscm::ConnectionEvent;
using wscm::ConnectionHealth;
using wscm::ConnectionManagerThread;

namespace {
// Counts the queued calls an object receives: the engine thread's hand-overs to its owner.
class HandOverCounter : public QObject {
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == QEvent::MetaCall)
            ++count;
        return false;
    }
};
} // namespace

// The connections on their own thread, seen from the test's thread as a window sees them:
// real servers on 127.0.0.1, served by the test's thread while the engine thread connects.
class TestConnectionManagerThread : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void connectsOnItsOwnThreadAndReportsOnTheOwners();
    void theHealthIsTheConnectionsOwn();
    void eventsOfOneEngineTurnArriveTogether();
    void updateChangesTheSectionsAtOnce();
    void deletingItClosesTheConnections();
};

void TestConnectionManagerThread::connectsOnItsOwnThreadAndReportsOnTheOwners() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    const QString uri = u"ws://127.0.0.1:%1/"_s.arg(server.port());
    ConnectionManagerThread manager;
    QVERIFY(manager.engineThread() != QThread::currentThread());
#ifdef Q_OS_LINUX
    // The engine watches its sockets with epoll unless told to keep Qt's dispatcher.
    if (qgetenv("WSCM_EVENT_DISPATCHER") != "qt")
        QVERIFY(
            qobject_cast<wscm::EpollEventDispatcher *>(manager.engineThread()->eventDispatcher()));
#endif
    QSignalSpy added(&manager, &ConnectionManagerThread::connectionAdded);
    QList<ConnectionEvent> events;
    QList<QThread *> threads;
    connect(&manager, &ConnectionManagerThread::eventOccurred, this,
            [&](const ConnectionEvent &event) {
                events.append(event);
                threads.append(QThread::currentThread());
            });
    manager.update({TestSettings::forUri(uri, u"a"_s), TestSettings::forUri(uri, u"b"_s)});
    QCOMPARE(manager.names(), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(added.count(), 2);
    QCOMPARE(manager.health(u"a"_s).state, ConnectionHealth::State::Idle);
    QCOMPARE(manager.measuredFrom(), u"this computer"_s);

    manager.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, 5000);
    QTRY_COMPARE(manager.health(u"a"_s).state, ConnectionHealth::State::Connected);
    QTRY_COMPARE(manager.health(u"b"_s).state, ConnectionHealth::State::Connected);
    QVERIFY(manager.health(u"b"_s).connectedSince.isValid());
    manager.stop(u"a"_s);
    QTRY_COMPARE(manager.health(u"a"_s).state, ConnectionHealth::State::Stopped);
    QCOMPARE(manager.health(u"b"_s).state, ConnectionHealth::State::Connected);
    manager.stopAll();
    QTRY_COMPARE(manager.health(u"b"_s).state, ConnectionHealth::State::Stopped);

    const auto count = [&](const QString &section, ConnectionEvent::Kind kind) {
        return std::count_if(events.cbegin(), events.cend(), [&](const ConnectionEvent &e) {
            return e.section == section && e.kind == kind;
        });
    };
    for (const QString &section : {u"a"_s, u"b"_s}) {
        QCOMPARE(count(section, ConnectionEvent::Kind::Connecting), 1);
        QCOMPARE(count(section, ConnectionEvent::Kind::Connected), 1);
        QCOMPARE(count(section, ConnectionEvent::Kind::Disconnected), 1);
    }
    QVERIFY(std::all_of(threads.cbegin(), threads.cend(),
                        [](QThread *t) { return t == QThread::currentThread(); }));
}

// What no event carries (the server's certificate) still reaches the owner: the health it
// gets is the connection's own snapshot, not one rebuilt from events.
void TestConnectionManagerThread::theHealthIsTheConnectionsOwn() {
    TestCertificates certs;
    QString error;
    QVERIFY2(certs.create(&error), qPrintable(error));
    LocalWebSocketServer server;
    QVERIFY(server.listen(
        0, LocalWebSocketServer::tlsConfiguration(certs.serverCert(), certs.serverKey())));
    auto settings = TestSettings::forUri(u"wss://localhost:%1/tls"_s.arg(server.port()));
    settings.tlsEnabled = true;
    settings.caListFile = certs.caFile();
    ConnectionManagerThread manager;
    manager.update({settings});
    manager.start(settings.name);
    QTRY_COMPARE_WITH_TIMEOUT(manager.health(settings.name).state,
                              ConnectionHealth::State::Connected, 10000);
    const ConnectionHealth health = manager.health(settings.name);
    QVERIFY2(health.peerCertificateSubject.contains(u"CN=server"_s),
             qPrintable(health.peerCertificateSubject));
    QVERIFY(health.peerCertificateExpiry > QDateTime::currentDateTimeUtc());
    QVERIFY(health.lastTimings.tlsUs >= 0);
}

// stopAll() is one call on the engine thread: its thirty disconnections come to the owner in
// one hand-over (one queued call), not thirty.
void TestConnectionManagerThread::eventsOfOneEngineTurnArriveTogether() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    const QString uri = u"ws://127.0.0.1:%1/"_s.arg(server.port());
    QList<wscm::ClientSettings> sections;
    for (int i = 0; i < 30; ++i)
        sections.append(TestSettings::forUri(uri, u"s%1"_s.arg(i)));
    ConnectionManagerThread manager;
    manager.update(sections);
    manager.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 30, 10000);
    for (const auto &s : std::as_const(sections))
        QTRY_COMPARE(manager.health(s.name).state, ConnectionHealth::State::Connected);

    // Each group is what came before the owner's loop turned again.
    QList<int> groups;
    bool open = false;
    connect(&manager, &ConnectionManagerThread::eventOccurred, this,
            [&](const ConnectionEvent &event) {
                if (event.kind != ConnectionEvent::Kind::Disconnected)
                    return;
                if (!open) {
                    open = true;
                    groups.append(0);
                    QMetaObject::invokeMethod(
                        this, [&open] { open = false; }, Qt::QueuedConnection);
                }
                ++groups.last();
            });
    QSignalSpy changed(&manager, &ConnectionManagerThread::healthChanged);
    HandOverCounter handOvers;
    manager.installEventFilter(&handOvers);
    manager.stopAll();
    QTRY_COMPARE(groups.value(0), 30);
    QCOMPARE(groups, QList<int>{30});
    QCOMPARE(handOvers.count, 1);
    QCOMPARE(changed.count(), 30);
    for (const auto &s : std::as_const(sections))
        QCOMPARE(manager.health(s.name).state, ConnectionHealth::State::Stopped);
}

void TestConnectionManagerThread::updateChangesTheSectionsAtOnce() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    const QString uri = u"ws://127.0.0.1:%1/"_s.arg(server.port());
    ConnectionManagerThread manager;
    manager.update({TestSettings::forUri(uri, u"kept"_s), TestSettings::forUri(uri, u"gone"_s)});
    manager.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(manager.health(u"gone"_s).state, ConnectionHealth::State::Connected,
                              5000);
    QTRY_COMPARE(manager.health(u"kept"_s).state, ConnectionHealth::State::Connected);

    QSignalSpy removed(&manager, &ConnectionManagerThread::connectionRemoved);
    QSignalSpy added(&manager, &ConnectionManagerThread::connectionAdded);
    QList<ConnectionEvent> events;
    connect(&manager, &ConnectionManagerThread::eventOccurred, this,
            [&](const ConnectionEvent &event) { events.append(event); });
    manager.update({TestSettings::forUri(uri, u"new"_s), TestSettings::forUri(uri, u"kept"_s)});
    QCOMPARE(manager.names(), (QStringList{u"new"_s, u"kept"_s}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), u"gone"_s);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toString(), u"new"_s);
    QCOMPARE(manager.health(u"gone"_s).state, ConnectionHealth::State::Idle);

    // The running manager starts the new section; the gone one's end still reaches the log,
    // but not a health: it is no section any more.
    QTRY_COMPARE_WITH_TIMEOUT(manager.health(u"new"_s).state, ConnectionHealth::State::Connected,
                              5000);
    QTRY_VERIFY(std::any_of(events.cbegin(), events.cend(), [](const ConnectionEvent &e) {
        return e.section == u"gone"_s && e.kind == ConnectionEvent::Kind::Disconnected;
    }));
    QVERIFY(!manager.names().contains(u"gone"_s));
    QCOMPARE(manager.health(u"gone"_s).state, ConnectionHealth::State::Idle);
    QCOMPARE(manager.health(u"kept"_s).state, ConnectionHealth::State::Connected);
}

void TestConnectionManagerThread::deletingItClosesTheConnections() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    const QString uri = u"ws://127.0.0.1:%1/"_s.arg(server.port());
    auto manager = std::make_unique<ConnectionManagerThread>();
    QThread *engine = manager->engineThread();
    manager->update({TestSettings::forUri(uri, u"a"_s), TestSettings::forUri(uri, u"b"_s)});
    manager->startAll();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, 5000);
    // The server's side of each client goes when the client hangs up.
    QTRY_COMPARE(server.findChildren<QWebSocket *>().size(), 2);
    QSignalSpy finished(engine, &QThread::finished);
    manager.reset();
    QCOMPARE(finished.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(server.findChildren<QWebSocket *>().size(), 0, 5000);
}

QTEST_GUILESS_MAIN(TestConnectionManagerThread)
#include "TestConnectionManagerThread.moc"
