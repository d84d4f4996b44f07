// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/stat.h>

using namespace wscm;

namespace {

const QByteArray config = "; media servers\r\n"
                          "[media]\r\n"
                          "type = websocket_client\r\n"
                          "uri = ws://127.0.0.1:1/media   ; primary\r\n"
                          "connection_timeout = 500\r\n"
                          "#include extra.conf\r\n";
const QByteArray extra = "[extra]\ntype = websocket_client\nuri = ws://127.0.0.1:1/x\n";

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

ino_t inode(const QString &path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

} // namespace

// Open, save, save as, conflicts and export of ConfigSession on real files, with no window:
// what the app does with a file is decided here, the window only asks the user.
class TestConfigSession : public QObject {
    Q_OBJECT
private slots:
    void init();
    void opensFileWithIncludes();
    void failedOpenKeepsDocument();
    void saveWritesOnlyTheEditedLine();
    void changedSinceReadIsPlannedWithTheirDiff();
    void changeAfterThePlanIsAConflict();
    void removedFileIsAChange();
    void unchangedTargetIsNotRewritten();
    void saveAsMovesTheSession();
    void failedWriteLosesNothing();
    void exportRedactsAndLeavesTheSessionAlone();

private:
    void editTimeout(ConfigSession &session, const QByteArray &value);
    // Opens the test's file and changes connection_timeout to 750.
    void openEdited(ConfigSession &session);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestConfigSession::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(writeFile(m_path, config));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("extra.conf")), extra));
}

void TestConfigSession::editTimeout(ConfigSession &session, const QByteArray &value) {
    QString error;
    QVERIFY2(session.edit(
                 QStringLiteral("timeout"),
                 [&](ConfigDocument &document, QString *message) {
                     return document.setValue("media", "connection_timeout", value, message);
                 },
                 &error),
             qPrintable(error));
}

void TestConfigSession::openEdited(ConfigSession &session) {
    QString error;
    QVERIFY2(session.open(m_path, &error), qPrintable(error));
    editTimeout(session, "750");
}

