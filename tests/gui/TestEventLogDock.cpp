// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EventLogDock.h"
#include "EventLogModel.h"
#include "net/Connection.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QWheelEvent>

using namespace wscm;

class TestEventLogDock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filtersAndCopiesRows();
    void keepsOnlyRecentRows();
    void burstOfEventsIsOneInsertion();
    void showsAsterisksWarningLineWordForWord();
    void hidesPongsUnlessAsked();
    void followsNewRowsUnlessScrolledUp();
    void followsAgainAfterTheFilterIsCleared();
    void showsTenRowsByDefault();
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

// The last row the view shows (at the bottom of its viewport).
int lastVisibleRow(QTableView *view) {
    const QModelIndex index = view->indexAt(QPoint(1, view->viewport()->height() - 2));
    return index.isValid() ? index.row() : view->model()->rowCount() - 1;
}

void appendErrors(EventLogModel &model, int count, const QString &section) {
    for (int i = 0; i < count; ++i)
        model.append(makeEvent(section, ConnectionEvent::Kind::Error, QString::number(i)));
}

// The dock on screen, 600 px wide; false if it never shows.
bool showDock(EventLogDock &dock, int height) {
    dock.resize(600, height);
    dock.show();
    return QTest::qWaitForWindowExposed(&dock);
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
    dock.showPongsBox()->setChecked(true);
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

// Several PONGs a second per connection would push every failure out of sight: they show
// only when asked for, and the text filter applies to what shows.
void TestEventLogDock::hidesPongsUnlessAsked() {
    EventLogModel model;
    EventLogDock dock(&model);
    dock.show();
    model.append(makeEvent(QStringLiteral("media"), ConnectionEvent::Kind::Connected, QString()));
    auto pong = makeEvent(QStringLiteral("media"), ConnectionEvent::Kind::Pong, QString());
    pong.rttUs = 1500;
    for (int i = 0; i < 7; ++i)
        model.append(pong);
    model.append(makeEvent(QStringLiteral("media"), ConnectionEvent::Kind::PingMissed,
                           QStringLiteral("no PONG")));
    QCOMPARE(model.rowCount(), 9);
    QAbstractItemModel *shown = dock.view()->model();
    QVERIFY(!dock.showPongsBox()->isChecked());
    QCOMPARE(dock.showPongsBox()->text(), QStringLiteral("Show &PONGs"));
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(shown->index(1, EventLogModel::EventColumn).data().toString(),
             ConnectionEvent::kindName(ConnectionEvent::Kind::PingMissed));

    dock.showPongsBox()->click();
    QCOMPARE(shown->rowCount(), 9);
    QCOMPARE(shown->index(1, EventLogModel::EventColumn).data().toString(),
             ConnectionEvent::kindName(ConnectionEvent::Kind::Pong));
    QTest::keyClicks(dock.filterEdit(), QStringLiteral("round trip"));
    QCOMPARE(shown->rowCount(), 7);

    dock.showPongsBox()->click();
    QCOMPARE(shown->rowCount(), 0);
    dock.filterEdit()->clear();
    QCOMPARE(shown->rowCount(), 2);
}

// New rows scroll into view; a user who scrolls up to read is left there however many rows
// come, and back at the bottom the log follows again.
void TestEventLogDock::followsNewRowsUnlessScrolledUp() {
    EventLogModel model;
    EventLogDock dock(&model);
    QVERIFY(showDock(dock, 300));
    QTableView *view = dock.view();
    QScrollBar *bar = view->verticalScrollBar();
    appendErrors(model, 200, QStringLiteral("first"));
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QCOMPARE(lastVisibleRow(view), 199);
    QVERIFY(dock.isFollowing());

    // Two notches of the mouse wheel up, as a user reading older events would.
    const QPointF inside(view->viewport()->width() / 2.0, view->viewport()->height() / 2.0);
    QWheelEvent wheel(inside, view->viewport()->mapToGlobal(inside), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    const int readingAt = bar->value();
    QVERIFY2(readingAt < bar->maximum(), qPrintable(QString::number(readingAt)));
    QVERIFY(!dock.isFollowing());
    const int before = bar->maximum();
    appendErrors(model, 100, QStringLiteral("second"));
    QTRY_VERIFY(bar->maximum() > before); // the view has laid the new rows out
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), readingAt);
    QVERIFY(!dock.isFollowing());

    // Ctrl+End goes back to the newest.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(dock.isFollowing());
    appendErrors(model, 100, QStringLiteral("third"));
    QTRY_COMPARE(lastVisibleRow(view), 399);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(dock.isFollowing());
}

// Clearing a filter brings back thousands of rows above a view that showed the newest of a
// few: it must show the newest of all, and keep following.
void TestEventLogDock::followsAgainAfterTheFilterIsCleared() {
    EventLogModel model;
    EventLogDock dock(&model);
    QVERIFY(showDock(dock, 300));
    QTableView *view = dock.view();
    QScrollBar *bar = view->verticalScrollBar();
    for (int i = 0; i < 3000; ++i)
        model.appendSoon(makeEvent(i % 100 ? QStringLiteral("busy") : QStringLiteral("rare"),
                                   ConnectionEvent::Kind::Error, QString::number(i)));
    QTRY_COMPARE(model.rowCount(), 3000);
    QTest::keyClicks(dock.filterEdit(), QStringLiteral("rare"));
    QCOMPARE(view->model()->rowCount(), 30);
    QTRY_COMPARE(bar->value(), bar->maximum());

    dock.filterEdit()->clear();
    QCOMPARE(view->model()->rowCount(), 3000);
    QTRY_COMPARE(lastVisibleRow(view), 2999);
    QCOMPARE(bar->value(), bar->maximum());
    appendErrors(model, 5, QStringLiteral("after"));
    QTRY_COMPARE(lastVisibleRow(view), 3004);
    QVERIFY(dock.isFollowing());
}

// The dock asks for room for ten rows besides its filter and header; given it, it shows them.
void TestEventLogDock::showsTenRowsByDefault() {
    EventLogModel model;
    EventLogDock dock(&model);
    appendErrors(model, 50, QStringLiteral("media"));
    QVERIFY(showDock(dock, dock.sizeHint().height()));
    QTableView *view = dock.view();
    QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    QVERIFY2(view->viewport()->height() >= EventLogDock::DefaultRows * rowHeight,
             qPrintable(QStringLiteral("%1 px for rows of %2 px")
                            .arg(view->viewport()->height())
                            .arg(rowHeight)));
    QVERIFY(view->viewport()->height() < (EventLogDock::DefaultRows + 2) * rowHeight);
}

QTEST_MAIN(TestEventLogDock)
#include "TestEventLogDock.moc"
