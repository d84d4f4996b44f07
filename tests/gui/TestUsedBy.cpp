// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "GuiTestSupport.h"
#include "HealthView.h"
#include "MainWindow.h"
#include "NeighbourViewer.h"
#include "NumberedTextView.h"
#include "SaveDiffDialog.h"
#include "SettingsForm.h"
#include "UsedByList.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>

using namespace wscm;

// A folder as /etc/asterisk holds it: websocket_client.conf with ari.conf and extensions.conf
// beside it. The window shows what uses each client, opens those lines read-only, says what
// a failing client takes down, and renames a client's ids in both files, touching nothing else.
class TestUsedBy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void usedByNamesEachUseWithItsLine();
    void anEntryOpensItsLineReadOnly();
    void anEntryOpensFromTheKeyboard();
    void anUnusedClientSaysSo();
    void crossFileFindingsShowWithTheSection();
    void aFailingClientSaysWhatItTakesDown();
    void renamingRenamesTheReferencesAndNothingElse();
    void declinedReferencesStayAsTheyWere();
    void aNeighbourChangedSinceReadIsNotWritten();
    void theDiffDialogShowsEachFile();
    void findingsAboutNoClientAreCounted();

private:
    void openWindow();
    void rename(const QString &from, const QString &to);
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    test::ScriptedPrompts m_prompts;
};

namespace {

const QByteArray clients = "[media]\n"
                           "type = websocket_client\n"
                           "connection_type = persistent\n"
                           "uri = ws://127.0.0.1:1/media\n"
                           "\n"
                           "[spare]\n"
                           "type = websocket_client\n"
                           "connection_type = per_call_config\n"
                           "uri = ws://127.0.0.1:1/spare\n"
                           "\n"
                           "[broken]\n"
                           "type = websocket_client\n"
                           "connection_type = per_call_config\n";

// CRLF, comments and blanks: what the rename must leave byte for byte.
const QByteArray ari = "; ARI's outbound websockets\r\n"
                       "[voicebot]\r\n"
                       "type = outbound_websocket\r\n"
                       "websocket_client_id = media    ; the media server\r\n"
                       "apps = voicebot\r\n"
                       "local_ari_user = bot\r\n"
                       "\r\n"
                       "[bot]\r\n"
                       "type = user\r\n"
                       "password = s3cret\r\n";

const QByteArray extensions = "[from-sip]\n"
                              "exten => 100,1,Answer()\n"
                              " same => n,Dial(WebSocket/media/c(ulaw),30)\n"
                              "exten => 101,1,Dial(WebSocket/media/d(sideways))\n"
                              "exten => 102,1,Dial(WebSocket/broken)\n"
                              "exten => 103,1,Dial(PJSIP/media)\n";

} // namespace

void TestUsedBy::initTestCase() {
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void TestUsedBy::init() {
    m_prompts = test::ScriptedPrompts();
    QVERIFY(test::writeFile(path("websocket_client.conf"), clients));
    QVERIFY(test::writeFile(path("ari.conf"), ari));
    QVERIFY(test::writeFile(path("extensions.conf"), extensions));
    openWindow();
}

void TestUsedBy::cleanup() {
    delete m_window;
    m_window = nullptr;
}

void TestUsedBy::openWindow() {
    m_window = new MainWindow;
    m_window->setPrompts(&m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(path("websocket_client.conf")));
    m_window->showTab(MainWindow::Tab::Settings);
}

void TestUsedBy::rename(const QString &from, const QString &to) {
    m_window->selectSection(from);
    m_prompts.text = to;
    QAction *action = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("&Rename Section…"))
            action = a;
    }
    QVERIFY(action && action->isEnabled());
    action->trigger();
}

void TestUsedBy::usedByNamesEachUseWithItsLine() {
    m_window->selectSection(QStringLiteral("media"));
    UsedByList *list = m_window->settingsForm()->usedBy();
    QVERIFY(list->isVisible());
    const QList<QPushButton *> entries = list->entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0)->text(), QStringLiteral("ARI outbound websocket “voicebot”, apps "
                                                   "voicebot (ari.conf:4)"));
    QCOMPARE(entries.at(0)->accessibleName(),
             QStringLiteral("Open ari.conf at line 4: ARI outbound websocket voicebot"));
    QCOMPARE(entries.at(1)->text(),
             QStringLiteral("extensions.conf:3 [from-sip] WebSocket/media/c(ulaw)"));
    QCOMPARE(entries.at(1)->accessibleName(),
             QStringLiteral("Open extensions.conf at line 3: dial string WebSocket/media/c(ulaw) "
                            "in context from-sip"));
    QCOMPARE(entries.at(2)->text(),
             QStringLiteral("extensions.conf:4 [from-sip] WebSocket/media/d(sideways)"));
    // PJSIP/media names no websocket client.
    QVERIFY(!list->text().contains(QStringLiteral("PJSIP")));
    for (QPushButton *entry : entries)
        QVERIFY(entry->isVisible() && entry->focusPolicy() & Qt::TabFocus);
}