void TestConfigSession::opensFileWithIncludes() {
    ConfigSession session;
    QSignalSpy paths(&session, &ConfigSession::pathChanged);
    QString error;
    QVERIFY2(session.open(m_path, &error), qPrintable(error));
    QCOMPARE(session.path(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(paths.count(), 1);
    QCOMPARE(session.displayName(), QStringLiteral("websocket_client.conf"));
    QCOMPARE(session.hostLabel(), QStringLiteral("this computer"));
    QVERIFY(!session.isRemote());
    QCOMPARE(session.document().bytes(), config);
    QCOMPARE(session.baseBytes(), config);
    QVERIFY(!session.isModified());
    QCOMPARE(session.configSet().fileCount(), 2);
    QVERIFY(session.category(QStringLiteral("extra")));
    QCOMPARE(session.validClients().size(), 2);
}

void TestConfigSession::failedOpenKeepsDocument() {
    ConfigSession session;
    openEdited(session);
    QString error;
    QVERIFY(!session.open(m_dir->filePath(QStringLiteral("missing.conf")), &error));
    QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
    QVERIFY(!session.open(QStringLiteral("ssh://pbx"), &error));
    QVERIFY2(error.contains(QStringLiteral("ssh://[user@]host[:port]/path")), qPrintable(error));
    QVERIFY(session.document().bytes().contains("connection_timeout = 750"));
    QCOMPARE(session.path(), QFileInfo(m_path).absoluteFilePath());
    QVERIFY(session.isModified());
}

void TestConfigSession::saveWritesOnlyTheEditedLine() {
    ConfigSession session;
    openEdited(session);
    const ConfigSession::SavePlan plan = session.planSave();
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY(!plan.changedSinceRead);
    QVERIFY(!plan.unchanged);
    QCOMPARE(plan.disk.bytes, config);
    QCOMPARE(session.diff(plan), QStringLiteral("@@ line 3 @@\n"
                                                " type = websocket_client\n"
                                                " uri = ws://127.0.0.1:1/media   ; primary\n"
                                                "-connection_timeout = 500\n"
                                                "+connection_timeout = 750\n"
                                                " #include extra.conf\n"
                                                " \n"));
    QCOMPARE(session.save(plan).status, ConfigSession::SaveStatus::Saved);
    QByteArray expected = config;
    expected.replace("connection_timeout = 500", "connection_timeout = 750");
    QCOMPARE(readFile(m_path), expected);
    QCOMPARE(session.baseBytes(), expected);
    QVERIFY(!session.isModified());
    QVERIFY(!session.changedOnDisk());
}

void TestConfigSession::changedSinceReadIsPlannedWithTheirDiff() {
    ConfigSession session;
    openEdited(session);
    const QByteArray theirs = config + "; added by someone else\r\n";
    QVERIFY(writeFile(m_path, theirs));
    QVERIFY(session.changedOnDisk());
    const ConfigSession::SavePlan plan = session.planSave();
    QVERIFY(plan.ok());
    QVERIFY(plan.changedSinceRead);
    QCOMPARE(plan.disk.bytes, theirs);
    QVERIFY2(session.diff(plan).contains(QStringLiteral("-; added by someone else")),
             qPrintable(session.diff(plan)));
    // The user has seen their change and chose to replace it.
    QCOMPARE(session.save(plan).status, ConfigSession::SaveStatus::Saved);
    QCOMPARE(readFile(m_path), session.document().bytes());
    QVERIFY(!session.changedOnDisk());
}

void TestConfigSession::changeAfterThePlanIsAConflict() {
    ConfigSession session;
    openEdited(session);
    const ConfigSession::SavePlan plan = session.planSave();
    QVERIFY(plan.ok() && !plan.changedSinceRead);
    const QByteArray third = config + "; written while the user was looking at the diff\r\n";
    QVERIFY(writeFile(m_path, third));
    const ConfigSession::SaveResult result = session.save(plan);
    QCOMPARE(result.status, ConfigSession::SaveStatus::Conflict);
    QVERIFY2(result.error.contains(QStringLiteral("changed since it was read")),
             qPrintable(result.error));
    QCOMPARE(readFile(m_path), third);
    QVERIFY(session.isModified());
    QVERIFY(session.planSave().changedSinceRead);
}

void TestConfigSession::removedFileIsAChange() {
    ConfigSession session;
    openEdited(session);
    QVERIFY(QFile::remove(m_path));
    const ConfigSession::SavePlan plan = session.planSave();
    QVERIFY(plan.ok());
    QVERIFY(plan.changedSinceRead);
    QVERIFY(!plan.disk.exists);
    QCOMPARE(session.save(plan).status, ConfigSession::SaveStatus::Saved);
    QCOMPARE(readFile(m_path), session.document().bytes());
}

void TestConfigSession::unchangedTargetIsNotRewritten() {
    ConfigSession session;
    openEdited(session);
    editTimeout(session, "500");
    const ino_t before = inode(m_path);
    const ConfigSession::SavePlan plan = session.planSave();
    QVERIFY(plan.unchanged);
    QCOMPARE(session.save(plan).status, ConfigSession::SaveStatus::Saved);
    QCOMPARE(inode(m_path), before);
    QVERIFY(!session.isModified());
}

void TestConfigSession::saveAsMovesTheSession() {
    ConfigSession session;
    openEdited(session);
    QSignalSpy paths(&session, &ConfigSession::pathChanged);
    const QString copy = m_dir->filePath(QStringLiteral("copy.conf"));
    const ConfigSession::SavePlan plan = session.planSave(copy);
    QVERIFY(plan.ok());
    QVERIFY(!plan.disk.exists);
    QVERIFY(!plan.changedSinceRead);
    QCOMPARE(session.save(plan).status, ConfigSession::SaveStatus::Saved);
    QCOMPARE(paths.count(), 1);
    QCOMPARE(session.path(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(readFile(copy), session.document().bytes());
    QCOMPARE(readFile(m_path), config);
    // From now on the copy is the open file: someone changing the original is no conflict.
    QVERIFY(writeFile(m_path, "[changed]\n"));
    QVERIFY(!session.planSave().changedSinceRead);
}

void TestConfigSession::failedWriteLosesNothing() {
    ConfigSession session;
    openEdited(session);
    const ConfigSession::SavePlan plan =
        session.planSave(m_dir->filePath(QStringLiteral("gone/websocket_client.conf")));
    QVERIFY(plan.ok());
    const ConfigSession::SaveResult result = session.save(plan);
    QCOMPARE(result.status, ConfigSession::SaveStatus::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("cannot be written")), qPrintable(result.error));
    QVERIFY(session.isModified());
    QCOMPARE(session.path(), QFileInfo(m_path).absoluteFilePath());
    QVERIFY(session.document().bytes().contains("connection_timeout = 750"));
    QCOMPARE(readFile(m_path), config);
}

void TestConfigSession::exportRedactsAndLeavesTheSessionAlone() {
    ConfigSession session;
    QString error;
    QVERIFY(session.open(m_path, &error));
    QVERIFY(session.edit(QStringLiteral("password"), [](ConfigDocument &doc, QString *message) {
        return doc.setValue("media", "password", "Zq7kX", message);
    }));
    const QString out = m_dir->filePath(QStringLiteral("export.conf"));
    QVERIFY2(session.exportTo(out, true, &error), qPrintable(error));
    QVERIFY(readFile(out).contains("password = ********"));
    QVERIFY(!readFile(out).contains("Zq7kX"));
    QVERIFY2(session.exportTo(out, false, &error), qPrintable(error));
    QVERIFY(readFile(out).contains("password = Zq7kX"));
    QVERIFY(session.isModified());
    QCOMPARE(session.path(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(readFile(m_path), config);
    QVERIFY(!session.exportTo(m_dir->filePath(QStringLiteral("gone/x.conf")), true, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be written")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestConfigSession)
#include "TestConfigSession.moc"
