// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EngineTestMain.h"
#include "net/PlainTcpTransport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/socket.h>

using wscm::PlainTcpTransport;
using Socket = QAbstractSocket;

// The plain ws:// transport against real loopback peers, side by side with the unbuffered
// QTcpSocket it replaced: every failure must carry the same QAbstractSocket error and text,
// since the failure causes and the messages an admin reads are built from them.
class TestPlainTcpTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bytesGoBothWays();
    void refusedConnectMatchesQTcpSocket();
    void endOfStreamMatchesQTcpSocket_data();
    void endOfStreamMatchesQTcpSocket();
    void writeAfterTheEndFails();
};

namespace {

struct Failure {
    Socket::SocketError error = Socket::UnknownSocketError;
    QString text;
};

// Reads on the QTcpSocket as WebSocketClient did (unbuffered) until a read fails.
Failure qtReadFailure(QTcpSocket *socket) {
    char scratch[256];
    for (int i = 0; i < 100; ++i) {
        if (socket->read(scratch, sizeof scratch) < 0)
            return {socket->error(), socket->errorString()};
        socket->waitForReadyRead(100);
    }
    return {};
}

// Runs the event loop until the transport's read handler is called.
bool waitForBytes(PlainTcpTransport *transport, int ms) {
    bool arrived = false;
    transport->setReadHandler([&arrived] { arrived = true; });
    const bool ok = QTest::qWaitFor([&arrived] { return arrived; }, ms);
    transport->setReadHandler({});
    return ok;
}

Failure transportReadFailure(PlainTcpTransport *transport) {
    for (int i = 0; i < 100; ++i) {
        if (!transport->receive())
            return {transport->error(), transport->errorString()};
        waitForBytes(transport, 100);
    }
    return {};
}

// The server's end of the latest connection (the event loop may have accepted it already).
QTcpSocket *accepted(QTcpServer *server) {
    if (!server->hasPendingConnections() && !server->waitForNewConnection(5000))
        return nullptr;
    return server->nextPendingConnection();
}

// Connects the transport to the server and returns the server's end, or null.
QTcpSocket *connectTransport(PlainTcpTransport *transport, QTcpServer *server) {
    QSignalSpy connected(transport, &PlainTcpTransport::connected);
    transport->connectToHost(QHostAddress::LocalHost, server->serverPort());
    if (!connected.wait(5000) || !transport->isConnected() || transport->socketDescriptor() < 0)
        return nullptr;
    return accepted(server);
}

// The server's end of a connection; with reset, it ends it with an RST instead of a FIN.
void endPeer(QTcpSocket *peer, bool reset) {
    if (reset) {
        const linger hard = {1, 0};
        QCOMPARE(
            ::setsockopt(int(peer->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard),
            0);
    }
    peer->close();
}

} // namespace

void TestPlainTcpTransport::bytesGoBothWays() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    PlainTcpTransport transport;
    QTcpSocket *peer = connectTransport(&transport, &server);
    QVERIFY(peer);
    QCOMPARE(transport.peerPort(), server.serverPort());
    QCOMPARE(transport.peerAddress(), QHostAddress(QHostAddress::LocalHost));

    QVERIFY(transport.write(QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n")));
    QByteArray got;
    while (got.size() < 18 && peer->waitForReadyRead(5000))
        got += peer->readAll();
    QCOMPARE(got, QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n"));

    peer->write("HTTP/1.1 101 Switching\r\nrest");
    QVERIFY(peer->waitForBytesWritten(5000));
    while (transport.bytesAvailable() < 28) {
        QVERIFY(waitForBytes(&transport, 5000));
        QVERIFY(transport.receive());
    }
    QVERIFY(transport.canReadLine());
    QCOMPARE(transport.readLine(1024), QByteArrayLiteral("HTTP/1.1 101 Switching\r\n"));
    QVERIFY(!transport.canReadLine());
    QByteArray rest = "x";
    transport.readAll(&rest);
    QCOMPARE(rest, QByteArrayLiteral("xrest"));
    QCOMPARE(transport.bytesAvailable(), 0);
}

void TestPlainTcpTransport::refusedConnectMatchesQTcpSocket() {
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    QTcpSocket reference;
    reference.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!reference.waitForConnected(5000));

    PlainTcpTransport transport;
    QSignalSpy failed(&transport, &PlainTcpTransport::errorOccurred);
    transport.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(failed.count() == 1 || failed.wait(5000));
    QCOMPARE(failed.constFirst().constFirst().value<Socket::SocketError>(), reference.error());
    QCOMPARE(transport.error(), Socket::ConnectionRefusedError);
    QCOMPARE(transport.errorString(), reference.errorString());
    QCOMPARE(transport.socketDescriptor(), qintptr(-1));
}

void TestPlainTcpTransport::endOfStreamMatchesQTcpSocket_data() {
    QTest::addColumn<bool>("reset");
    QTest::newRow("closed (FIN)") << false;
    QTest::newRow("reset (RST)") << true;
}

void TestPlainTcpTransport::endOfStreamMatchesQTcpSocket() {
    QFETCH(bool, reset);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));

    QTcpSocket reference;
    reference.connectToHost(QHostAddress::LocalHost, server.serverPort(),
                            QIODevice::ReadWrite | QIODevice::Unbuffered);
    QVERIFY(reference.waitForConnected(5000));
    QTcpSocket *peer = accepted(&server);
    QVERIFY(peer);
    endPeer(peer, reset);
    const Failure expected = qtReadFailure(&reference);
    QCOMPARE(expected.error, Socket::RemoteHostClosedError);

    PlainTcpTransport transport;
    peer = connectTransport(&transport, &server);
    QVERIFY(peer);
    endPeer(peer, reset);
    const Failure got = transportReadFailure(&transport);
    QCOMPARE(got.error, expected.error);
    QCOMPARE(got.text, expected.text);
    QCOMPARE(transport.socketDescriptor(), qintptr(-1));
}

void TestPlainTcpTransport::writeAfterTheEndFails() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    PlainTcpTransport transport;
    QTcpSocket *peer = connectTransport(&transport, &server);
    QVERIFY(peer);
    endPeer(peer, true);
    QCOMPARE(transportReadFailure(&transport).error, Socket::RemoteHostClosedError);
    QVERIFY(!transport.write(QByteArrayLiteral("late")));
    QCOMPARE(transport.error(), Socket::RemoteHostClosedError);
}

WSCM_ENGINE_TEST_MAIN(TestPlainTcpTransport)
#include "TestPlainTcpTransport.moc"
