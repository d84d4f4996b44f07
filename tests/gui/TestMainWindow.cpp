// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "EventLogDock.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OptionField.h"
#include "Preferences.h"
#include "SettingsForm.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace wscm;

namespace {

const QByteArray config = "; Asterisk websocket clients\r\n"
                          "[media]\r\n"
                          "type = websocket_client\r\n"
                          "uri = ws://127.0.0.1:1/media   ; the media server\r\n"
                          "connection_timeout = 500\r\n"
                          "\r\n"
                          "[broken]\r\n"
                          "type = websocket_client\r\n"
                          "\r\n"
                          "[tmpl](!)\r\n"
                          "reconnect_interval = 1000";

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void opensFileListsSectionsApart();
    void editCheckUndoSaveChangesOneLine();
    void dontAskAgainIsRemembered();
    void titleShowsModifiedMark();
    void externalChangeReloadsWhenAccepted();
    void externalChangeKeptIsNeverSilentlyOverwritten();
    void externalChangeRealPromptReloads();
    void unwritableFileOffersSaveAs();
    void closingWithChangesAsks();
    void sectionsAddRenameDuplicateDelete();
    void exportRedactsSecrets();
    void openLargeFileQuickly();

private:
    QLineEdit *fieldEdit(const QString &option) const;

    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    MainWindow *m_window = nullptr;
    test::ScriptedPrompts m_prompts;
};

void TestMainWindow::init() {
    QSettings().clear();
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(test::writeFile(m_path, config));
    m_prompts = test::ScriptedPrompts();
    m_window = new MainWindow;
    m_window->setPrompts(&m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(m_path));
}

void TestMainWindow::cleanup() {
    m_prompts.unsaved = UserPrompts::UnsavedChoice::Discard;
    delete m_window;
    m_window = nullptr;
    delete m_dir;
}

QLineEdit *TestMainWindow::fieldEdit(const QString &option) const {
    return qobject_cast<QLineEdit *>(m_window->settingsForm()->field(option)->editor());
}

void TestMainWindow::opensFileListsSectionsApart() {
    QCOMPARE(m_window->currentSection(), QStringLiteral("media"));
    QCOMPARE(m_window->statusSummary(), QStringLiteral("1 not connected, 1 invalid"));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("websocket_client.conf")));
    m_window->selectSection(QStringLiteral("tmpl"));
    QCOMPARE(m_window->settingsForm()->section(), QStringLiteral("tmpl"));
    QVERIFY(Preferences::recentFiles().contains(QFileInfo(m_path).absoluteFilePath()));
}

void TestMainWindow::editCheckUndoSaveChangesOneLine() {
    QLineEdit *timeout = fieldEdit(QStringLiteral("connection_timeout"));
    timeout->setFocus();
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("fast"));
    QTRY_VERIFY(m_window->settingsForm()
                    ->field(QStringLiteral("connection_timeout"))
                    ->messageText()
                    .contains(QStringLiteral("Error parsing connection_timeout=fast")));
    QVERIFY(m_window->statusSummary().contains(QStringLiteral("2 invalid")));

    m_window->session()->undoStack()->undo();
    QTRY_COMPARE(timeout->text(), QStringLiteral("500"));
    QVERIFY(!m_window->session()->isModified());
    timeout->setFocus();
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("750"));

    QVERIFY(m_window->save());
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("diff")});
    QCOMPARE(m_prompts.lastDiff,
             QStringLiteral("@@ line 3 @@\n"
                            " type = websocket_client\n"
                            " uri = ws://127.0.0.1:1/media   ; the media server\n"
                            "-connection_timeout = 500\n"
                            "+connection_timeout = 750\n"
                            " \n"
                            " [broken]\n"));
    QByteArray expected = config;
    expected.replace("connection_timeout = 500", "connection_timeout = 750");
    QCOMPARE(test::readFile(m_path), expected);
    QVERIFY(!m_window->session()->isModified());
}

void TestMainWindow::dontAskAgainIsRemembered() {
    m_prompts.dontAskAgain = true;
    m_window->session()->edit(QStringLiteral("t"), [](ConfigDocument &doc, QString *err) {
        return doc.setValue("media", "protocols", "ari", err);
    });
    QVERIFY(m_window->save());
    QVERIFY(!Preferences::showDiffBeforeSave());
    m_window->session()->edit(QStringLiteral("t"), [](ConfigDocument &doc, QString *err) {
        return doc.setValue("media", "protocols", "media", err);
    });
    QVERIFY(m_window->save());
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("diff")});
    QVERIFY(test::readFile(m_path).contains("protocols = media\r\n"));
}

