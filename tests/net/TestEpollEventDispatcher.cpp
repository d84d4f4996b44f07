// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "net/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using wscm::EpollEventDispatcher;

namespace {

// Two ends of a real TCP connection on 127.0.0.1, as plain descriptors (a QTcpSocket would
// bring notifiers of its own on the same descriptor).
struct TcpPair {
    int client = -1;
    int server = -1;
    TcpPair() {
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
            ::listen(listener, 1) != 0 ||
            ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            if (listener >= 0)
                ::close(listener);
            return;
        }
        client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (client >= 0 &&
            ::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
            server = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        ::close(listener);
    }
    ~TcpPair() {
        for (int fd : {client, server}) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    bool ok() const { return client >= 0 && server >= 0; }
};

// Blocks until `fd` is readable, outside any event loop, so that a test knows what the next
// wait of the dispatcher will find.
bool readable(int fd) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, 5000) == 1;
}

// Counts its timer events and lets a test act inside them.
class TimerTarget : public QObject {
public:
    std::vector<int> fired;
    std::function<void(int)> onTimer;

protected:
    void timerEvent(QTimerEvent *event) override {
        fired.push_back(event->timerId());
        if (onTimer)
            onTimer(event->timerId());
    }
};

// A thread whose event loop runs on an EpollEventDispatcher.
class EpollThread : public QThread {
public:
    EpollThread() { setEventDispatcher(new EpollEventDispatcher); }
    ~EpollThread() override {
        quit();
        wait();
    }
};

// Turns its dispatcher by hand, one blocking wait at a time, and counts the turns.
class SpinningThread : public QThread {
public:
    std::atomic<int> turns{0};
    std::atomic<bool> stop{false};
    SpinningThread() { setEventDispatcher(new EpollEventDispatcher); }

protected:
    void run() override {
        while (!stop.load()) {
            eventDispatcher()->processEvents(QEventLoop::WaitForMoreEvents);
            ++turns;
        }
    }
};

} // namespace

// The epoll event dispatcher of `wscm probe`. main() below installs it for this test's own
// main thread, so QTest's waiting and every Qt class used here run on it; the *Thread tests
// run it on a worker thread, as a connection engine off the UI thread would.
class TestEpollEventDispatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void installedForThisTest();
    void singleShotTimerIsNeverEarly();
    void repeatingAndZeroTimers();
    void timersFireInDeadlineOrder();
    void timerKilledOrStartedDuringDispatch();
    void missedPeriodsAreSkipped();
    void registeredTimersAndRemainingTime();
    void readAndWriteNotifiers();
    void notifierDisabledOrDeletedDuringDispatch();
    void hangUpWakesTheReadNotifier();
    void tcpAndWebSocketTraffic();
    void processRunsUnderIt();
    void postedEventsAndWakeUpFromAnotherThread();
    void quitEndsABlockedThread();
    void socketsAndTimersOnAWorkerThread();
};

void TestEpollEventDispatcher::installedForThisTest() {
    QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
}

void TestEpollEventDispatcher::singleShotTimerIsNeverEarly() {
    for (const Qt::TimerType type : {Qt::PreciseTimer, Qt::CoarseTimer}) {
        QElapsedTimer clock;
        qint64 firedAfter = -1;
        clock.start();
        QTimer::singleShot(30, type, this, [&] { firedAfter = clock.nsecsElapsed(); });
        QTRY_VERIFY(firedAfter >= 0);
        QVERIFY2(firedAfter >= 30'000'000, qPrintable(QString::number(firedAfter)));
    }
}

void TestEpollEventDispatcher::repeatingAndZeroTimers() {
    int repeats = 0;
    QTimer repeating;
    connect(&repeating, &QTimer::timeout, this, [&] { ++repeats; });
    repeating.start(10);
    QTRY_VERIFY(repeats >= 3);
    repeating.stop();

    // A zero timer fires once per turn of the loop, no more.
    TimerTarget target;
    const int id = target.startTimer(0);
    QVERIFY(id > 0);
    for (int turn = 1; turn <= 5; ++turn) {
        QCoreApplication::processEvents();
        QCOMPARE(int(target.fired.size()), turn);
    }
    target.killTimer(id);
    QCoreApplication::processEvents();
    QCOMPARE(int(target.fired.size()), 5);
}

