// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "../cli/CliRun.h"
#include "ConfigSession.h"
#include "ConnectionMonitor.h"
#include "EventLogDock.h"
#include "GuiTestSupport.h"
#include "HealthView.h"
#include "LocalWebSocketServer.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "SettingsForm.h"
#include "SshServer.h"
#include "UsedByList.h"
#include "apply/LastApplied.h"
#include "net/ConnectionManagerThread.h"

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wscm;

// The desktop app on a config file that lives on a PBX (the test's own sshd on 127.0.0.1):
// File → Open Remote…, an edit saved back with every other byte kept, the recent files, and
// the health of its sections measured from the PBX by the wscm installed there, or from this
// computer when there is none, each labelled with where it was measured.
class TestRemoteWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openEditSaveAndReopenFromRecent();
    void conflictOnTheHostShowsTheirChange();
    void conflictOnTheHostReappliesMyEdits();
    void healthIsMeasuredOnThePbx();
    void withoutWscmThereTheUserMayProbeFromHere();
    void neighboursOnThePbxAreReadAndRenamed();
    void saveAndApplyReloadsOnThePbx();
    void saveAndApplyLosingTheConnectionBeforeTheReload();

private:
    QAction *action(const QString &text) const;
    QString url() const { return m_server.url(m_path); }
    QByteArray read() const;
    // The remote file as applied before (the "mixed" case), with logger.conf, a stand-in
    // asterisk on the login's PATH, open in the window and edited to the case's AFTER.
    void openEditedForApply();

    SshServer m_server;
    LocalWebSocketServer m_ws;
    QTemporaryDir m_data; // where the app remembers what was applied
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_config;
    MainWindow *m_window = nullptr;
    QByteArray m_before; // for Save and Apply
    QByteArray m_after;
    QString m_calls; // what the stand-in asterisk on the PBX was asked
    test::ScriptedPrompts m_prompts;
};

void TestRemoteWindow::initTestCase() {
    test::isolateSettings();
    qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
    QString error;
    if (!m_server.start(&error))
        QSKIP(qPrintable(QStringLiteral("no test sshd here: ") + error));
    qputenv("WSCM_SSH_COMMAND", m_server.sshCommand().toUtf8());
    QVERIFY(m_ws.listen());
}

void TestRemoteWindow::init() {
    const QString wscm = QDir(m_server.binDir()).filePath(QStringLiteral("wscm"));
    QFile::remove(wscm);
    QVERIFY(QFile::link(QStringLiteral(WSCM_BINARY), wscm));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("websocket_client.conf"));
    m_config = "; on the PBX\r\n[live]\r\ntype = websocket_client\r\nuri = ws://127.0.0.1:" +
               QByteArray::number(m_ws.port()) +
               "/x\r\nconnection_type = persistent\r\nconnection_timeout = 500\r\n";
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(m_config) == m_config.size());
    file.close();
    m_prompts = test::ScriptedPrompts();
    m_prompts.remoteFile = url();
    m_window = new MainWindow;
    m_window->setPrompts(&m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestRemoteWindow::cleanup() {
    qputenv("WSCM_SSH_COMMAND", m_server.sshCommand().toUtf8());
    QFile::remove(QDir(m_server.binDir()).filePath(QStringLiteral("asterisk")));
    m_prompts.unsaved = UserPrompts::UnsavedChoice::Discard;
    delete m_window;
    m_window = nullptr;
    m_dir.reset();
}

QAction *TestRemoteWindow::action(const QString &text) const {
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

QByteArray TestRemoteWindow::read() const {
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestRemoteWindow::openEditedForApply() {
    const auto caseFile = [](const char *side) {
        return CliRun::read(QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/reload/cases/mixed/%1/"
                                                           "websocket_client.conf")
                                .arg(QLatin1StringView(side)));
    };
    m_before = caseFile("before");
    m_after = caseFile("after");
    QVERIFY(test::writeFile(m_path, m_before));
    const QString logDir = m_dir->filePath(QStringLiteral("log"));
    QVERIFY(QDir().mkpath(logDir));
    QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("logger.conf")),
                            "[logfiles]\nfull => notice,warning,error,verbose\n"));
    QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("asterisk.conf")),
                            "[directories]\nastlogdir => " + logDir.toUtf8() + "\n"));
    const QString logFile = QDir(logDir).filePath(QStringLiteral("full"));
    QVERIFY(test::writeFile(logFile, {}));
    m_calls = m_dir->filePath(QStringLiteral("asterisk-calls"));
    QVERIFY(CliRun::installAsterisk(
        m_server.binDir(), m_calls, "Module 'res_websocket_client' reloaded successfully.", 0,
        logFile, CliRun::recordedReloadLog(QStringLiteral("mixed")), true));
    QString error;
    QVERIFY2(LastApplied(ConfigLocation::parse(url())).remember(m_before, &error),
             qPrintable(error));

    QVERIFY(m_window->openFile(url()));
    QVERIFY(m_window->session()->edit(QStringLiteral("paste"), [&](ConfigDocument &doc, QString *) {
        doc.setBytes(m_after);
        return true;
    }));
}

