// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "GuiTestSupport.h"
#include "LocalWebSocketServer.h"
#include "MainWindow.h"

#include <QAction>
#include <QTest>

using namespace wscm;

// Connection → Connect with Dial String… connects the section a dial string names with the
// URI chan_websocket gives that call (the code path of `wscm probe --dial`, recorded against
// Asterisk in tests/parity/dial), and refuses a dial string Asterisk would fail the call on.
// A real server on 127.0.0.1 tells what each upgrade request asked for.
class TestDialString : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void connectsTheCallsUri();
    void refusesWhatAsteriskRefuses_data();
    void refusesWhatAsteriskRefuses();

private:
    void dial(const QString &text);

    LocalWebSocketServer *m_server = nullptr;
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
    test::ScriptedPrompts m_prompts;
};

void TestDialString::init() {
    m_server = new LocalWebSocketServer;
    QVERIFY(m_server->listen());
    m_dir = new QTemporaryDir;
    const QString path = m_dir->filePath(QStringLiteral("websocket_client.conf"));
    const QByteArray config = "[media]\ntype = websocket_client\nconnection_type = "
                              "per_call_config\nuri = ws://127.0.0.1:" +
                              QByteArray::number(m_server->port()) + "/media?app=x\n";
    QVERIFY(test::writeFile(path, config));
    m_prompts = test::ScriptedPrompts();
    m_window = new MainWindow;
    m_window->setPrompts(&m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(path));
}

void TestDialString::cleanup() {
    delete m_window;
    m_window = nullptr;
    delete m_server;
    m_server = nullptr;
    delete m_dir;
}

void TestDialString::dial(const QString &text) {
    m_prompts.text = text;
    QAction *action = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("Connect with Dial &String…"))
            action = a;
    }
    QVERIFY(action);
    action->trigger();
    QCOMPARE(m_prompts.asked.value(0), QStringLiteral("text"));
}

void TestDialString::connectsTheCallsUri() {
    dial(QStringLiteral("WebSocket/media/v(call_id=42,name=J%C3%B6rg)"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestTargets(),
                              QStringList{QStringLiteral("/media?app=x&call_id=42&name=J%C3%B6rg")},
                              5000);
    QVERIFY(m_prompts.lastError.isEmpty());
}

void TestDialString::refusesWhatAsteriskRefuses_data() {
    QTest::addColumn<QString>("dial");
    QTest::addColumn<QString>("error");
    QTest::newRow("ids are case-sensitive") << "WebSocket/Media/v(call_id=42)"
                                            << "WebSocket client connection 'Media' not found";
    QTest::newRow("not URI-encoded") << "WebSocket/media/v(a=x y)"
                                     << "Invalid URI parameters 'a=x y' in WebSocket/media dial "
                                        "string";
}

void TestDialString::refusesWhatAsteriskRefuses() {
    QFETCH(QString, dial);
    QFETCH(QString, error);
    this->dial(dial);
    QCOMPARE(m_prompts.asked, (QStringList{QStringLiteral("text"), QStringLiteral("error")}));
    QCOMPARE(m_prompts.lastError, dial + QStringLiteral(": ") + error);
    QTest::qWait(300);
    QVERIFY(m_server->requestTargets().isEmpty());
}

QTEST_MAIN(TestDialString)
#include "TestDialString.moc"
