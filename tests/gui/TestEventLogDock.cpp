// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EventLogDock.h"
#include "EventLogModel.h"
#include "net/Connection.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace wscm;

class TestEventLogDock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filtersAndCopiesRows();
    void keepsOnlyRecentRows();
    void burstOfEventsIsOneInsertion();
    void showsAsterisksWarningLineWordForWord();
};

namespace {

ConnectionEvent makeEvent(const QString &section, ConnectionEvent::Kind kind,
                          const QString &detail) {
    ConnectionEvent e;
    e.timestamp = QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00Z"), Qt::ISODate);
    e.section = section;
    e.kind = kind;
    e.detail = detail;
    return e;
}

} // namespace

void TestEventLogDock::filtersAndCopiesRows() {
    EventLogModel model;
    EventLogDock dock(&model);
    dock.show();
    model.append(makeEvent(QStringLiteral("media"), ConnectionEvent::Kind::Connected, QString()));
    auto refused = makeEvent(QStringLiteral("events"), ConnectionEvent::Kind::Error,
                             QStringLiteral("Connection refused"));
    refused.stage = ConnectionHealth::Stage::Tcp;
    model.append(refused);
    model.append(makeEvent(QStringLiteral("media"), ConnectionEvent::Kind::Disconnected,
                           QStringLiteral("closed")));
    QCOMPARE(dock.view()->model()->rowCount(), 3);

    QTest::keyClicks(dock.filterEdit(), QStringLiteral("REFUSED"));
    QCOMPARE(dock.view()->model()->rowCount(), 1);
    dock.view()->selectAll();
    const QString time = refused.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    QCOMPARE(dock.selectedText(),
             time + QStringLiteral("\tevents\terror (tcp)\tConnection refused"));
    const QList<QAction *> actions = dock.view()->actions();
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first()->shortcut(), QKeySequence(QKeySequence::Copy));
    actions.first()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), dock.selectedText());

    dock.filterEdit()->clear();
    QCOMPARE(dock.view()->model()->rowCount(), 3);
}

void TestEventLogDock::keepsOnlyRecentRows() {
    EventLogModel model;
    for (int i = 0; i < EventLogModel::MaxRows + 5; ++i)
        model.append(makeEvent(QString::number(i), ConnectionEvent::Kind::Pong, QString()));
    QVERIFY(model.rowCount() <= EventLogModel::MaxRows);
    QCOMPARE(model.index(model.rowCount() - 1, EventLogModel::SectionColumn).data().toString(),
             QString::number(EventLogModel::MaxRows + 4));
}

void TestEventLogDock::burstOfEventsIsOneInsertion() {
    EventLogModel model;
    EventLogDock dock(&model);
    dock.show();
    model.append(makeEvent(QStringLiteral("first"), ConnectionEvent::Kind::Connected, QString()));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const int burst = EventLogModel::MaxRows + 250;
    for (int i = 0; i < burst; ++i)
        model.appendSoon(makeEvent(QString::number(i), ConnectionEvent::Kind::Pong, QString()));
    QCOMPARE(model.rowCount(), 1); // not yet: the burst comes in one piece
    QTRY_COMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1); // the row before the burst, which keeps only its newest rows
    QCOMPARE(model.rowCount(), EventLogModel::MaxRows);
    QCOMPARE(dock.view()->model()->rowCount(), EventLogModel::MaxRows);
    QCOMPARE(model.index(0, EventLogModel::SectionColumn).data().toString(), QStringLiteral("250"));
    QCOMPARE(model.index(model.rowCount() - 1, EventLogModel::SectionColumn).data().toString(),
             QString::number(burst - 1));

    // A second burst into a full log drops the oldest tenth for it.
    for (int i = 0; i < 3; ++i)
        model.appendSoon(makeEvent(QStringLiteral("late"), ConnectionEvent::Kind::Pong, QString()));
    QTRY_COMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), EventLogModel::MaxRows - EventLogModel::MaxRows / 10 + 3);

    // Clearing drops what was still waiting.
    model.appendSoon(makeEvent(QStringLiteral("stale"), ConnectionEvent::Kind::Pong, QString()));
    model.clear();
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 0);
}

// A real connection that runs out of tries: the log shows the line Asterisk would log
// (tests/parity/retry/refused-per-call), with the password of the URI masked.
void TestEventLogDock::showsAsterisksWarningLineWordForWord() {
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort(); // closed again: nothing listens there
    }
    ClientSettings settings;
    settings.name = QStringLiteral("media");
    settings.uriText = QStringLiteral("ws://user:S3cret@127.0.0.1:%1/r").arg(port);
    settings.connectionType = ClientSettings::ConnectionType::PerCallConfig;
    settings.reconnectAttempts = 1;
    Connection connection(settings);
    EventLogModel model;
    EventLogDock dock(&model);
    dock.show();
    QObject::connect(&connection, &Connection::eventOccurred, &model, &EventLogModel::append);
    connection.start();
    QTRY_VERIFY_WITH_TIMEOUT(!connection.isActive(), 5000);
    QTest::keyClicks(dock.filterEdit(), QStringLiteral("Hanging up"));
    QCOMPARE(dock.view()->model()->rowCount(), 1);
    const QModelIndex detail = dock.view()->model()->index(0, EventLogModel::DetailColumn);
    QCOMPARE(detail.data().toString(),
             QStringLiteral("media: Websocket connection to ws://user:********@127.0.0.1:%1/r "
                            "failed after 1 tries: Client start error (Transport endpoint is not "
                            "connected).  Hanging up after exhausting retries.")
                 .arg(port));
}

QTEST_MAIN(TestEventLogDock)
#include "TestEventLogDock.moc"
