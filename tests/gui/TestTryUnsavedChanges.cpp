// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "GuiTestSupport.h"
#include "LocalWebSocketServer.h"
#include "MainWindow.h"
#include "OptionField.h"
#include "SettingsForm.h"
#include "config/AsteriskUri.h"
#include "net/ConnectionEvent.h"
#include "net/ConnectionManagerThread.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace wscm;

// Connections run the saved file; "Try Unsaved Changes" runs the edits instead, restarted
// once typing pauses. A real server on 127.0.0.1 tells which settings a connection runs: the
// path of each upgrade request it receives.
class TestTryUnsavedChanges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void unsavedEditRunsOnlyOnceSaved();
    void newSectionConnectsOnlyOnceSaved();
    void tryingRestartsOnceAfterTyping();

private:
    QLineEdit *uriField() const;
    QAction *tryAction() const;
    int connectingEvents() const;
    QString summaryLabel() const;

    LocalWebSocketServer *m_server = nullptr;
    // The paths of the upgrade requests, in order.
    QStringList paths() const {
        QStringList paths;
        for (const QNetworkRequest &request : m_server->requests())
            paths << request.url().path();
        return paths;
    }
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    MainWindow *m_window = nullptr;
    test::ScriptedPrompts m_prompts;
    QSignalSpy *m_events = nullptr;
};

namespace {

// Longer than the pause Try Unsaved Changes waits for: a restart that was to come has come.
constexpr int settleMs = 1600;

} // namespace

void TestTryUnsavedChanges::init() {
    m_server = new LocalWebSocketServer;
    QVERIFY(m_server->listen());
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("websocket_client.conf"));
    const QByteArray config = "[live]\ntype = websocket_client\nconnection_type = persistent\n"
                              "uri = ws://127.0.0.1:" +
                              QByteArray::number(m_server->port()) +
                              "/saved\nreconnect_interval = 200\n";
    QVERIFY(test::writeFile(m_path, config));
    m_prompts = test::ScriptedPrompts();
    m_prompts.saveDiff = true;
    m_window = new MainWindow;
    m_window->setPrompts(&m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(m_path));
    m_events = new QSignalSpy(m_window->connections(), &HealthSource::eventOccurred);
    m_window->connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(paths(), QStringList{QStringLiteral("/saved")}, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusSummary(), QStringLiteral("1 connected"), 5000);
    m_events->clear();
}

void TestTryUnsavedChanges::cleanup() {
    delete m_events;
    m_events = nullptr;
    delete m_window;
    m_window = nullptr;
    delete m_server;
    m_server = nullptr;
    delete m_dir;
}

QLineEdit *TestTryUnsavedChanges::uriField() const {
    return qobject_cast<QLineEdit *>(
        m_window->settingsForm()->field(QStringLiteral("uri"))->editor());
}

QAction *TestTryUnsavedChanges::tryAction() const {
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Try &Unsaved Changes"))
            return action;
    }
    return nullptr;
}

QString TestTryUnsavedChanges::summaryLabel() const {
    for (const QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Connection summary"))
            return label->text();
    }
    return {};
}

int TestTryUnsavedChanges::connectingEvents() const {
    int count = 0;
    for (const QList<QVariant> &arguments : *m_events) {
        if (arguments.first().value<ConnectionEvent>().kind == ConnectionEvent::Kind::Connecting)
            ++count;
    }
    return count;
}

void TestTryUnsavedChanges::unsavedEditRunsOnlyOnceSaved() {
    QVERIFY(tryAction());
    QVERIFY(!tryAction()->isChecked());
    QLineEdit *uri = uriField();
    uri->setFocus();
    uri->end(false);
    uri->backspace(); // an edit per key, as typed: "/save", then "/saveX"
    QTest::keyClicks(uri, QStringLiteral("X"));
    QVERIFY(m_window->session()->isModified());
    m_window->session()->analyzeNow();
    QCOMPARE(m_window->session()->clientsToRun().size(), 1);
    QVERIFY(AsteriskUri::parse(m_window->session()->clientsToRun().first().uriText.toUtf8())
                .path()
                .value_or(QByteArray()) == "saved");
    QVERIFY(!m_window->session()->runsUnsaved(QStringLiteral("live")));
    // Absence can only be shown by waiting: no restart comes for the unsaved uri.
    QTest::qWait(settleMs);
    QCOMPARE(paths(), QStringList{QStringLiteral("/saved")});
    QCOMPARE(connectingEvents(), 0);
    QVERIFY(!summaryLabel().contains(QStringLiteral("trying")));

    // Saved, the connection restarts once with what the file now holds.
    QVERIFY(m_window->save());
    QTRY_COMPARE_WITH_TIMEOUT(paths().size(), 2, 5000);
    QCOMPARE(paths().last(), QStringLiteral("/saveX"));
    QVERIFY(AsteriskUri::parse(m_window->session()->clientsToRun().first().uriText.toUtf8())
                .path()
                .value_or(QByteArray()) == "saveX");
}

