// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OptionField.h"
#include "SettingsForm.h"
#include "schema/OptionSchema.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QSettings>
#include <QShortcut>
#include <QTest>
#include <QToolButton>

using namespace wscm;

// The keyboard reaches the form in reading order, and the window's shortcuts are set, unique
// and free of the keys desktops take for themselves.
class TestKeyboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void fieldComesBeforeItsButtons_data();
    void fieldComesBeforeItsButtons();
    void formTabsFromFieldToItsClear();
    void shortcutsAreSetUniqueAndFree();
    void tabThroughTheListsKeepsTheSection();
};

namespace {

const QByteArray config = "[media]\n"
                          "type = websocket_client\n"
                          "uri = ws://127.0.0.1:1/media\n"
                          "connection_type = persistent\n"
                          "connection_timeout = 500\n"
                          "\n"
                          "[tmpl](!)\n"
                          "reconnect_interval = 1000\n";

// What has the focus, as the test names it: the option's editor, or a button's text.
QString focusName(const OptionField &field) {
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return QStringLiteral("nothing");
    if (focus == field.editor() || field.editor()->isAncestorOf(focus) ||
        focus->focusProxy() == field.editor())
        return QStringLiteral("editor");
    if (auto *button = qobject_cast<QToolButton *>(focus))
        return button->text();
    return focus->objectName();
}

// Keys a desktop may keep for itself: Ctrl+Alt+<key>, anything with Super (Meta), Alt+F<n>.
bool desktopMayTake(const QKeyCombination &key) {
    const Qt::KeyboardModifiers mods = key.keyboardModifiers();
    if (mods.testFlag(Qt::MetaModifier))
        return true;
    if (mods.testFlag(Qt::ControlModifier) && mods.testFlag(Qt::AltModifier))
        return true;
    return mods.testFlag(Qt::AltModifier) && key.key() >= Qt::Key_F1 && key.key() <= Qt::Key_F35;
}

} // namespace

void TestKeyboard::fieldComesBeforeItsButtons_data() {
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("inherited");
    QTest::addColumn<QStringList>("order");
    const QString editor = QStringLiteral("editor");
    const QString after = QStringLiteral("after");
    QTest::newRow("number, own") << QStringLiteral("connection_timeout") << false
                                 << QStringList{editor, QStringLiteral("Clear"), after};
    QTest::newRow("number, inherited") << QStringLiteral("connection_timeout") << true
                                       << QStringList{editor, QStringLiteral("Override"), after};
    QTest::newRow("choice") << QStringLiteral("connection_type") << false
                            << QStringList{editor, QStringLiteral("Clear"), after};
    QTest::newRow("check box") << QStringLiteral("tls_enabled") << false
                               << QStringList{editor, QStringLiteral("Clear"), after};
    QTest::newRow("secret") << QStringLiteral("password") << false
                            << QStringList{editor, QStringLiteral("Show"), QStringLiteral("Clear"),
                                           after};
    QTest::newRow("file") << QStringLiteral("ca_list_file") << false
                          << QStringList{editor, QStringLiteral("Browse…"), QStringLiteral("Clear"),
                                         after};
}

// Tab from the widget before the field: the field's editor, its own button, then Override or
// Clear, then on.
void TestKeyboard::fieldComesBeforeItsButtons() {
    QFETCH(QString, option);
    QFETCH(bool, inherited);
    QFETCH(QStringList, order);
    const OptionSpec *spec = OptionSchema::find(option);
    QVERIFY(spec);
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *before = new QLineEdit(&window);
    before->setObjectName(QStringLiteral("before"));
    layout->addWidget(before);
    auto *field = new OptionField(*spec, &window);
    layout->addWidget(field);
    auto *after = new QLineEdit(&window);
    after->setObjectName(QStringLiteral("after"));
    layout->addWidget(after);
    EffectiveValue value;
    value.isSet = true;
    value.value = spec->kind == OptionKind::Bool ? QByteArray("yes") : QByteArray("1000");
    if (inherited)
        value.fromTemplate = QStringLiteral("tmpl");
    field->showValue(value, true);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    before->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), before);
    QStringList seen;
    for (qsizetype i = 0; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        seen.append(focusName(*field));
    }
    QCOMPARE(seen, order);
}

// Tab from the Connections list passes through the templates' list on its way to the tabs:
// the section shown stays the one chosen, although Qt makes that list's first row current.
void TestKeyboard::tabThroughTheListsKeepsTheSection() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(test::writeFile(path, config));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(path));
    window.selectSection(QStringLiteral("media"));
    auto *clients = window.findChild<QListView *>(QStringLiteral("connectionsList"));
    auto *others = window.findChild<QListView *>(QStringLiteral("otherSectionsList"));
    QVERIFY(clients && others);
    clients->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), clients);
    QTest::keyClick(clients, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), others);
    QVERIFY(others->currentIndex().isValid());
    QCOMPARE(window.currentSection(), QStringLiteral("media"));
    // Choosing the current row with the keys still follows.
    QTest::keyClick(others, Qt::Key_Space);
    QTRY_COMPARE(window.currentSection(), QStringLiteral("tmpl"));
}

// In the Settings tab, Tab from an option the section sets goes to that option's Clear.
void TestKeyboard::formTabsFromFieldToItsClear() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(test::writeFile(path, config));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(path));
    window.selectSection(QStringLiteral("media"));
    window.showTab(MainWindow::Tab::Settings);
    for (const QString &option :
         {QStringLiteral("connection_timeout"), QStringLiteral("connection_type")}) {
        OptionField *field = window.settingsForm()->field(option);
        QVERIFY(field);
        field->editor()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(focusName(*field), QStringLiteral("editor"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(focusName(*field), QStringLiteral("Clear"));
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Clear ") + option);
    }
}

void TestKeyboard::shortcutsAreSetUniqueAndFree() {
    MainWindow window;
    QAction *connectAll = test::actionNamed(&window, QStringLiteral("Connect All"));
    QAction *disconnectAll = test::actionNamed(&window, QStringLiteral("Disconnect All"));
    QVERIFY(connectAll && disconnectAll);
    QVERIFY(!connectAll->shortcut().isEmpty());
    QVERIFY(!disconnectAll->shortcut().isEmpty());
    QVERIFY(connectAll->shortcut() != disconnectAll->shortcut());

    // Every shortcut of the window, by its keys: actions (menus, toolbar, views) and
    // QShortcuts. One that works only in its own widget may repeat one of another widget;
    // the window's own are unique and none is a key desktops keep for themselves.
    QMap<QString, QStringList> owners;
    const auto add = [&](const QKeySequence &keys, Qt::ShortcutContext context,
                         const QString &owner) {
        if (keys.isEmpty() || context == Qt::WidgetShortcut)
            return;
        for (int i = 0; i < keys.count(); ++i)
            QVERIFY2(!desktopMayTake(keys[i]),
                     qPrintable(owner + QStringLiteral(": ") + keys.toString()));
        owners[keys.toString()].append(owner);
    };
    int shortcuts = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts()) {
            add(keys, action->shortcutContext(), action->text());
            ++shortcuts;
        }
    }
    for (QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        add(shortcut->key(), shortcut->context(), shortcut->parent()->objectName());
        ++shortcuts;
    }
    QVERIFY(shortcuts >= 15);
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        QVERIFY2(it->size() == 1,
                 qPrintable(it.key() + QStringLiteral(": ") + it->join(QStringLiteral(", "))));
}

QTEST_MAIN(TestKeyboard)
#include "TestKeyboard.moc"