void TestUsedBy::anEntryOpensItsLineReadOnly() {
    m_window->selectSection(QStringLiteral("media"));
    QPushButton *entry = m_window->settingsForm()->usedBy()->entries().at(0);
    QTest::mouseClick(entry, Qt::LeftButton);
    auto *viewer = m_window->findChild<NeighbourViewer *>();
    QVERIFY(viewer);
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    NumberedTextView *text = viewer->textView();
    QVERIFY(text->isReadOnly());
    QCOMPARE(text->textCursor().blockNumber() + 1, 4);
    QCOMPARE(text->textCursor().selectedText(),
             QStringLiteral("websocket_client_id = media    ; the media server"));
    // The line shows: scrolled to, not only selected.
    QVERIFY(text->cursorRect().intersects(text->viewport()->rect()));
    // The user's password is not shown, in this view either.
    QVERIFY(!text->toPlainText().contains(QStringLiteral("s3cret")));
    QCOMPARE(text->document()->blockCount(), 11);
    QVERIFY(text->accessibleName().contains(QStringLiteral("ari.conf")));
    QVERIFY(viewer->windowTitle().contains(QStringLiteral("read-only")));
    viewer->close();
}

void TestUsedBy::anEntryOpensFromTheKeyboard() {
    m_window->selectSection(QStringLiteral("media"));
    QPushButton *entry = m_window->settingsForm()->usedBy()->entries().at(2);
    entry->setFocus();
    QTest::keyClick(entry, Qt::Key_Space);
    auto *viewer = m_window->findChild<NeighbourViewer *>();
    QVERIFY(viewer);
    QCOMPARE(viewer->textView()->textCursor().blockNumber() + 1, 4);
    QCOMPARE(viewer->textView()->textCursor().selectedText(),
             QStringLiteral("exten => 101,1,Dial(WebSocket/media/d(sideways))"));
    viewer->close();
}

void TestUsedBy::anUnusedClientSaysSo() {
    m_window->selectSection(QStringLiteral("spare"));
    UsedByList *list = m_window->settingsForm()->usedBy();
    QVERIFY(list->entries().isEmpty());
    QVERIFY2(list->text().contains(
                 QStringLiteral("Nothing in ari.conf or extensions.conf uses this client")),
             qPrintable(list->text()));
    QVERIFY(list->text().contains(QStringLiteral("externalMedia")));
}

void TestUsedBy::crossFileFindingsShowWithTheSection() {
    m_window->selectSection(QStringLiteral("media"));
    const QString banner = m_window->settingsForm()->bannerText();
    QVERIFY2(banner.contains(QStringLiteral("extensions.conf:4 [from-sip]: Asterisk's error: "
                                            "WebSocket/media/d(sideways): Unrecognized option "
                                            "for media direction")),
             qPrintable(banner));
    // A dial string naming the client that does not load is the client's problem too.
    m_window->selectSection(QStringLiteral("broken"));
    QVERIFY2(m_window->settingsForm()->bannerText().contains(
                 QStringLiteral("extensions.conf:5 [from-sip]: Asterisk's error: "
                                "WebSocket/broken: WebSocket client connection 'broken' not "
                                "found")),
             qPrintable(m_window->settingsForm()->bannerText()));
}

void TestUsedBy::aFailingClientSaysWhatItTakesDown() {
    m_window->showTab(MainWindow::Tab::Health);
    m_window->selectSection(QStringLiteral("broken"));
    QCOMPARE(m_window->healthView()->takesDownText(),
             QStringLiteral("1 dial string in extensions.conf"));
    // Its dial string is corrected in extensions.conf, not in this file's Raw tab.
    QVERIFY2(m_window->healthView()->hintText().contains(
                 QStringLiteral("Correct the lines named in extensions.conf")),
             qPrintable(m_window->healthView()->hintText()));
    // One that is not failing takes nothing down (yet).
    m_window->selectSection(QStringLiteral("spare"));
    QCOMPARE(m_window->healthView()->takesDownText(), QString());
}

