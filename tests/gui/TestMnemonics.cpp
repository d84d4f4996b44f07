// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ExportDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "NewSectionDialog.h"
#include "SaveDiffDialog.h"
#include "UserPrompts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

using namespace wscm;

// Alt+<letter> reaches one thing only: in the main window (with each tab shown, as a hidden
// widget's mnemonic does not fire), within each of its menus, and in every dialog the app
// opens, its own and the message boxes of UserPrompts.
class TestMnemonics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void clashesAreFound();
    void mainWindowWithEachTab_data();
    void mainWindowWithEachTab();
    void menus();
    void ownDialogs();
    void prompts_data();
    void prompts();

private:
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

namespace {

const QByteArray config = "[media]\n"
                          "type = websocket_client\n"
                          "uri = ws://127.0.0.1:1/media\n"
                          "connection_type = persistent\n"
                          "\n"
                          "[tmpl](!)\n"
                          "reconnect_interval = 1000\n";

// The letter Alt reaches a text by ('&' before it; "&&" is a plain '&'), or a null QChar.
QChar mnemonicOf(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return QChar();
}

// Who answers each Alt+<letter>, by description.
using Mnemonics = QMap<QChar, QStringList>;

void add(Mnemonics &mnemonics, const QString &text, const QString &what) {
    const QChar letter = mnemonicOf(text);
    if (!letter.isNull())
        mnemonics[letter].append(QStringLiteral("%1 '%2'").arg(what, text));
}

// The mnemonics of what shows in `window` now: its menu bar's titles, buttons and check
// boxes, labels with a buddy, group boxes and tabs. Qt fires a mnemonic only for a visible
// widget, so what a hidden page holds is checked when that page shows.
Mnemonics visibleMnemonics(QWidget *window) {
    Mnemonics found;
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        if (!bar->isVisible())
            continue;
        for (QAction *action : bar->actions()) {
            if (action->isVisible())
                add(found, action->text(), QStringLiteral("menu"));
        }
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(found, button->text(), QString::fromLatin1(widget->metaObject()->className()));
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(found, label->text(), QStringLiteral("label"));
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(found, box->title(), QStringLiteral("group box"));
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(found, tabs->tabText(i), QStringLiteral("tab"));
            }
        }
    }
    return found;
}

// Each menu's items among themselves, submenus too.
void addMenuClashes(QMenu *menu, QStringList *clashes) {
    Mnemonics items;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        add(items, action->text(), QStringLiteral("item"));
        if (action->menu())
            addMenuClashes(action->menu(), clashes);
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (it->size() > 1)
            clashes->append(QStringLiteral("menu '%1', Alt+%2: %3")
                                .arg(menu->title(), it.key(), it->join(QStringLiteral(", "))));
    }
}

QStringList clashesOf(const Mnemonics &mnemonics) {
    QStringList clashes;
    for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it) {
        if (it->size() > 1)
            clashes.append(
                QStringLiteral("Alt+%1: %2").arg(it.key(), it->join(QStringLiteral(", "))));
    }
    return clashes;
}

int count(const Mnemonics &mnemonics) {
    int n = 0;
    for (const QStringList &owners : mnemonics)
        n += int(owners.size());
    return n;
}

} // namespace

void TestMnemonics::init() {
    QSettings().clear();
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(test::writeFile(path, config));
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(path));
    m_window->selectSection(QStringLiteral("media"));
}

void TestMnemonics::cleanup() {
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

// The check itself finds a clash where there is one, and only among what shows.
void TestMnemonics::clashesAreFound() {
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *first = new QPushButton(QStringLiteral("&Save"), &window);
    auto *label = new QLabel(QStringLiteral("&Section:"), &window);
    label->setBuddy(first);
    auto *hidden = new QCheckBox(QStringLiteral("&Show"), &window);
    auto *plain = new QCheckBox(QStringLiteral("Salt && &Pepper"), &window);
    layout->addWidget(first);
    layout->addWidget(label);
    layout->addWidget(hidden);
    layout->addWidget(plain);
    window.show();
    hidden->hide();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Mnemonics found = visibleMnemonics(&window);
    QCOMPARE(clashesOf(found).size(), 1);
    QVERIFY(clashesOf(found).first().startsWith(QStringLiteral("Alt+S: ")));
    QCOMPARE(found.value(QLatin1Char('P')).size(), 1);
    hidden->show();
    QCOMPARE(visibleMnemonics(&window).value(QLatin1Char('S')).size(), 3);
}

void TestMnemonics::mainWindowWithEachTab_data() {
    QTest::addColumn<int>("tab");
    QTest::newRow("Settings") << int(MainWindow::Tab::Settings);
    QTest::newRow("Health") << int(MainWindow::Tab::Health);
    QTest::newRow("Raw") << int(MainWindow::Tab::Raw);
}

void TestMnemonics::mainWindowWithEachTab() {
    QFETCH(int, tab);
    m_window->showTab(MainWindow::Tab(tab));
    QCoreApplication::processEvents();
    const Mnemonics found = visibleMnemonics(m_window);
    // Six menus, two list labels, three tabs and the page's own: the walk saw the window.
    QVERIFY2(count(found) >= 12, qPrintable(QString::number(count(found))));
    const QStringList clashes = clashesOf(found);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestMnemonics::menus() {
    QStringList clashes;
    int menus = 0;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->menu()) {
            addMenuClashes(action->menu(), &clashes);
            ++menus;
        }
    }
    QVERIFY(menus >= 6);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestMnemonics::ownDialogs() {
    NewSectionDialog newSection({QStringLiteral("tmpl")}, m_window);
    ExportDialog exportDialog(m_dir->filePath(QStringLiteral("export.conf")), m_window);
    SaveDiffDialog saveDiff(QStringLiteral("websocket_client.conf"),
                            QStringLiteral("-a = 1\n+a = 2\n"), m_window);
    for (QDialog *dialog :
         {static_cast<QDialog *>(&newSection), static_cast<QDialog *>(&exportDialog),
          static_cast<QDialog *>(&saveDiff)}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const Mnemonics found = visibleMnemonics(dialog);
        QVERIFY2(count(found) >= 1, dialog->metaObject()->className());
        const QStringList clashes = clashesOf(found);
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1:\n%2").arg(
                                        QString::fromLatin1(dialog->metaObject()->className()),
                                        clashes.join(QLatin1Char('\n')))));
        dialog->hide();
    }
}