void TestMainWindow::titleShowsModifiedMark() {
    QVERIFY(!m_window->isWindowModified());
    QTest::keyClicks(fieldEdit(QStringLiteral("protocols")), QStringLiteral("x"));
    QVERIFY(m_window->isWindowModified());
    m_window->session()->undoStack()->undo();
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::externalChangeReloadsWhenAccepted() {
    QByteArray changed = config;
    changed.replace("connection_timeout = 500", "connection_timeout = 2000");
    QVERIFY(test::writeFile(m_path, changed));
    QTRY_COMPARE(m_prompts.asked, QStringList{QStringLiteral("external")});
    QCOMPARE(m_window->session()->document().bytes(), changed);
    QTRY_COMPARE(fieldEdit(QStringLiteral("connection_timeout"))->text(), QStringLiteral("2000"));
}

void TestMainWindow::externalChangeKeptIsNeverSilentlyOverwritten() {
    m_prompts.external = UserPrompts::ExternalChangeChoice::Keep;
    QTest::keyClicks(fieldEdit(QStringLiteral("protocols")), QStringLiteral("ari"));
    const QByteArray theirs = config + "\r\n; added by someone else\r\n";
    QVERIFY(test::writeFile(m_path, theirs));
    QTRY_COMPARE(m_prompts.asked, QStringList{QStringLiteral("external-modified")});
    QVERIFY(m_window->session()->document().bytes().contains("protocols = ari"));

    // Declining the overwrite leaves their file alone.
    m_prompts.overwriteChanged = false;
    QVERIFY(!m_window->save());
    QCOMPARE(m_prompts.asked.last(), QStringLiteral("overwrite"));
    QCOMPARE(test::readFile(m_path), theirs);
    // Accepting it writes ours, after showing what changes against their version.
    m_prompts.overwriteChanged = true;
    QVERIFY(m_window->save());
    QVERIFY(m_prompts.lastDiff.contains(QStringLiteral("-; added by someone else")));
    QCOMPARE(test::readFile(m_path), m_window->session()->document().bytes());
}

void TestMainWindow::externalChangeRealPromptReloads() {
    m_window->setPrompts(nullptr); // the real message box
    bool answered = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        QVERIFY(box->text().contains(QStringLiteral("changed by another program")));
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Reload")) {
                button->click();
                answered = true;
            }
        }
    });
    poll.start(20);
    const QByteArray changed = "[other]\ntype = websocket_client\nuri = ws://h\n";
    QVERIFY(test::writeFile(m_path, changed));
    QTRY_VERIFY(answered);
    QTRY_COMPARE(m_window->session()->document().bytes(), changed);
    QTRY_COMPARE(m_window->currentSection(), QStringLiteral("other"));
}

void TestMainWindow::unwritableFileOffersSaveAs() {
    QTest::keyClicks(fieldEdit(QStringLiteral("protocols")), QStringLiteral("ari"));
    m_prompts.saveDiff = true;
    // Tests run as root, for whom permissions do not stop a write: a missing folder does.
    const QString gone = m_dir->filePath(QStringLiteral("gone/websocket_client.conf"));
    const QString saveAs = m_dir->filePath(QStringLiteral("copy.conf"));
    m_prompts.saveAsAfterFailure = true;
    m_prompts.saveAsPath = saveAs;
    QVERIFY(m_window->saveTo(gone));
    QCOMPARE(m_prompts.asked, (QStringList{QStringLiteral("diff"), QStringLiteral("save-as-offer"),
                                           QStringLiteral("save-as"), QStringLiteral("diff")}));
    QVERIFY(!m_prompts.lastError.isEmpty());
    QCOMPARE(test::readFile(saveAs), m_window->session()->document().bytes());
    QCOMPARE(m_window->session()->path(), QFileInfo(saveAs).absoluteFilePath());
}