void TestEpollEventDispatcher::timersFireInDeadlineOrder() {
    TimerTarget target;
    const int late = target.startTimer(60);
    const int early = target.startTimer(20);
    const int middle = target.startTimer(40);
    // Equal deadlines fire in the order they were started.
    const int zeroA = target.startTimer(0);
    const int zeroB = target.startTimer(0);
    target.onTimer = [&](int id) {
        if (id == zeroA || id == zeroB)
            target.killTimer(id);
    };
    QTRY_VERIFY(std::count(target.fired.cbegin(), target.fired.cend(), late) > 0);
    target.killTimer(early);
    target.killTimer(middle);
    target.killTimer(late);
    QVERIFY(target.fired.size() >= 5);
    QCOMPARE(target.fired[0], zeroA);
    QCOMPARE(target.fired[1], zeroB);
    QCOMPARE(target.fired[2], early);
    // The first event of `late` comes after the first of each earlier timer.
    const auto firstOf = [&](int id) {
        return std::find(target.fired.cbegin(), target.fired.cend(), id) - target.fired.cbegin();
    };
    QVERIFY(firstOf(early) < firstOf(middle));
    QVERIFY(firstOf(middle) < firstOf(late));
}

void TestEpollEventDispatcher::timerKilledOrStartedDuringDispatch() {
    TimerTarget target;
    const int first = target.startTimer(0);
    const int second = target.startTimer(0);
    int started = 0;
    target.onTimer = [&](int id) {
        if (id == first && !started) {
            target.killTimer(second); // due in this same pass: must not fire now or later
            started = target.startTimer(0);
        }
    };
    QCoreApplication::processEvents();
    QCOMPARE(target.fired, (std::vector<int>{first}));
    // The timer started during the pass waits for the next one.
    QCoreApplication::processEvents();
    QCOMPARE(target.fired, (std::vector<int>{first, first, started}));
    target.killTimer(first);
    target.killTimer(started);

    // A timer that deletes its own object.
    auto *doomed = new TimerTarget;
    QPointer<QObject> guard(doomed);
    doomed->startTimer(0);
    doomed->onTimer = [doomed](int) {
        delete doomed;
    };
    QCoreApplication::processEvents();
    QVERIFY(guard.isNull());
}

