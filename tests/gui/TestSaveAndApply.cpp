// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

// Save and Apply in the real main window: the save question shows what the reload will do
// against the file last applied, the reload runs off the window's thread through the stand-in
// `asterisk` on the PATH (tests/cli's, writing a recorded reload's log lines to the log file
// that logger.conf beside the file names), and the result says what Asterisk's log confirmed.

#include "../cli/CliRun.h"
#include "ConfigSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "apply/LastApplied.h"

#include <QAction>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace wscm;

class TestSaveAndApply : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void savesPredictsReloadsAndConfirms();
    void refusedWhileInvalidUnlessConfirmed();
    void asteriskNotRunningKeepsTheSavedFile();

private:
    static QString caseFile(const char *name, const char *side) {
        return QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/reload/cases/%1/%2/"
                                              "websocket_client.conf")
            .arg(QLatin1StringView(name), QLatin1StringView(side));
    }
    QString path() const { return m_dir.filePath(QStringLiteral("pbx/websocket_client.conf")); }
    QString logFile() const { return m_dir.filePath(QStringLiteral("log/full")); }
    QString calls() const { return m_dir.filePath(QStringLiteral("asterisk-calls")); }
    QAction *saveAndApply(MainWindow &window) const {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Save and Apply"))
                return action;
        }
        return nullptr;
    }
    // A window on the "mixed" case's BEFORE file, applied before; its AFTER text as edits.
    void openEdited(MainWindow &window, test::ScriptedPrompts &prompts);

    QTemporaryDir m_dir;
};

void TestSaveAndApply::initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv(
        "PATH",
        (m_dir.filePath(QStringLiteral("bin")) + QStringLiteral(":/usr/bin:/bin")).toLocal8Bit());
    test::isolateSettings();
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("pbx"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("log"))));
    CliRun::write(m_dir.filePath(QStringLiteral("pbx")), QStringLiteral("logger.conf"),
                  "[logfiles]\nfull => notice,warning,error,verbose\n");
    CliRun::write(m_dir.filePath(QStringLiteral("pbx")), QStringLiteral("asterisk.conf"),
                  "[directories]\nastlogdir => " + m_dir.filePath("log").toUtf8() + "\n");
}

void TestSaveAndApply::openEdited(MainWindow &window, test::ScriptedPrompts &prompts) {
    QSettings().clear();
    QFile::remove(calls());
    CliRun::write(m_dir.filePath(QStringLiteral("log")), QStringLiteral("full"), "");
    const QByteArray before = CliRun::read(caseFile("mixed", "before"));
    CliRun::write(m_dir.filePath(QStringLiteral("pbx")), QStringLiteral("websocket_client.conf"),
                  before);
    QString error;
    QVERIFY2(LastApplied(ConfigLocation::local(path())).remember(before, &error),
             qPrintable(error));
    window.setPrompts(&prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path()));
    const QByteArray after = CliRun::read(caseFile("mixed", "after"));
    QVERIFY(
        window.session()->edit(QStringLiteral("paste"), [&](ConfigDocument &document, QString *) {
            document.setBytes(after);
            return true;
        }));
    window.session()->analyzeNow();
}

void TestSaveAndApply::savesPredictsReloadsAndConfirms() {
    QVERIFY(CliRun::installAsterisk(m_dir.filePath(QStringLiteral("bin")), calls(),
                                    "Module 'res_websocket_client' reloaded successfully.", 0,
                                    logFile(), CliRun::recordedReloadLog("mixed")));
    MainWindow window;
    test::ScriptedPrompts prompts;
    openEdited(window, prompts);
    QAction *action = saveAndApply(window);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    action->trigger();
    // [media-b] has an error: asked first, then the save question with the prediction.
    QCOMPARE(prompts.asked.mid(0, 2),
             (QStringList{QStringLiteral("confirm"), QStringLiteral("saveAndApply")}));
    QVERIFY2(prompts.lastPrediction.startsWith(
                 QStringLiteral("After a reload Asterisk will add [media-d]; change [media-a]; "
                                "keep the OLD [media-b], because the new one is invalid")),
             qPrintable(prompts.lastPrediction));
    QCOMPARE(test::readFile(path()), CliRun::read(caseFile("mixed", "after")));
    // The reload runs while the window goes on: the action waits for it.
    QVERIFY(!action->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(prompts.asked.contains(QStringLiteral("applyResult")), 20000);
    QVERIFY(action->isEnabled());
    QCOMPARE(CliRun::read(calls()), QByteArray("-rx module reload res_websocket_client\n"));
    QCOMPARE(prompts.lastApplyTitle, QStringLiteral("Reloaded; the log agrees"));
    QVERIFY(!prompts.lastApplyProblem);
    QVERIFY2(prompts.lastApplyResult.startsWith(
                 QStringLiteral("Asterisk's log agrees with the prediction: kept the old "
                                "[media-b]. The log does not show field values")),
             qPrintable(prompts.lastApplyResult));
}

void TestSaveAndApply::refusedWhileInvalidUnlessConfirmed() {
    QVERIFY(CliRun::installAsterisk(m_dir.filePath(QStringLiteral("bin")), calls(),
                                    "Module 'res_websocket_client' reloaded successfully."));
    MainWindow window;
    test::ScriptedPrompts prompts;
    prompts.confirmAnswer = false;
    openEdited(window, prompts);
    saveAndApply(window)->trigger();
    QCOMPARE(prompts.asked, QStringList{QStringLiteral("confirm")});
    QCOMPARE(test::readFile(path()), CliRun::read(caseFile("mixed", "before")));
    QVERIFY(!QFile::exists(calls()));
}

void TestSaveAndApply::asteriskNotRunningKeepsTheSavedFile() {
    QVERIFY(CliRun::installAsterisk(m_dir.filePath(QStringLiteral("bin")), calls(),
                                    "Unable to connect to remote asterisk (does "
                                    "/var/run/asterisk/asterisk.ctl exist?)",
                                    1));
    MainWindow window;
    test::ScriptedPrompts prompts;
    openEdited(window, prompts);
    saveAndApply(window)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(prompts.asked.contains(QStringLiteral("applyResult")), 20000);
    QVERIFY(prompts.lastApplyProblem);
    QCOMPARE(prompts.lastApplyTitle, QStringLiteral("Saved, not reloaded"));
    QVERIFY2(prompts.lastApplyResult.contains(QStringLiteral("is not running")),
             qPrintable(prompts.lastApplyResult));
    // Never rolled back.
    QCOMPARE(test::readFile(path()), CliRun::read(caseFile("mixed", "after")));
}

QTEST_MAIN(TestSaveAndApply)
#include "TestSaveAndApply.moc"
