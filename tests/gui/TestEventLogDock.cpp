#include "EventLogDock.h"
#include "EventLogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace wscm;

class TestEventLogDock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filtersAndCopiesRows();
    void keepsOnlyRecentRows();
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

QTEST_MAIN(TestEventLogDock)
#include "TestEventLogDock.moc"
