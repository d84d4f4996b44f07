// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "SaveConflictDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>

using namespace wscm;

// The File menu's choices of where to write, as the window proposes them and as the files
// end up: Export beside the open file (in the documents for a file that will not last), Open
// Recent naming host and folder, the save questions naming the host, and a save that finds
// the file changed by someone else reapplying the user's edits to their version.
//
// The test gets a home and a temporary folder of its own (HOME, TMPDIR), so that "beside the
// file" and "in the documents" are told apart wherever the build tree lies.
class TestWindowFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportGoesBesideTheOpenFile();
    void exportOfATemporaryFileGoesToTheDocuments();
    void recentFilesShowHostAndFolder();
    void saveQuestionsNameTheHost();
    void conflictReappliesMyEditsToTheirs();
    void conflictingEditsAreNotReapplied();
    void conflictDialogOffersReapplyOnlyWithoutConflicts();

private:
    // Opens `bytes` as `path` in a new window; the file is left for the test to change.
    void openWindow(const QString &path, const QByteArray &bytes);
    QString suggestedExport();
    QAction *action(const QString &text) const;
    // The edit a user makes in the form, as one undo step.
    void setValue(const char *section, const char *option, const char *value);
    // Another program writes the file; the window notices, and the user keeps their version.
    void theyWrite(const QByteArray &bytes);

    QTemporaryDir m_sandbox;
    QString m_home;
    QString m_documents;
    QString m_path;
    MainWindow *m_window = nullptr;
    test::ScriptedPrompts m_prompts;
};

namespace {

// CRLF and no final newline: what must come through a merge byte for byte.
const QByteArray config = "; Asterisk websocket clients\r\n"
                          "[media]\r\n"
                          "type = websocket_client\r\n"
                          "uri = ws://127.0.0.1:1/media   ; the media server\r\n"
                          "connection_timeout = 500\r\n"
                          "\r\n"
                          "[events]\r\n"
                          "type = websocket_client\r\n"
                          "uri = ws://127.0.0.1:2/events\r\n"
                          "password = hunter2";

// Asks for Export's path and records what it was offered.
struct ExportPrompts : test::ScriptedPrompts {
    QString suggested;
    QString answer;
    QString askExport(QWidget *, const QString &path, bool *redact) override {
        asked << QStringLiteral("export");
        suggested = path;
        *redact = true;
        return answer;
    }
};

} // namespace

void TestWindowFiles::initTestCase() {
    QVERIFY(m_sandbox.isValid());
    m_home = m_sandbox.filePath(QStringLiteral("home"));
    m_documents = m_home + QStringLiteral("/Documents");
    const QString temp = m_sandbox.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(m_documents));
    QVERIFY(QDir().mkpath(temp));
    qputenv("HOME", m_home.toLocal8Bit());
    qputenv("TMPDIR", temp.toLocal8Bit());
    qunsetenv("XDG_CONFIG_HOME");
    QCOMPARE(QDir(QDir::tempPath()).canonicalPath(), QDir(temp).canonicalPath());
    test::isolateSettings();
}

void TestWindowFiles::init() {
    QSettings().clear();
    QVERIFY(QDir().mkpath(m_documents));
    m_prompts = test::ScriptedPrompts();
    m_path = m_home + QStringLiteral("/pbx/websocket_client.conf");
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
}

void TestWindowFiles::cleanup() {
    delete m_window;
    m_window = nullptr;
}

void TestWindowFiles::openWindow(const QString &path, const QByteArray &bytes) {
    delete m_window;
    QVERIFY(test::writeFile(path, bytes));
    m_window = new MainWindow;
    m_window->setPrompts(&m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(path));
}