void TestMainWindow::closingWithChangesAsks() {
    QTest::keyClicks(fieldEdit(QStringLiteral("protocols")), QStringLiteral("ari"));
    m_prompts.unsaved = UserPrompts::UnsavedChoice::Cancel;
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    m_prompts.unsaved = UserPrompts::UnsavedChoice::Save;
    QVERIFY(m_window->close());
    QCOMPARE(m_prompts.asked, (QStringList{QStringLiteral("unsaved"), QStringLiteral("unsaved"),
                                           QStringLiteral("diff")}));
    QVERIFY(test::readFile(m_path).contains("protocols = ari\r\n"));
}

void TestMainWindow::sectionsAddRenameDuplicateDelete() {
    const auto trigger = [this](const QString &text) {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == text)
                action->trigger();
        }
    };
    m_prompts.newSection = {QStringLiteral("events"), false, QStringLiteral("tmpl")};
    trigger(QStringLiteral("&Add Section…"));
    QCOMPARE(m_window->currentSection(), QStringLiteral("events"));
    QVERIFY(m_window->session()->document().bytes().endsWith(
        "[events](tmpl)\r\ntype = websocket_client\r\n"));

    m_prompts.text = QStringLiteral("events2");
    trigger(QStringLiteral("&Rename Section…"));
    QCOMPARE(m_window->currentSection(), QStringLiteral("events2"));
    m_prompts.text = QStringLiteral("events3");
    trigger(QStringLiteral("D&uplicate Section…"));
    QCOMPARE(m_window->currentSection(), QStringLiteral("events3"));
    QVERIFY(m_window->session()->category(QStringLiteral("events2")));
    trigger(QStringLiteral("&Delete Section"));
    QVERIFY(!m_window->session()->category(QStringLiteral("events3")));
    // Every step is undoable, back to the file as opened.
    while (m_window->session()->undoStack()->canUndo())
        m_window->session()->undoStack()->undo();
    QCOMPARE(m_window->session()->document().bytes(), config);
}

void TestMainWindow::exportRedactsSecrets() {
    m_window->session()->edit(QStringLiteral("t"), [](ConfigDocument &doc, QString *err) {
        return doc.setValue("media", "password", "hunter2", err);
    });
    const QString out = m_dir->filePath(QStringLiteral("export.conf"));
    struct ExportPrompts : test::ScriptedPrompts {
        QString path;
        bool redact = true;
        QString askExport(QWidget *, const QString &, bool *r) override {
            *r = redact;
            return path;
        }
    } prompts;
    prompts.path = out;
    m_window->setPrompts(&prompts);
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    const auto exportAction = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) {
        return a->text() == QStringLiteral("&Export…");
    });
    QVERIFY(exportAction != actions.cend());
    (*exportAction)->trigger();
    const QByteArray exported = test::readFile(out);
    QVERIFY(exported.contains("password = ********"));
    QVERIFY(!exported.contains("hunter2"));
    m_window->setPrompts(&m_prompts);
}

void TestMainWindow::openLargeFileQuickly() {
    QByteArray big;
    for (int i = 0; i < 1000; ++i) {
        big += "[client" + QByteArray::number(i) +
               "]\ntype = websocket_client\nuri = ws://127.0.0.1:1/x\nconnection_timeout = 500\n"
               "enable_pingpongs = yes\n\n";
    }
    const QString path = m_dir->filePath(QStringLiteral("big.conf"));
    QVERIFY(test::writeFile(path, big));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_window->openFile(path));
    QCoreApplication::processEvents();
    const qint64 openMs = clock.elapsed();
    QVERIFY2(openMs < 1000, qPrintable(QStringLiteral("open took %1 ms").arg(openMs)));
    QCOMPARE(m_window->statusSummary(), QStringLiteral("1000 not connected"));

    // Typing stays cheap: no full analysis per key press.
    m_window->selectSection(QStringLiteral("client500"));
    QLineEdit *timeout = fieldEdit(QStringLiteral("connection_timeout"));
    clock.restart();
    QTest::keyClicks(timeout, QStringLiteral("123"));
    const qint64 typeMs = clock.elapsed();
    QVERIFY2(typeMs < 300, qPrintable(QStringLiteral("3 key presses took %1 ms").arg(typeMs)));
    QTRY_VERIFY(m_window->settingsForm()
                    ->field(QStringLiteral("connection_timeout"))
                    ->messageText()
                    .isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