void TestRemoteWindow::openEditSaveAndReopenFromRecent() {
    QAction *openRemote = action(QStringLiteral("Open Re&mote…"));
    QVERIFY(openRemote);
    openRemote->trigger();
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("remote-file")});
    QCOMPARE(m_window->session()->path(), url());
    QVERIFY2(m_window->windowTitle().startsWith(
                 QStringLiteral("websocket_client.conf on root@127.0.0.1:%1").arg(m_server.port())),
             qPrintable(m_window->windowTitle()));
    QCOMPARE(m_window->currentSection(), QStringLiteral("live"));
    QVERIFY(Preferences::recentFiles().contains(url()));

    QString error;
    QVERIFY2(m_window->session()->edit(
                 QStringLiteral("timeout"),
                 [](ConfigDocument &doc, QString *message) {
                     return doc.setValue("live", "connection_timeout", "750", message);
                 },
                 &error),
             qPrintable(error));
    QVERIFY(m_window->save());
    QCOMPARE(m_prompts.asked.last(), QStringLiteral("diff"));
    QVERIFY(m_prompts.lastDiff.contains(QStringLiteral("+connection_timeout = 750")));
    QByteArray expected = m_config;
    expected.replace("connection_timeout = 500", "connection_timeout = 750");
    QCOMPARE(read(), expected);
    QVERIFY(!m_window->session()->isModified());

    // The recent files menu names the host and opens the file there again.
    m_window->newFile();
    QMenu *recent = nullptr;
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("Open &Recent"))
            recent = menu;
    }
    QVERIFY(recent && !recent->actions().isEmpty());
    QAction *first = recent->actions().first();
    QVERIFY2(first->text().contains(QStringLiteral("websocket_client.conf on root@127.0.0.1")),
             qPrintable(first->text()));
    first->trigger();
    QCOMPARE(m_window->session()->path(), url());
    QCOMPARE(m_window->session()->document().bytes(), expected);
}

void TestRemoteWindow::conflictOnTheHostShowsTheirChange() {
    QVERIFY(m_window->openFile(url()));
    QString error;
    QVERIFY(m_window->session()->edit(
        QStringLiteral("timeout"), [](ConfigDocument &doc, QString *message) {
            return doc.setValue("live", "connection_timeout", "750", message);
        }));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::Append) && file.write("; their line\r\n") > 0);
    file.close();
    const QByteArray theirs = read();
    m_prompts.overwriteChanged = false;
    QVERIFY(!m_window->save());
    QCOMPARE(m_prompts.asked.last(), QStringLiteral("overwrite"));
    QVERIFY2(m_prompts.lastDiff.contains(QStringLiteral("-; their line")),
             qPrintable(m_prompts.lastDiff));
    QCOMPARE(read(), theirs);
    QVERIFY(m_window->session()->isModified());
}

// Someone on the PBX changed another line: the save writes theirs with mine reapplied, over
// SSH, every other byte (CRLF) as it was, and says which host it writes to.
void TestRemoteWindow::conflictOnTheHostReappliesMyEdits() {
    QVERIFY(m_window->openFile(url()));
    QVERIFY(m_window->session()->edit(
        QStringLiteral("timeout"), [](ConfigDocument &doc, QString *message) {
            return doc.setValue("live", "connection_timeout", "750", message);
        }));
    QByteArray theirs = m_config;
    theirs.replace("; on the PBX", "; on the PBX, edited there");
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
            file.write(theirs) == theirs.size());
    file.close();

    m_prompts.reapplyOnConflict = true;
    QVERIFY(m_window->save());
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("overwrite")});
    QCOMPARE(m_prompts.lastFileName,
             QStringLiteral("websocket_client.conf on root@127.0.0.1:%1").arg(m_server.port()));
    QVERIFY2(
        m_prompts.lastConflict.reapplyDiff.contains(QStringLiteral("+connection_timeout = 750")),
        qPrintable(m_prompts.lastConflict.reapplyDiff));
    QByteArray expected = theirs;
    expected.replace("connection_timeout = 500", "connection_timeout = 750");
    QCOMPARE(read(), expected);
    QCOMPARE(m_window->session()->document().bytes(), expected);
    QVERIFY(!m_window->session()->isModified());
}