using Prompt = std::function<void(UserPrompts &, QWidget *)>;
Q_DECLARE_METATYPE(Prompt)

// Each question as the app asks it (QFileDialog's own dialogs aside: Qt's or the desktop's).
void TestMnemonics::prompts_data() {
    QTest::addColumn<Prompt>("prompt");
    const QString name = QStringLiteral("websocket_client.conf");
    QTest::newRow("unsaved changes")
        << Prompt([name](UserPrompts &p, QWidget *w) { p.askUnsavedChanges(w, name); });
    QTest::newRow("external change")
        << Prompt([name](UserPrompts &p, QWidget *w) { p.askExternalChange(w, name, false); });
    QTest::newRow("external change, modified")
        << Prompt([name](UserPrompts &p, QWidget *w) { p.askExternalChange(w, name, true); });
    QTest::newRow("pending raw edits")
        << Prompt([](UserPrompts &p, QWidget *w) { p.askPendingRawEdits(w); });
    QTest::newRow("save conflict") << Prompt([name](UserPrompts &p, QWidget *w) {
        UserPrompts::SaveConflict conflict;
        conflict.fileName = name;
        conflict.overwriteDiff = QStringLiteral("-a = 1\n+a = 2\n");
        conflict.reapplyDiff = QStringLiteral("-b = 1\n+b = 2\n");
        p.askSaveConflict(w, conflict);
    });
    QTest::newRow("save conflict, clashing lines") << Prompt([name](UserPrompts &p, QWidget *w) {
        UserPrompts::SaveConflict conflict;
        conflict.fileName = name;
        conflict.overwriteDiff = QStringLiteral("-a = 1\n+a = 2\n");
        conflict.conflicts = QStringLiteral("a = 3 (theirs) against a = 2 (yours)");
        p.askSaveConflict(w, conflict);
    });
    QTest::newRow("save diff") << Prompt([name](UserPrompts &p, QWidget *w) {
        bool dontAsk = false;
        p.confirmSaveDiff(w, name, QStringLiteral("-a = 1\n+a = 2\n"), &dontAsk);
    });
    QTest::newRow("offer save as") << Prompt([name](UserPrompts &p, QWidget *w) {
        p.offerSaveAs(w, name, QStringLiteral("Permission denied"));
    });
    QTest::newRow("error") << Prompt([](UserPrompts &p, QWidget *w) {
        p.showError(w, QStringLiteral("Cannot open"), QStringLiteral("No such file"));
    });
    QTest::newRow("confirm") << Prompt([](UserPrompts &p, QWidget *w) {
        p.confirm(w, QStringLiteral("Delete section"), QStringLiteral("Delete [media]?"));
    });
    QTest::newRow("text") << Prompt([](UserPrompts &p, QWidget *w) {
        p.askText(w, QStringLiteral("Rename section"), QStringLiteral("New name:"),
                  QStringLiteral("media"));
    });
    QTest::newRow("new section") << Prompt(
        [](UserPrompts &p, QWidget *w) { p.askNewSection(w, {QStringLiteral("tmpl")}); });
    QTest::newRow("export") << Prompt([](UserPrompts &p, QWidget *w) {
        bool redact = true;
        p.askExport(w, QDir::tempPath() + QStringLiteral("/export.conf"), &redact);
    });
    QTest::newRow("remote file") << Prompt([](UserPrompts &p, QWidget *w) {
        p.askRemoteFile(w, QStringLiteral("ssh://pbx/etc/asterisk/websocket_client.conf"));
    });
}

// The real prompt opens; while it is modal, its mnemonics are read and it is dismissed.
void TestMnemonics::prompts() {
    QFETCH(Prompt, prompt);
    QStringList clashes;
    int seen = -1;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        const Mnemonics found = visibleMnemonics(dialog);
        seen = count(found);
        clashes = clashesOf(found);
        dialog->reject();
    });
    poll.start(20);
    UserPrompts real;
    prompt(real, m_window);
    poll.stop();
    QVERIFY2(seen >= 0, "no dialog came up");
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