void TestEpollEventDispatcher::missedPeriodsAreSkipped() {
    // A handler that blocks for five periods: the timer fires late once, and its next
    // deadline is a period ahead again; the missed ones are not caught up turn after turn.
    TimerTarget target;
    const int id = target.startTimer(200, Qt::PreciseTimer);
    target.onTimer = [&](int) {
        if (target.fired.size() == 1)
            QThread::msleep(1000);
    };
    while (target.fired.empty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCOMPARE(int(target.fired.size()), 1);
    for (int turn = 0; turn < 4; ++turn)
        QCoreApplication::processEvents();
    // One late tick (two if this machine stalled us for a whole period meanwhile), not four.
    QVERIFY2(target.fired.size() >= 2 && target.fired.size() <= 3,
             qPrintable(QString::number(target.fired.size())));
    const int left = QAbstractEventDispatcher::instance()->remainingTime(id);
    QVERIFY2(left >= 0 && left <= 200, qPrintable(QString::number(left)));
}

void TestEpollEventDispatcher::registeredTimersAndRemainingTime() {
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    TimerTarget target;
    const int a = target.startTimer(5000, Qt::PreciseTimer);
    const int b = target.startTimer(7000, Qt::CoarseTimer);
    auto timers = dispatcher->registeredTimers(&target);
    std::sort(timers.begin(), timers.end(),
              [](const auto &x, const auto &y) { return x.timerId < y.timerId; });
    QCOMPARE(timers.size(), 2);
    QCOMPARE(timers[0].timerId, std::min(a, b));
    const auto &infoA = timers[0].timerId == a ? timers[0] : timers[1];
    QCOMPARE(infoA.interval, 5000);
    QCOMPARE(infoA.timerType, Qt::PreciseTimer);
    const int left = dispatcher->remainingTime(a);
    QVERIFY2(left > 0 && left <= 5000, qPrintable(QString::number(left)));
    target.killTimer(a);
    QCOMPARE(dispatcher->remainingTime(a), -1);
    QCOMPARE(dispatcher->registeredTimers(&target).size(), 1);
    QVERIFY(dispatcher->unregisterTimers(&target));
    QVERIFY(dispatcher->registeredTimers(&target).isEmpty());
    QVERIFY(!dispatcher->unregisterTimers(&target));
    QVERIFY(!dispatcher->unregisterTimer(b));

    // A QTimer's own view of it.
    QTimer timer;
    timer.start(3000);
    QVERIFY(timer.remainingTime() > 0 && timer.remainingTime() <= 3000);
}

void TestEpollEventDispatcher::readAndWriteNotifiers() {
    TcpPair pair;
    QVERIFY(pair.ok());
    QSocketNotifier read(pair.server, QSocketNotifier::Read);
    QSocketNotifier write(pair.server, QSocketNotifier::Write);
    QSignalSpy reads(&read, &QSocketNotifier::activated);
    QSignalSpy writes(&write, &QSocketNotifier::activated);
    // A connected socket can be written at once; nothing has arrived.
    QTRY_VERIFY(writes.count() > 0);
    QCOMPARE(reads.count(), 0);
    write.setEnabled(false);
    writes.clear();

    QCOMPARE(::write(pair.client, "ping", 4), 4);
    QTRY_VERIFY(reads.count() > 0);
    QCOMPARE(writes.count(), 0);
    char buffer[16];
    QCOMPARE(::read(pair.server, buffer, sizeof buffer), 4);
    // Level-triggered, and quiet once read.
    reads.clear();
    QCoreApplication::processEvents();
    QCOMPARE(reads.count(), 0);

    // Switched on and off within one turn: nothing.
    write.setEnabled(true);
    write.setEnabled(false);
    QCoreApplication::processEvents();
    QCOMPARE(writes.count(), 0);
    write.setEnabled(true);
    QTRY_VERIFY(writes.count() > 0);
}

void TestEpollEventDispatcher::notifierDisabledOrDeletedDuringDispatch() {
    TcpPair one;
    TcpPair two;
    QVERIFY(one.ok() && two.ok());
    const auto bothReadable = [&] {
        return ::write(one.client, "x", 1) == 1 && ::write(two.client, "x", 1) == 1 &&
               readable(one.server) && readable(two.server);
    };
    char byte = 0;
    QVERIFY(bothReadable());

    // Both are ready in the same wait; whichever is delivered first disables the other.
    auto first = std::make_unique<QSocketNotifier>(one.server, QSocketNotifier::Read);
    auto second = std::make_unique<QSocketNotifier>(two.server, QSocketNotifier::Read);
    int activations = 0;
    connect(first.get(), &QSocketNotifier::activated, this, [&] {
        ++activations;
        QCOMPARE(::read(one.server, &byte, 1), 1);
        second->setEnabled(false);
    });
    connect(second.get(), &QSocketNotifier::activated, this, [&] {
        ++activations;
        QCOMPARE(::read(two.server, &byte, 1), 1);
        first->setEnabled(false);
    });
    QCoreApplication::processEvents();
    QCOMPARE(activations, 1);
    // The disabled one still has its byte waiting, and still gets nothing.
    QCoreApplication::processEvents();
    QCOMPARE(activations, 1);
    QVERIFY(first->isEnabled() != second->isEnabled());
    ::read(first->isEnabled() ? two.server : one.server, &byte, 1);

    // The same with deletion: the deleted one gets nothing (and nothing crashes).
    QVERIFY(bothReadable());
    first.reset(); // one notifier per descriptor and type at a time
    second.reset();
    first = std::make_unique<QSocketNotifier>(one.server, QSocketNotifier::Read);
    second = std::make_unique<QSocketNotifier>(two.server, QSocketNotifier::Read);
    activations = 0;
    connect(first.get(), &QSocketNotifier::activated, this, [&] {
        ++activations;
        second.reset();
    });
    connect(second.get(), &QSocketNotifier::activated, this, [&] {
        ++activations;
        first.reset();
    });
    QCoreApplication::processEvents();
    QCOMPARE(activations, 1);
    QVERIFY(!first != !second);
    ::read(one.server, &byte, 1);
    ::read(two.server, &byte, 1);

    // One descriptor ready to read and to write: the read handler deletes the write notifier.
    first.reset();
    second.reset();
    QVERIFY(bothReadable());
    first = std::make_unique<QSocketNotifier>(one.server, QSocketNotifier::Read);
    auto write = std::make_unique<QSocketNotifier>(one.server, QSocketNotifier::Write);
    int reads = 0;
    connect(first.get(), &QSocketNotifier::activated, this, [&] {
        ++reads;
        write.reset();
    });
    connect(write.get(), &QSocketNotifier::activated, this, [] { QFAIL("write after delete"); });
    QCoreApplication::processEvents();
    QCOMPARE(reads, 1);
    QVERIFY(!write);
}

void TestEpollEventDispatcher::hangUpWakesTheReadNotifier() {
    TcpPair pair;
    QVERIFY(pair.ok());
    QSocketNotifier read(pair.server, QSocketNotifier::Read);
    QSignalSpy reads(&read, &QSocketNotifier::activated);
    ::close(pair.client);
    pair.client = -1;
    QTRY_VERIFY(reads.count() > 0);
    char byte = 0;
    QCOMPARE(::read(pair.server, &byte, 1), 0);
}

void TestEpollEventDispatcher::tcpAndWebSocketTraffic() {
    // Bulk data both ways through Qt's sockets, which switch their write notifiers per write.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    const QByteArray payload(4 * 1024 * 1024, 'w');
    QByteArray received;
    connect(accepted.get(), &QTcpSocket::readyRead, this, [&] { received += accepted->readAll(); });
    QCOMPARE(client.write(payload), payload.size());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), payload.size(), 20000);
    QCOMPARE(received, payload);
    QTRY_COMPARE(client.bytesToWrite(), 0);

    // Many WebSocket connections, PINGed together: every PONG comes back.
    QWebSocketServer wsServer(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(wsServer.listen(QHostAddress::LocalHost));
    std::vector<std::unique_ptr<QWebSocket>> clients;
    int connected = 0;
    int pongs = 0;
    for (int i = 0; i < 100; ++i) {
        clients.push_back(std::make_unique<QWebSocket>());
        connect(clients.back().get(), &QWebSocket::connected, this, [&] { ++connected; });
        connect(clients.back().get(), &QWebSocket::pong, this, [&] { ++pongs; });
        clients.back()->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(wsServer.serverPort())));
    }
    std::vector<std::unique_ptr<QWebSocket>> serverSide; // the caller's to delete
    connect(&wsServer, &QWebSocketServer::newConnection, this, [&] {
        while (QWebSocket *s = wsServer.nextPendingConnection())
            serverSide.emplace_back(s);
    });
    QTRY_COMPARE_WITH_TIMEOUT(connected, 100, 20000);
    for (int round = 1; round <= 3; ++round) {
        for (auto &c : clients)
            c->ping(QByteArray::number(round));
        QTRY_COMPARE_WITH_TIMEOUT(pongs, 100 * round, 20000);
    }
}