void TestRemoteWindow::healthIsMeasuredOnThePbx() {
    QVERIFY(m_window->openFile(url()));
    m_window->showTab(MainWindow::Tab::Health);
    QCOMPARE(m_window->healthView()->measuredFromText(), QStringLiteral("this computer"));
    m_window->connectAll();
    QVERIFY(m_window->remoteProbe());
    const QString host = QStringLiteral("root@127.0.0.1:%1").arg(m_server.port());
    QCOMPARE(m_window->monitor()->measuredFrom(), host);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->monitor()->health(QStringLiteral("live")).state,
                              ConnectionHealth::State::Connected, 30000);
    QTRY_COMPARE(m_window->healthView()->measuredFromText(), host);
    QTRY_VERIFY(m_window->healthView()->stateText().contains(QStringLiteral("connected")));
    // The connection was made by the wscm on the host, not by this window.
    QVERIFY(m_window->connections()->health(QStringLiteral("live")).state !=
            ConnectionHealth::State::Connected);
    QVERIFY(m_ws.connectionCount() > 0);
    QVERIFY(m_window->eventLog()->view()->model()->rowCount() > 0);
    m_window->disconnectAll();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->remoteProbe()->isRunning(), 15000);
    QTRY_COMPARE(m_window->monitor()->health(QStringLiteral("live")).state,
                 ConnectionHealth::State::Stopped);
}

void TestRemoteWindow::withoutWscmThereTheUserMayProbeFromHere() {
    QVERIFY(QFile::remove(QDir(m_server.binDir()).filePath(QStringLiteral("wscm"))));
    QVERIFY(m_window->openFile(url()));
    m_prompts.confirmAnswer = true;
    m_window->connectAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_prompts.asked.contains(QStringLiteral("confirm")), 30000);
    QCOMPARE(m_window->monitor()->measuredFrom(), QStringLiteral("this computer"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->monitor()->health(QStringLiteral("live")).state,
                              ConnectionHealth::State::Connected, 30000);
    m_window->showTab(MainWindow::Tab::Health);
    QTRY_COMPARE(m_window->healthView()->measuredFromText(), QStringLiteral("this computer"));
    m_window->disconnectAll();
}

