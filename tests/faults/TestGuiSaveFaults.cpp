// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TmpfsMount.h"

#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace wscm;

namespace {

const QByteArray config = "; media servers\r\n[media]\r\ntype = websocket_client\r\n"
                          "uri = ws://127.0.0.1:8088/ws   ; primary\r\n"
                          "connection_timeout = 500\r\n";

} // namespace

// The desktop app's save path on a real full disk, a real read-only mount, and a file deleted
// while open. The user's edit must survive every one of them: still in the window, offered a
// "Save as", and the file on disk untouched until a save really succeeds.
class TestGuiSaveFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();
    void diskFullOffersSaveAsAndKeepsBoth();
    void readOnlyFolderOffersSaveAsElsewhere();
    void deletedFileIsWrittenAgainOnlyAfterAsking();

private:
    void openOn(const QString &path);
    void editTimeout();

    TmpfsMount *m_disk = nullptr;
    MainWindow *m_window = nullptr;
    test::ScriptedPrompts m_prompts;
};

void TestGuiSaveFaults::init() {
    m_prompts = test::ScriptedPrompts();
    m_disk = new TmpfsMount;
    if (::geteuid() != 0)
        QSKIP("needs root to mount a tmpfs (root ignores permission bits, so only a mount "
              "makes a real full or read-only disk)");
    QString error;
    if (!m_disk->mount(64, &error))
        QSKIP(qPrintable(QStringLiteral("the kernel refused the test's tmpfs: ") + error));
}

void TestGuiSaveFaults::cleanup() {
    m_prompts.unsaved = UserPrompts::UnsavedChoice::Discard;
    delete m_window;
    m_window = nullptr;
    delete m_disk;
    m_disk = nullptr;
}

void TestGuiSaveFaults::openOn(const QString &path) {
    QVERIFY(test::writeFile(path, config));
    m_window = new MainWindow;
    m_window->setPrompts(&m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(path));
}

void TestGuiSaveFaults::editTimeout() {
    QString error;
    QVERIFY2(m_window->session()->edit(
                 QStringLiteral("timeout"),
                 [](ConfigDocument &document, QString *message) {
                     return document.setValue("media", "connection_timeout", "750", message);
                 },
                 &error),
             qPrintable(error));
    QVERIFY(m_window->session()->isModified());
}

void TestGuiSaveFaults::diskFullOffersSaveAsAndKeepsBoth() {
    const QString path = m_disk->filePath(QStringLiteral("websocket_client.conf"));
    openOn(path);
    editTimeout();
    QString error;
    QVERIFY2(m_disk->fill(&error), qPrintable(error));

    m_prompts.saveAsAfterFailure = false;
    QVERIFY(!m_window->save());
    QVERIFY2(m_prompts.asked.contains(QStringLiteral("save-as-offer")),
             qPrintable(m_prompts.asked.join(QLatin1Char(','))));
    QVERIFY2(m_prompts.lastError.contains(QStringLiteral("No space left on device")),
             qPrintable(m_prompts.lastError));
    QCOMPARE(test::readFile(path), config);
    QVERIFY(m_window->session()->isModified());
    QVERIFY(m_window->session()->document().bytes().contains("connection_timeout = 750"));

    m_disk->release();
    QVERIFY(m_window->save());
    QCOMPARE(test::readFile(path), m_window->session()->document().bytes());
    QVERIFY(!m_window->session()->isModified());
}

void TestGuiSaveFaults::readOnlyFolderOffersSaveAsElsewhere() {
    const QString path = m_disk->filePath(QStringLiteral("websocket_client.conf"));
    openOn(path);
    editTimeout();
    QString error;
    QVERIFY2(m_disk->setReadOnly(true, &error), qPrintable(error));

    QTemporaryDir elsewhere;
    m_prompts.saveAsAfterFailure = true;
    m_prompts.saveAsPath = elsewhere.filePath(QStringLiteral("copy.conf"));
    QVERIFY(m_window->save());
    QVERIFY2(m_prompts.lastError.contains(QStringLiteral("websocket_client.conf")),
             qPrintable(m_prompts.lastError));
    QCOMPARE(test::readFile(path), config);
    QCOMPARE(test::readFile(m_prompts.saveAsPath), m_window->session()->document().bytes());
    QVERIFY(test::readFile(m_prompts.saveAsPath).contains("connection_timeout = 750"));
}

void TestGuiSaveFaults::deletedFileIsWrittenAgainOnlyAfterAsking() {
    const QString path = m_disk->filePath(QStringLiteral("websocket_client.conf"));
    openOn(path);
    editTimeout();
    m_prompts.external = UserPrompts::ExternalChangeChoice::Keep;
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY2(m_prompts.asked.contains(QStringLiteral("external-modified")),
                 qPrintable(m_prompts.asked.join(QLatin1Char(','))));
    QVERIFY(m_window->session()->document().bytes().contains("connection_timeout = 750"));

    m_prompts.overwriteChanged = false;
    QVERIFY(!m_window->save());
    QCOMPARE(m_prompts.asked.last(), QStringLiteral("overwrite"));
    QVERIFY(!QFile::exists(path));

    m_prompts.overwriteChanged = true;
    QVERIFY(m_window->save());
    QCOMPARE(test::readFile(path), m_window->session()->document().bytes());
}

QTEST_MAIN(TestGuiSaveFaults)
#include "TestGuiSaveFaults.moc"