void TestUsedBy::renamingRenamesTheReferencesAndNothingElse() {
    rename(QStringLiteral("media"), QStringLiteral("voice"));
    const QStringList asked{QStringLiteral("text"), QStringLiteral("references")};
    QCOMPARE(m_prompts.asked, asked);
    QCOMPARE(m_prompts.lastReferenceChanges.size(), 2);
    QCOMPARE(m_prompts.lastReferenceChanges.at(0).fileName,
             QStringLiteral("ari.conf on this computer"));
    const QString ariDiff = m_prompts.lastReferenceChanges.at(0).diff;
    QVERIFY2(
        ariDiff.contains(QStringLiteral("-websocket_client_id = media    ; the media server")) &&
            ariDiff.contains(QStringLiteral("+websocket_client_id = voice    ; the media server")),
        qPrintable(ariDiff));
    QCOMPARE(test::readFile(path("ari.conf")),
             QByteArray(ari).replace("= media    ;", "= voice    ;"));
    QCOMPARE(test::readFile(path("extensions.conf")),
             QByteArray(extensions)
                 .replace("WebSocket/media/c(ulaw)", "WebSocket/voice/c(ulaw)")
                 .replace("WebSocket/media/d(sideways)", "WebSocket/voice/d(sideways)"));
    // websocket_client.conf is renamed in the document, saved when the user saves.
    QVERIFY(m_window->session()->isModified());
    QCOMPARE(test::readFile(path("websocket_client.conf")), clients);
    // Read again: the renamed client is used as before.
    QCOMPARE(m_window->currentSection(), QStringLiteral("voice"));
    QCOMPARE(m_window->settingsForm()->usedBy()->entries().size(), 3);
}

void TestUsedBy::declinedReferencesStayAsTheyWere() {
    m_prompts.renameReferences = false;
    rename(QStringLiteral("media"), QStringLiteral("voice"));
    QVERIFY(m_prompts.asked.contains(QStringLiteral("references")));
    QCOMPARE(test::readFile(path("ari.conf")), ari);
    QCOMPARE(test::readFile(path("extensions.conf")), extensions);
    QVERIFY(m_window->session()->document().bytes().contains("[voice]"));
}

void TestUsedBy::aNeighbourChangedSinceReadIsNotWritten() {
    const QByteArray theirs = QByteArray(extensions) + "exten => 104,1,Hangup()\n";
    QVERIFY(test::writeFile(path("extensions.conf"), theirs));
    rename(QStringLiteral("media"), QStringLiteral("voice"));
    QVERIFY(m_prompts.asked.contains(QStringLiteral("error")));
    QVERIFY2(m_prompts.lastError.contains(path("extensions.conf")),
             qPrintable(m_prompts.lastError));
    // Theirs stays whole; the other file was written whole.
    QCOMPARE(test::readFile(path("extensions.conf")), theirs);
    QCOMPARE(test::readFile(path("ari.conf")),
             QByteArray(ari).replace("= media    ;", "= voice    ;"));
}

void TestUsedBy::theDiffDialogShowsEachFile() {
    SaveDiffDialog dialog(
        QStringLiteral("Rename"), QStringLiteral("These files name [media]."),
        {{QStringLiteral("ari.conf on this computer"), QStringLiteral("-a\n+b")},
         {QStringLiteral("extensions.conf on this computer"), QStringLiteral("-c\n+d")}});
    const QList<QTextEdit *> views = dialog.findChildren<QTextEdit *>();
    QCOMPARE(views.size(), 2);
    QCOMPARE(views.at(0)->accessibleName(),
             QStringLiteral("Changes to be saved in ari.conf on this computer"));
    QCOMPARE(views.at(1)->toPlainText(), QStringLiteral("-c\n+d"));
    QVERIFY(views.at(0)->isReadOnly());
}

void TestUsedBy::findingsAboutNoClientAreCounted() {
    // A typo in websocket_client_id: Asterisk refuses the outbound websocket, and no section
    // of this file is the one it meant.
    QVERIFY(test::writeFile(path("ari.conf"), QByteArray(ari) + "[typo]\r\n"
                                                                "type = outbound_websocket\r\n"
                                                                "websocket_client_id = medai\r\n"
                                                                "apps = typo\r\n"
                                                                "local_ari_user = bot\r\n"));
    QVERIFY(m_window->openFile(path("websocket_client.conf")));
    QLabel *summary = nullptr;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Connection summary"))
            summary = label;
    }
    QVERIFY(summary);
    QVERIFY2(
        summary->text().contains(QStringLiteral("in ari.conf or extensions.conf about no client")),
        qPrintable(summary->text()));
    QVERIFY2(summary->toolTip().contains(path("ari.conf") + QStringLiteral(":13: error: [typo] "
                                                                           "Outbound websocket "
                                                                           "invalid websocket "
                                                                           "client id 'medai'")),
             qPrintable(summary->toolTip()));
    // The typo is no problem of [media]'s.
    m_window->selectSection(QStringLiteral("media"));
    QVERIFY(!m_window->settingsForm()->bannerText().contains(QStringLiteral("medai")));
}

QTEST_MAIN(TestUsedBy)
#include "TestUsedBy.moc"