QAction *TestWindowFiles::action(const QString &text) const {
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

QString TestWindowFiles::suggestedExport() {
    ExportPrompts prompts;
    m_window->setPrompts(&prompts);
    QAction *exportAction = action(QStringLiteral("Export…"));
    if (!exportAction)
        return QStringLiteral("no Export action");
    exportAction->trigger();
    m_window->setPrompts(&m_prompts);
    return prompts.asked == QStringList{QStringLiteral("export")} ? prompts.suggested
                                                                  : QStringLiteral("not asked");
}

void TestWindowFiles::setValue(const char *section, const char *option, const char *value) {
    QVERIFY(m_window->session()->edit(QStringLiteral("set"),
                                      [&](ConfigDocument &document, QString *error) {
                                          return document.setValue(section, option, value, error);
                                      }));
}

void TestWindowFiles::theyWrite(const QByteArray &bytes) {
    m_prompts.external = UserPrompts::ExternalChangeChoice::Keep;
    QVERIFY(test::writeFile(m_path, bytes));
    QTRY_VERIFY2(m_prompts.asked.contains(QStringLiteral("external-modified")),
                 qPrintable(m_prompts.asked.join(QLatin1Char(','))));
    m_prompts.asked.clear();
}

void TestWindowFiles::exportGoesBesideTheOpenFile() {
    openWindow(m_path, config);
    const QString suggested = suggestedExport();
    QCOMPARE(suggested, m_home + QStringLiteral("/pbx/websocket_client-export.conf"));

    // Taken as offered, the copy is written there, its password hidden.
    ExportPrompts prompts;
    prompts.answer = suggested;
    m_window->setPrompts(&prompts);
    action(QStringLiteral("Export…"))->trigger();
    m_window->setPrompts(&m_prompts);
    const QByteArray exported = test::readFile(suggested);
    QVERIFY(exported.startsWith("; Asterisk websocket clients\r\n"));
    QVERIFY(exported.endsWith("password = ********"));
}

void TestWindowFiles::exportOfATemporaryFileGoesToTheDocuments() {
    // As the demo's config: in a folder made by QTemporaryDir, gone when the session ends.
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    QVERIFY(temporary.path().startsWith(QDir::tempPath()));
    openWindow(temporary.filePath(QStringLiteral("websocket_client.conf")), config);
    QCOMPARE(suggestedExport(), m_documents + QStringLiteral("/websocket_client-export.conf"));

    // Without a documents folder, the home folder.
    QVERIFY(QDir(m_documents).removeRecursively());
    QCOMPARE(suggestedExport(), m_home + QStringLiteral("/websocket_client-export.conf"));
    QVERIFY(QDir().mkpath(m_documents));

    // An unnamed document goes to the documents too, and so does Save As.
    m_window->newFile();
    QCOMPARE(suggestedExport(), m_documents + QStringLiteral("/websocket_client-export.conf"));
    m_prompts.saveAsPath.clear();
    QVERIFY(!m_window->saveAs());
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("save-as")});
}

void TestWindowFiles::recentFilesShowHostAndFolder() {
    const QString deep =
        m_home + QStringLiteral("/a-rather-long-folder-name/that-goes-on/and-on-and-on/"
                                "for-long-enough/to-need-shortening/websocket_client.conf");
    const QString ampersand = m_home + QStringLiteral("/R&D/websocket_client.conf");
    const QString remote = QStringLiteral("ssh://admin@pbx1/etc/asterisk/websocket_client.conf");
    for (const QString &path : {deep, ampersand, m_path, remote})
        Preferences::addRecentFile(path);
    openWindow(m_path, config); // opening puts it first

    QMenu *recent = nullptr;
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        const QList<QAction *> actions = menu->actions();
        if (!actions.isEmpty() && actions.constFirst()->toolTip() == m_path)
            recent = menu;
    }
    QVERIFY(recent);
    QStringList texts;
    for (QAction *action : recent->actions())
        texts << action->text();
    QCOMPARE(texts.size(), 4);
    QCOMPARE(texts.at(0), QStringLiteral("&1 ") + m_path);
    QCOMPARE(texts.at(1), QStringLiteral("&2 websocket_client.conf on admin@pbx1 (/etc/asterisk)"));
    QCOMPARE(texts.at(2),
             QStringLiteral("&3 ") + m_home + QStringLiteral("/R&&D/websocket_client.conf"));
    // The long folder is shortened in its middle: its start, its end and the name stay.
    const QString shortened = texts.at(3);
    QVERIFY2(shortened.startsWith(QStringLiteral("&4 ") + m_home.left(8)), qPrintable(shortened));
    QVERIFY2(shortened.endsWith(QStringLiteral("/websocket_client.conf")), qPrintable(shortened));
    QVERIFY2(shortened.contains(QChar(0x2026)), qPrintable(shortened));
    QVERIFY2(shortened.size() < QString(QStringLiteral("&4 ") + deep).size(),
             qPrintable(shortened));
    QCOMPARE(recent->actions().at(3)->toolTip(), deep);

    // Ten files: the tenth has no mnemonic, since Alt+1 is the first's.
    for (int i = 0; i < Preferences::MaxRecentFiles; ++i) {
        const QString path = m_home + QStringLiteral("/f%1/websocket_client.conf").arg(i);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(test::writeFile(path, config));
        QVERIFY(m_window->openFile(path));
    }
    QCOMPARE(recent->actions().size(), Preferences::MaxRecentFiles);
    QVERIFY(recent->actions().at(8)->text().startsWith(QStringLiteral("&9 ")));
    QVERIFY(recent->actions().at(9)->text().startsWith(QStringLiteral("10 ")));
}