void TestEpollEventDispatcher::processRunsUnderIt() {
    QProcess process;
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), QStringLiteral("read line; echo \"got $line\"; exit 3")});
    QVERIFY(process.waitForStarted());
    process.write("hello\n");
    QSignalSpy finished(&process, &QProcess::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 3);
    QCOMPARE(process.readAllStandardOutput(), QByteArray("got hello\n"));
}

void TestEpollEventDispatcher::postedEventsAndWakeUpFromAnotherThread() {
    QObject inThread;
    EpollThread thread;
    inThread.moveToThread(&thread);
    thread.start();
    // Queued calls posted from here run there, all of them and in order.
    std::atomic<int> count{0};
    std::atomic<bool> inOrder{true};
    std::atomic<bool> onWorker{true};
    for (int i = 0; i < 1000; ++i) {
        QMetaObject::invokeMethod(&inThread, [&, i] {
            if (count.load() != i)
                inOrder = false;
            if (QThread::currentThread() != &thread)
                onWorker = false;
            ++count;
        });
    }
    QTRY_COMPARE(count.load(), 1000);
    QVERIFY(inOrder.load());
    QVERIFY(onWorker.load());
    QVERIFY(qobject_cast<EpollEventDispatcher *>(thread.eventDispatcher()));

    // wakeUp() from here ends a wait there that has nothing else to end it.
    SpinningThread spinner;
    spinner.start();
    QTest::qWait(50);
    const int before = spinner.turns.load();
    spinner.eventDispatcher()->wakeUp();
    QTRY_VERIFY(spinner.turns.load() > before);
    spinner.stop = true;
    spinner.eventDispatcher()->wakeUp();
    QVERIFY(spinner.wait(5000));
}