// ari.conf and extensions.conf beside the remote file are read on the PBX, through the same
// login, and a rename writes them back there with only the ids changed.
void TestRemoteWindow::neighboursOnThePbxAreReadAndRenamed() {
    const QByteArray ari =
        "[voicebot]\r\ntype = outbound_websocket\r\nwebsocket_client_id = live\r\n"
        "apps = voicebot\r\nlocal_ari_user = bot\r\n[bot]\r\ntype = user\r\n"
        "password = s3cret\r\n";
    const QByteArray extensions = "[calls]\nexten => 1,1,Dial(WebSocket/live/c(ulaw)) ; live\n";
    QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("ari.conf")), ari));
    QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("extensions.conf")), extensions));
    QVERIFY(m_window->openFile(url()));
    m_window->selectSection(QStringLiteral("live"));
    const QList<QPushButton *> entries = m_window->settingsForm()->usedBy()->entries();
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.at(0)->text().contains(QStringLiteral("(ari.conf:3)")));
    QVERIFY(entries.at(1)->text().startsWith(QStringLiteral("extensions.conf:2 ")));

    m_prompts.text = QStringLiteral("media");
    QAction *rename = action(QStringLiteral("&Rename Section…"));
    QVERIFY(rename);
    rename->trigger();
    QVERIFY(m_prompts.asked.contains(QStringLiteral("references")));
    QCOMPARE(m_prompts.lastReferenceChanges.size(), 2);
    QVERIFY2(m_prompts.lastReferenceChanges.at(0).fileName.startsWith(
                 QStringLiteral("ari.conf on root@127.0.0.1")),
             qPrintable(m_prompts.lastReferenceChanges.at(0).fileName));
    QVERIFY(!m_prompts.asked.contains(QStringLiteral("error")));
    const auto bytes = [this](const char *name) {
        QFile file(m_dir->filePath(QString::fromLatin1(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QCOMPARE(bytes("ari.conf"), QByteArray(ari).replace("= live\r", "= media\r"));
    QCOMPARE(bytes("extensions.conf"),
             QByteArray(extensions).replace("WebSocket/live/", "WebSocket/media/"));
}

// Save and Apply on a remote file: saved over SSH, then `asterisk -rx` run on the PBX through
// the same login (a stand-in on the login's PATH, none on this side), and the reload confirmed
// from the log that the logger.conf beside the remote file names, read there too.
void TestRemoteWindow::saveAndApplyReloadsOnThePbx() {
    openEditedForApply();
    if (QTest::currentTestFailed())
        return;
    QAction *apply = test::actionNamed(m_window, QStringLiteral("Save and Apply"));
    QVERIFY(apply);
    apply->trigger();
    // [media-b] has an error: asked first, then the save question with the prediction made
    // against what was applied on that host.
    QCOMPARE(m_prompts.asked.mid(0, 2),
             (QStringList{QStringLiteral("confirm"), QStringLiteral("saveAndApply")}));
    QVERIFY2(m_prompts.lastPrediction.startsWith(
                 QStringLiteral("After a reload Asterisk will add [media-d]; change [media-a]; "
                                "keep the OLD [media-b], because the new one is invalid")),
             qPrintable(m_prompts.lastPrediction));
    QCOMPARE(read(), m_after);
    QTRY_VERIFY_WITH_TIMEOUT(m_prompts.asked.contains(QStringLiteral("applyResult")), 60000);
    QVERIFY(apply->isEnabled());
    QCOMPARE(CliRun::read(m_calls),
             QByteArray("-rx module reload res_websocket_client via-ssh=yes\n"));
    QCOMPARE(m_prompts.lastApplyTitle, QStringLiteral("Reloaded; the log agrees"));
    QVERIFY(!m_prompts.lastApplyProblem);
    QVERIFY2(m_prompts.lastApplyResult.startsWith(
                 QStringLiteral("Asterisk's log agrees with the prediction: kept the old "
                                "[media-b]. The log does not show field values")),
             qPrintable(m_prompts.lastApplyResult));
    QVERIFY(!m_window->session()->isModified());
}

// The SSH connection is lost after the save, when the reload would run: the file stays
// saved, nothing ran on the PBX, the result says so, and what counts as applied there is
// still the file applied before.
void TestRemoteWindow::saveAndApplyLosingTheConnectionBeforeTheReload() {
    openEditedForApply();
    if (QTest::currentTestFailed())
        return;
    const QString dropping = m_server.sshCommandDroppingOn("module reload");
    QVERIFY(!dropping.isEmpty());
    qputenv("WSCM_SSH_COMMAND", dropping.toUtf8());
    test::actionNamed(m_window, QStringLiteral("Save and Apply"))->trigger();
    QCOMPARE(read(), m_after);
    QTRY_VERIFY_WITH_TIMEOUT(m_prompts.asked.contains(QStringLiteral("applyResult")), 60000);
    QVERIFY(m_prompts.lastApplyProblem);
    QCOMPARE(m_prompts.lastApplyTitle, QStringLiteral("Saved, not reloaded"));
    QVERIFY2(
        m_prompts.lastApplyResult.startsWith(
            QStringLiteral("The file is saved. nothing was reloaded: the SSH connection to "
                           "root@127.0.0.1:%1 was lost (Connection closed by 127.0.0.1 port 22)")
                .arg(m_server.port())),
        qPrintable(m_prompts.lastApplyResult));
    QVERIFY(!QFile::exists(m_calls));
    QCOMPARE(read(), m_after);
    QVERIFY(!m_window->session()->isModified());
    QCOMPARE(test::readFile(LastApplied(ConfigLocation::parse(url())).existingPath()), m_before);
}

QTEST_MAIN(TestRemoteWindow)
#include "TestRemoteWindow.moc"
