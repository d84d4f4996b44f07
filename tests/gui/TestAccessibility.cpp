// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ExportDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "NeighbourViewer.h"
#include "NewSectionDialog.h"
#include "SaveConflictDialog.h"
#include "SaveDiffDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QTest>

using namespace wscm;

// What a screen reader gets: every control a user can act on, in the main window in each tab
// and in every dialog, has a role and a name, in whichever language CTest runs it (the
// WSCM_TEST_LANGUAGE reruns in tests/gui/CMakeLists.txt).
class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void mainWindowControlsAreNamed_data();
    void mainWindowControlsAreNamed();
    void dialogControlsAreNamed_data();
    void dialogControlsAreNamed();
};

namespace {

const QByteArray config = "[tmpl](!)\n"
                          "type = websocket_client\n"
                          "connection_type = persistent\n"
                          "\n"
                          "[media](tmpl)\n"
                          "uri = ws://127.0.0.1:1/media\n"
                          "password = not-a-secret\n"
                          "tls_enabled = yes\n"
                          "\n"
                          "[broken](tmpl)\n"
                          "uri = ws://127.0.0.1:1/broken\n"
                          "pingpong_interval = often\n";

// The roles of what a user acts on or reads as a value; containers and plain text are not.
bool isControl(QAccessible::Role role) {
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::MenuItem:
    case QAccessible::Link:
    case QAccessible::Chart:
        return true;
    default:
        return false;
    }
}

QString pathOf(QAccessibleInterface *iface) {
    QStringList parts;
    for (QAccessibleInterface *i = iface; i; i = i->parent()) {
        QObject *object = i->object();
        parts.prepend(object ? QString::fromLatin1(object->metaObject()->className()) +
                                   (object->objectName().isEmpty()
                                        ? QString()
                                        : QLatin1Char('#') + object->objectName())
                             : QStringLiteral("role %1").arg(int(i->role())));
    }
    return parts.join(QLatin1String(" > "));
}

// Every visible control under `iface` that has no name or no role; `count` counts the checked.
void walk(QAccessibleInterface *iface, QStringList *problems, int *count, int depth = 0) {
    if (!iface || !iface->isValid() || depth > 40)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    const QAccessible::Role role = iface->role();
    if (role == QAccessible::NoRole && iface->object() && iface->object()->isWidgetType())
        problems->append(QStringLiteral("no role: ") + pathOf(iface));
    if (isControl(role)) {
        ++*count;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems->append(
                QStringLiteral("no name (role %1): %2").arg(int(role)).arg(pathOf(iface)));
    }
    // A list's or table's rows are its content, named by their text; the view itself counts.
    if (role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), problems, count, depth + 1);
}

QStringList problemsOf(QWidget *window, int *count) {
    QStringList problems;
    walk(QAccessible::queryAccessibleInterface(window), &problems, count);
    return problems;
}

} // namespace

void TestAccessibility::mainWindowControlsAreNamed_data() {
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("tab");
    for (const char *section : {"media", "broken", "tmpl"}) {
        for (const auto &[tab, name] : {std::pair{MainWindow::Tab::Settings, "settings"},
                                        std::pair{MainWindow::Tab::Health, "health"},
                                        std::pair{MainWindow::Tab::Raw, "raw"}}) {
            QTest::addRow("%s %s", section, name) << QString::fromLatin1(section) << int(tab);
        }
    }
}

void TestAccessibility::mainWindowControlsAreNamed() {
    QFETCH(QString, section);
    QFETCH(int, tab);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(test::writeFile(path, config));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    window.selectSection(section);
    window.showTab(MainWindow::Tab(tab));
    QTest::qWait(50);
    int count = 0;
    const QStringList problems = problemsOf(&window, &count);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The menus, the toolbar, both lists, the tabs and the tab's own controls.
    QVERIFY2(count >= 15, qPrintable(QString::number(count)));
}

void TestAccessibility::dialogControlsAreNamed_data() {
    QTest::addColumn<int>("which");
    const char *names[] = {"new section",      "export",        "save diff",
                           "reference rename", "save conflict", "save conflict, clashing lines",
                           "neighbour file"};
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

void TestAccessibility::dialogControlsAreNamed() {
    QFETCH(int, which);
    QTemporaryDir dir;
    const QString diff = QStringLiteral("@@ line 2 @@\n-uri = ws://a/\n+uri = ws://b/\n");
    UserPrompts::SaveConflict conflict;
    conflict.fileName = QStringLiteral("websocket_client.conf");
    conflict.overwriteDiff = diff;
    conflict.reapplyDiff = diff;
    if (which == 5)
        conflict.conflicts = diff;
    std::unique_ptr<QWidget> dialog;
    switch (which) {
    case 0:
        dialog = std::make_unique<NewSectionDialog>(QStringList{QStringLiteral("tmpl")});
        break;
    case 1:
        dialog = std::make_unique<ExportDialog>(dir.filePath(QStringLiteral("export.conf")));
        break;
    case 2:
        dialog = std::make_unique<SaveDiffDialog>(QStringLiteral("websocket_client.conf"), diff);
        break;
    case 3:
        dialog = std::make_unique<SaveDiffDialog>(
            QStringLiteral("Rename"), QStringLiteral("These files name [media]."),
            QList<SaveDiffDialog::FileChanges>{{QStringLiteral("ari.conf"), diff},
                                               {QStringLiteral("extensions.conf"), diff}});
        break;
    case 4:
    case 5:
        dialog = std::make_unique<SaveConflictDialog>(conflict);
        break;
    case 6:
        dialog = std::make_unique<NeighbourViewer>(dir.filePath(QStringLiteral("ari.conf")),
                                                   QByteArray("[media]\ntype = user\n"), 2);
        break;
    }
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    int count = 0;
    const QStringList problems = problemsOf(dialog.get(), &count);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(count >= 1);
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
