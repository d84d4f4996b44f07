// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConnectionMonitor.h"
#include "GuiTestSupport.h"
#include "LocalWebSocketServer.h"
#include "MainWindow.h"
#include "OptionField.h"
#include "SettingsForm.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QHostAddress>
#include <QListView>
#include <QTest>

using namespace wscm;

// A whole session with the keys alone, in whatever language CTest runs it (English, and
// German through WSCM_TEST_LANGUAGE): go to the section's settings with the mnemonics the
// translation gives, Tab to its uri, type a new one, save with the keyboard and connect with
// the Connection menu's shortcut, until the section is connected to a real WebSocket server.
class TestKeyboardSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void editSaveConnect();
};

namespace {

// A text of the main window as the running translation shows it.
QString shown(const char *source) {
    return QCoreApplication::translate("wscm::MainWindow", source);
}

void altKey(QChar letter) {
    QVERIFY2(!letter.isNull(), "the text has no mnemonic");
    QTest::keyClick(QApplication::focusWidget(), letter.toLatin1(), Qt::AltModifier);
}

} // namespace

void TestKeyboardSession::editSaveConnect() {
    // Owns the connections it accepts: nothing is left for the leak checker.
    LocalWebSocketServer server;
    QVERIFY(server.listen());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(test::writeFile(path, "[media]\n"
                                  "type = websocket_client\n"
                                  "connection_type = persistent\n"
                                  "uri = ws://127.0.0.1:1/media\n"));
    test::ScriptedPrompts prompts; // confirms the save's diff, as Enter in its dialog would
    MainWindow window;
    window.setPrompts(&prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(path));

    // The Connections list by its label's mnemonic, the first row with the arrow keys.
    altKey(test::mnemonicOf(shown("C&onnections")));
    auto *clients = window.findChild<QListView *>(QStringLiteral("connectionsList"));
    QVERIFY(clients);
    QTRY_COMPARE(QApplication::focusWidget(), clients);
    QTest::keyClick(clients, Qt::Key_Home);
    QTRY_COMPARE(window.currentSection(), QStringLiteral("media"));

    // The Settings tab by its mnemonic, then Tab until the uri field has the focus.
    altKey(test::mnemonicOf(shown("Settin&gs")));
    OptionField *uri = window.settingsForm()->field(QStringLiteral("uri"));
    QVERIFY(uri);
    QTRY_VERIFY(window.settingsForm()->isVisible());
    for (int i = 0; i < 60 && QApplication::focusWidget() != uri->editor(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), uri->editor());
    const QString newUri = QStringLiteral("ws://127.0.0.1:%1/media").arg(server.port());
    QTest::keyClick(uri->editor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(uri->editor(), newUri);
    QTest::keyClick(uri->editor(), Qt::Key_Return);

    // Save by its shortcut; the file on disk has the new uri.
    QAction *save = test::actionNamed(&window, shown("&Save"));
    QVERIFY(save && !save->shortcut().isEmpty());
    QTest::keySequence(QApplication::focusWidget(), save->shortcut());
    QTRY_VERIFY(test::readFile(path).contains(("uri = " + newUri).toUtf8()));
    QCOMPARE(prompts.asked, QStringList{QStringLiteral("diff")});

    // Connect by the Connection menu's shortcut for the section shown.
    QAction *connectSection = test::actionNamed(&window, shown("&Connect"));
    QVERIFY(connectSection && !connectSection->shortcut().isEmpty());
    QTest::keySequence(QApplication::focusWidget(), connectSection->shortcut());
    QTRY_VERIFY_WITH_TIMEOUT(window.monitor()->health(QStringLiteral("media")).state ==
                                 ConnectionHealth::State::Connected,
                             10000);
    QTRY_VERIFY(server.connectionCount() > 0);
    window.disconnectAll();
}

QTEST_MAIN(TestKeyboardSession)
#include "TestKeyboardSession.moc"