void TestWindowFiles::saveQuestionsNameTheHost() {
    openWindow(m_path, config);
    const QString here = QStringLiteral("websocket_client.conf on this computer");
    setValue("media", "connection_timeout", "750");
    QVERIFY(m_window->save());
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("diff")});
    QCOMPARE(m_prompts.lastFileName, here);

    setValue("media", "connection_timeout", "800");
    m_prompts.unsaved = UserPrompts::UnsavedChoice::Cancel;
    m_window->newFile();
    QCOMPARE(m_prompts.asked.last(), QStringLiteral("unsaved"));
    QCOMPARE(m_prompts.lastFileName, here);

    m_prompts.saveAsPath.clear();
    QVERIFY(!m_window->saveAs());
    QVERIFY2(m_prompts.lastTitle.contains(QStringLiteral("on this computer")),
             qPrintable(m_prompts.lastTitle));
    m_prompts.unsaved = UserPrompts::UnsavedChoice::Discard;
}

void TestWindowFiles::conflictReappliesMyEditsToTheirs() {
    openWindow(m_path, config);
    // Mine: a value in [media] and a new line in [events].
    setValue("media", "connection_timeout", "750");
    setValue("events", "protocols", "ari");
    const QByteArray mine = m_window->session()->document().bytes();
    QCOMPARE(mine, QByteArray(config)
                       .replace("connection_timeout = 500", "connection_timeout = 750")
                       .replace("password = hunter2", "password = hunter2\r\nprotocols = ari"));
    // Theirs: the comment at the top, and a new section between the two.
    QByteArray theirs = config;
    theirs.replace("; Asterisk websocket clients", "; Asterisk websocket clients, by them");
    theirs.replace("\r\n[events]", "\r\n[ari]\r\ntype = websocket_client\r\n\r\n[events]");
    theyWrite(theirs);

    m_prompts.reapplyOnConflict = true;
    QVERIFY(m_window->save());
    // One question, that showed the merge against their version; then it was written.
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("overwrite")});
    const UserPrompts::SaveConflict &conflict = m_prompts.lastConflict;
    QCOMPARE(conflict.fileName, QStringLiteral("websocket_client.conf on this computer"));
    QVERIFY(conflict.conflicts.isEmpty());
    QVERIFY2(conflict.reapplyDiff.contains(QStringLiteral("-connection_timeout = 500\n"
                                                          "+connection_timeout = 750")),
             qPrintable(conflict.reapplyDiff));
    // Their section is theirs on both sides: at most context.
    QVERIFY2(!conflict.reapplyDiff.contains(QStringLiteral("+[ari]")) &&
                 !conflict.reapplyDiff.contains(QStringLiteral("-[ari]")),
             qPrintable(conflict.reapplyDiff));
    QVERIFY2(conflict.overwriteDiff.contains(QStringLiteral("-[ari]")),
             qPrintable(conflict.overwriteDiff));
    QVERIFY(!conflict.reapplyDiff.contains(QStringLiteral("hunter2")));

    // Both changes, every other byte as it was: CRLF, the comment, no final newline.
    const QByteArray expected = "; Asterisk websocket clients, by them\r\n"
                                "[media]\r\n"
                                "type = websocket_client\r\n"
                                "uri = ws://127.0.0.1:1/media   ; the media server\r\n"
                                "connection_timeout = 750\r\n"
                                "\r\n"
                                "[ari]\r\n"
                                "type = websocket_client\r\n"
                                "\r\n"
                                "[events]\r\n"
                                "type = websocket_client\r\n"
                                "uri = ws://127.0.0.1:2/events\r\n"
                                "password = hunter2\r\n"
                                "protocols = ari";
    QCOMPARE(test::readFile(m_path), expected);
    QCOMPARE(m_window->session()->document().bytes(), expected);
    QVERIFY(!m_window->session()->isModified());
    QTRY_VERIFY(m_window->session()->category(QStringLiteral("ari")));

    // The merge is one step: undoing it gives back my version as it was.
    m_window->session()->undoStack()->undo();
    QCOMPARE(m_window->session()->document().bytes(), mine);
    // Nothing else was asked meanwhile (our own write is no external change).
    QTest::qWait(300);
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("overwrite")});
}