void TestEpollEventDispatcher::quitEndsABlockedThread() {
    EpollThread thread;
    thread.start();
    QTest::qWait(50); // blocked in its wait by now, with no timer to end it
    thread.quit();
    QVERIFY(thread.wait(5000));

    // A nested loop ended from inside the same thread.
    QEventLoop loop;
    QTimer::singleShot(10, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    loop.exec();
    QVERIFY(clock.elapsed() >= 10);
}

void TestEpollEventDispatcher::socketsAndTimersOnAWorkerThread() {
    // An echo server and a client with a timer, all in the worker thread's loop.
    QObject context;
    EpollThread thread;
    context.moveToThread(&thread);
    thread.start();
    std::atomic<int> echoed{0};
    std::atomic<int> ticks{0};
    std::unique_ptr<QTcpServer> server;
    std::unique_ptr<QTcpSocket> client;
    std::unique_ptr<QTimer> timer;
    QMetaObject::invokeMethod(&context, [&] {
        server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost))
            return;
        QObject::connect(server.get(), &QTcpServer::newConnection, server.get(), [&] {
            QTcpSocket *peer = server->nextPendingConnection();
            QObject::connect(peer, &QTcpSocket::readyRead, peer,
                             [peer] { peer->write(peer->readAll()); });
        });
        client = std::make_unique<QTcpSocket>();
        QObject::connect(client.get(), &QTcpSocket::readyRead, client.get(),
                         [&] { echoed += int(client->readAll().size()); });
        timer = std::make_unique<QTimer>();
        QObject::connect(timer.get(), &QTimer::timeout, timer.get(), [&] {
            ++ticks;
            client->write("tick");
        });
        QObject::connect(client.get(), &QTcpSocket::connected, timer.get(),
                         [&] { timer->start(5); });
        client->connectToHost(QHostAddress::LocalHost, server->serverPort());
    });
    QTRY_VERIFY_WITH_TIMEOUT(echoed.load() >= 40, 10000);
    QMetaObject::invokeMethod(
        &context,
        [&] {
            timer.reset();
            client.reset();
            server.reset();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(ticks.load() >= 10);
    QCOMPARE(echoed.load() % 4, 0);
}

int main(int argc, char *argv[]) {
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollEventDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestEpollEventDispatcher.moc"
