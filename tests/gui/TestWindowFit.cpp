// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EventLogDock.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OptionField.h"
#include "Preferences.h"
#include "SettingsForm.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace wscm;

// The first window fits its screen at any scale, the event log takes room for about ten
// rows (never more than a third of the window), and the toolbar keeps every command in view
// however long the command Undo would undo. CTest runs it as is (the offscreen screen of
// 800×600) and at 200 % on a 1920×1080 screen (tests/gui/CMakeLists.txt), where the window's
// default 160 columns are wider than the screen's 960 logical pixels.
class TestWindowFit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }

    void firstWindowFitsTheScreen();
    void restoredGeometryFitsTheScreen();
    void eventLogShowsAboutTenRows();
    void undoLabelStaysShort();
};

namespace {

const QByteArray config = "[media]\n"
                          "type = websocket_client\n"
                          "uri = ws://127.0.0.1:1/media\n"
                          "connection_type = persistent\n"
                          "connection_timeout = 500\n";

QString rectText(const QRect &r) {
    return QStringLiteral("%1x%2+%3+%4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
}

// Empty when the window's frame lies within its screen's available area; else both, to say
// where it went over.
QString overhang(const QWidget &window) {
    const QRect available = window.screen()->availableGeometry();
    if (available.contains(window.frameGeometry()))
        return {};
    return rectText(window.frameGeometry()) + QStringLiteral(" on ") + rectText(available);
}

QAction *actionNamed(QWidget *window, const QString &text) {
    for (QAction *action : window->findChildren<QAction *>()) {
        if (QString(action->text()).remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

} // namespace

void TestWindowFit::initTestCase() {
    test::isolateSettings();
    // The scaled run means something only when its screen and scale really apply.
    QScreen *screen = QGuiApplication::primaryScreen();
    if (qEnvironmentVariableIsSet("WSCM_EXPECT_DPR"))
        QCOMPARE(screen->devicePixelRatio(), qEnvironmentVariable("WSCM_EXPECT_DPR").toDouble());
    if (qEnvironmentVariableIsSet("WSCM_EXPECT_SCREEN"))
        QCOMPARE(QStringLiteral("%1x%2").arg(screen->size().width()).arg(screen->size().height()),
                 qEnvironmentVariable("WSCM_EXPECT_SCREEN"));
}

void TestWindowFit::firstWindowFitsTheScreen() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString over = overhang(window);
    QVERIFY2(over.isEmpty(), qPrintable(over));
    const QRect available = window.screen()->availableGeometry();
    // Fitted, not shrunk to nothing: most of the screen is the window's.
    QVERIFY(window.width() >= available.width() / 2 || window.width() >= 1000);
}

void TestWindowFit::restoredGeometryFitsTheScreen() {
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        window.setGeometry(available.x() + available.width() / 2,
                           available.y() + available.height() / 2, available.width() * 3,
                           available.height() * 3);
        Preferences::saveWindow(&window);
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString over = overhang(window);
    QVERIFY2(over.isEmpty(), qPrintable(over));
}

void TestWindowFit::eventLogShowsAboutTenRows() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    EventLogDock *dock = window.eventLog();
    QTableView *view = dock->view();
    QTRY_VERIFY(view->viewport()->height() > 0);
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    const int rows = view->viewport()->height() / rowHeight;
    const QString sizes = QStringLiteral("log %1 px (%2 rows of %3 px) in a window of %4 px")
                              .arg(dock->height())
                              .arg(rows)
                              .arg(rowHeight)
                              .arg(window.height());
    // A third of the window at most; as many of the ten rows as that third holds.
    QVERIFY2(dock->height() <= window.height() / 3 + rowHeight, qPrintable(sizes));
    QVERIFY2(rows >= EventLogDock::DefaultRows || dock->height() >= window.height() / 3 - rowHeight,
             qPrintable(sizes));
    QVERIFY2(rows <= EventLogDock::DefaultRows + 1, qPrintable(sizes));
    QVERIFY2(rows >= 4, qPrintable(sizes));
}

// Undo and Redo keep their short labels whatever they would undo (the command shows in the
// tooltip), so the toolbar keeps Connect All and Disconnect All in view.
void TestWindowFit::undoLabelStaysShort() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(test::writeFile(path, config));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    window.selectSection(QStringLiteral("media"));
    QAction *undo = actionNamed(&window, QStringLiteral("Undo"));
    QAction *redo = actionNamed(&window, QStringLiteral("Redo"));
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());

    auto *timeout = qobject_cast<QLineEdit *>(
        window.settingsForm()->field(QStringLiteral("connection_timeout"))->editor());
    QVERIFY(timeout);
    timeout->setFocus();
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("2500"));
    QTRY_VERIFY(undo->isEnabled());
    const QString command = window.session()->undoStack()->undoText();
    QVERIFY(command.contains(QStringLiteral("connection_timeout")));
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    QVERIFY2(undo->toolTip().contains(command), qPrintable(undo->toolTip()));
    QCOMPARE(undo->statusTip(), undo->toolTip());

    undo->trigger();
    QTRY_VERIFY(redo->isEnabled());
    QCOMPARE(redo->text(), QStringLiteral("&Redo"));
    QVERIFY2(redo->toolTip().contains(command), qPrintable(redo->toolTip()));
    QCOMPARE(undo->isEnabled(), window.session()->undoStack()->canUndo());
    redo->trigger();
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));

    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolbar);
    for (const QString &name : {QStringLiteral("Undo"), QStringLiteral("Connect All"),
                                QStringLiteral("Disconnect All")}) {
        QWidget *button = toolbar->widgetForAction(actionNamed(&window, name));
        QVERIFY2(button && button->isVisible(), qPrintable(name + QStringLiteral(" overflows")));
    }
}

QTEST_MAIN(TestWindowFit)
#include "TestWindowFit.moc"