void TestWindowFiles::conflictingEditsAreNotReapplied() {
    openWindow(m_path, config);
    setValue("events", "password", "mine-secret");
    setValue("media", "connection_timeout", "750");
    const QByteArray mine = m_window->session()->document().bytes();
    QByteArray theirs = config;
    theirs.replace("password = hunter2", "password = their-secret");
    theyWrite(theirs);

    m_prompts.reapplyOnConflict = true;
    m_prompts.overwriteChanged = false;
    QVERIFY(!m_window->save());
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("overwrite")});
    const QString conflicts = m_prompts.lastConflict.conflicts;
    QVERIFY2(conflicts.contains(QStringLiteral("@@ line 10 @@")), qPrintable(conflicts));
    QVERIFY2(conflicts.contains(QStringLiteral("<<<<<<<")) &&
                 conflicts.contains(QStringLiteral(">>>>>>>")),
             qPrintable(conflicts));
    QCOMPARE(conflicts.count(QStringLiteral(" password = ********\n")), 2);
    for (const QString &secret : {QStringLiteral("their-secret"), QStringLiteral("mine-secret")})
        QVERIFY(!conflicts.contains(secret) &&
                !m_prompts.lastConflict.overwriteDiff.contains(secret));
    QVERIFY(m_prompts.lastConflict.reapplyDiff.isEmpty());
    // Nothing changed: neither their file nor my document.
    QCOMPARE(test::readFile(m_path), theirs);
    QCOMPARE(m_window->session()->document().bytes(), mine);
    QVERIFY(m_window->session()->isModified());
}

void TestWindowFiles::conflictDialogOffersReapplyOnlyWithoutConflicts() {
    const auto buttonsOf = [](const UserPrompts::SaveConflict &conflict) {
        SaveConflictDialog dialog(conflict);
        QStringList texts;
        for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons())
            texts << button->text().remove(QLatin1Char('&'));
        texts.sort();
        return texts;
    };
    UserPrompts::SaveConflict conflict{QStringLiteral("websocket_client.conf on pbx1"),
                                       QStringLiteral("-theirs\n+mine\n"),
                                       QStringLiteral("+mine\n"), QString()};
    QCOMPARE(buttonsOf(conflict),
             (QStringList{QStringLiteral("Cancel"), QStringLiteral("Overwrite their changes"),
                          QStringLiteral("Reapply my edits and save")}));
    conflict.conflicts = QStringLiteral("@@ line 1 @@\n");
    QCOMPARE(buttonsOf(conflict),
             (QStringList{QStringLiteral("Cancel"), QStringLiteral("Overwrite their changes")}));

    // The real dialog, from a save: it names the host, shows the merge, and its Reapply
    // button saves the merge.
    openWindow(m_path, config);
    setValue("media", "connection_timeout", "750");
    QByteArray theirs = config;
    theirs.replace("; Asterisk websocket clients", "; by them");
    theyWrite(theirs);
    struct RealConflictPrompt : test::ScriptedPrompts {
        ConflictChoice askSaveConflict(QWidget *parent, const SaveConflict &c) override {
            return UserPrompts::askSaveConflict(parent, c); // NOLINT: the real question
        }
    } prompts;
    m_window->setPrompts(&prompts);
    QString title;
    QString shown;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<SaveConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        title = dialog->windowTitle();
        // The first tab: what the merge changes in their version.
        if (auto *view = qobject_cast<QTextEdit *>(dialog->findChild<QTabWidget *>()->widget(0)))
            shown = view->toPlainText();
        for (QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons()) {
            if (button->text().remove(QLatin1Char('&')) ==
                QStringLiteral("Reapply my edits and save"))
                button->click();
        }
    });
    poll.start(20);
    QVERIFY(m_window->save());
    poll.stop();
    m_window->setPrompts(&m_prompts);
    QVERIFY2(title.contains(QStringLiteral("websocket_client.conf on this computer")),
             qPrintable(title));
    QVERIFY2(shown.contains(QStringLiteral("+connection_timeout = 750")), qPrintable(shown));
    QCOMPARE(test::readFile(m_path),
             QByteArray(theirs).replace("connection_timeout = 500", "connection_timeout = 750"));
}

QTEST_MAIN(TestWindowFiles)
#include "TestWindowFiles.moc"