void TestTryUnsavedChanges::newSectionConnectsOnlyOnceSaved() {
    QVERIFY(m_window->session()->edit(QStringLiteral("t"), [this](ConfigDocument &doc, QString *) {
        doc.setBytes(doc.bytes() +
                     "\n[fresh]\ntype = websocket_client\n"
                     "connection_type = persistent\nuri = ws://127.0.0.1:" +
                     QByteArray::number(m_server->port()) + "/fresh\n");
        return true;
    }));
    m_window->session()->analyzeNow();
    QVERIFY(m_window->session()->category(QStringLiteral("fresh")));
    QCOMPARE(m_window->connections()->names(), QStringList{QStringLiteral("live")});
    QVERIFY(m_window->save());
    QCOMPARE(m_window->connections()->names(),
             (QStringList{QStringLiteral("live"), QStringLiteral("fresh")}));
    // Connect All was given: the saved section joins the running ones.
    QTRY_VERIFY_WITH_TIMEOUT(paths().contains(QStringLiteral("/fresh")), 5000);
}

void TestTryUnsavedChanges::tryingRestartsOnceAfterTyping() {
    QAction *trying = tryAction();
    QVERIFY(trying);
    trying->trigger();
    QVERIFY(m_window->session()->isTryingUnsaved());
    QLineEdit *uri = uriField();
    uri->setFocus();
    uri->end(false);
    // Ten edits, each well inside the pause the restart waits for.
    QTest::keyClicks(uri, QStringLiteral("0123456789"), Qt::NoModifier, 50);
    QVERIFY(m_window->session()->document().bytes().contains("/saved0123456789\n"));
    QTRY_COMPARE_WITH_TIMEOUT(paths().size(), 2, 5000);
    QCOMPARE(paths().last(), QStringLiteral("/saved0123456789"));
    QTRY_VERIFY(m_window->session()->runsUnsaved(QStringLiteral("live")));
    QTRY_VERIFY(summaryLabel().contains(QStringLiteral("1 trying unsaved changes")));
    QTest::qWait(settleMs);
    QCOMPARE(paths().size(), 2);
    QCOMPARE(connectingEvents(), 1);

    // Saved, the trial is the file: nothing restarts, nothing is labelled.
    QSignalSpy labelled(m_window->session(), &ConfigSession::runsUnsavedChanged);
    QVERIFY(m_window->save());
    QVERIFY(!m_window->session()->runsUnsaved(QStringLiteral("live")));
    QCOMPARE(labelled.size(), 1);
    QVERIFY(!summaryLabel().contains(QStringLiteral("trying")));
    // Back to the saved file after another trial edit: unchecking restarts at once.
    QTest::keyClicks(uri, QStringLiteral("Z"));
    m_window->session()->settleClientsToRun();
    QTRY_COMPARE_WITH_TIMEOUT(paths().size(), 3, 5000);
    QCOMPARE(paths().last(), QStringLiteral("/saved0123456789Z"));
    trying->trigger();
    QVERIFY(!m_window->session()->isTryingUnsaved());
    QVERIFY(!m_window->session()->runsUnsaved(QStringLiteral("live")));
    QTRY_COMPARE_WITH_TIMEOUT(paths().size(), 4, 5000);
    QCOMPARE(paths().last(), QStringLiteral("/saved0123456789"));
}

QTEST_MAIN(TestTryUnsavedChanges)
#include "TestTryUnsavedChanges.moc"
