// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "SshServer.h"
#include "TcpRelay.h"
#include "TmpfsMount.h"
#include "config/ConfigSet.h"
#include "io/ConfigSource.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace wscm;

namespace {

const QByteArray config = "; media servers on the PBX\r\n"
                          "[media]\r\n"
                          "type = websocket_client\r\n"
                          "uri = ws://127.0.0.1:1/media   ; primary\r\n"
                          "connection_timeout = 500\r\n"
                          "password = Zq7kX\r\n"
                          "#include \"extra.conf\"\r\n"
                          "#tryinclude ws.d/*.conf\r\n";

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

struct stat statOf(const QString &path) {
    struct stat info {};
    ::stat(QFile::encodeName(path).constData(), &info);
    return info;
}

// Files a save left behind in a folder: anything but what the test put there.
QStringList leftovers(const QString &dir, const QStringList &expected) {
    QStringList found = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : expected)
        found.removeAll(name);
    return found;
}

} // namespace

// Config files on a real OpenSSH server that the test starts on 127.0.0.1: read with their
// includes on the host, edited and saved through the same ConfigSession as local files,
// and every way the host, the login or the save can fail, each with a clear message and
// not one byte of the file lost.
class TestSshSource : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithIncludesFollowedOnTheHost();
    void editOneLineSavesEveryOtherByte();
    void saveKeepsModeAndOwner();
    void changedOnTheHostSinceReadIsAsked();
    void changeAfterThePlanIsAConflict();
    void missingUnreadableAndFolder();
    void readOnlyFileIsNotWritten();
    void readOnlyMountIsNotWritten();
    void fullDiskOnTheHostLosesNothing();
    void droppedConnectionMidSaveLosesNothing();
    void loginFailures_data();
    void loginFailures();
    void passwordInLocationIsRefused();

private:
    void useClient(SshServer::Client client);
    void openEdited(ConfigSession &session, const QString &path);

    SshServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSshSource::initTestCase() {
    QString error;
    if (!m_server.start(&error))
        QSKIP(qPrintable(QStringLiteral("no test sshd here: ") + error));
    useClient(SshServer::Client::Trusted);
}

void TestSshSource::useClient(SshServer::Client client) {
    qputenv("WSCM_SSH_COMMAND", m_server.sshCommand(client).toUtf8());
}

void TestSshSource::init() {
    useClient(SshServer::Client::Trusted);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(writeFile(m_path, config));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("extra.conf")),
                      "[extra]\ntype = websocket_client\nuri = ws://127.0.0.1:1/extra\n"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("ws.d")));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("ws.d/b.conf")),
                      "[b]\ntype = websocket_client\nuri = ws://127.0.0.1:1/b\n"));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("ws.d/a.conf")),
                      "[a]\ntype = websocket_client\nconnection_timeout = soon\n"));
}

void TestSshSource::cleanup() {
    m_dir.reset();
}

void TestSshSource::openEdited(ConfigSession &session, const QString &path) {
    QString error;
    QVERIFY2(session.open(m_server.url(path), &error), qPrintable(error));
    QVERIFY2(session.edit(
                 QStringLiteral("timeout"),
                 [](ConfigDocument &document, QString *message) {
                     return document.setValue("media", "connection_timeout", "750", message);
                 },
                 &error),
             qPrintable(error));
}

void TestSshSource::opensWithIncludesFollowedOnTheHost() {
    ConfigSet set;
    QString error;
    QVERIFY2(set.load(m_server.url(m_path), 1 << 20, &error), qPrintable(error));
    QCOMPARE(set.mainDocument().bytes(), config);
    // Includes resolve on the host, relative to the file's folder there; a glob is sorted.
    QCOMPARE(set.paths(),
             (QStringList{m_server.url(m_path),
                          m_server.url(m_dir->filePath(QStringLiteral("extra.conf"))),
                          m_server.url(m_dir->filePath(QStringLiteral("ws.d/a.conf"))),
                          m_server.url(m_dir->filePath(QStringLiteral("ws.d/b.conf")))}));
    QVERIFY(
        set.source()->hostLabel().endsWith(QStringLiteral("127.0.0.1:%1").arg(m_server.port())));

    // The checker names the remote file and line of a problem in an included file.
    ConfigSession session;
    QVERIFY2(session.open(m_server.url(m_path), &error), qPrintable(error));
    QVERIFY(session.isRemote());
    QCOMPARE(session.hostLabel(), QStringLiteral("root@127.0.0.1:%1").arg(m_server.port()));
    QCOMPARE(session.validClients().size(), 3);
    bool named = false;
    for (const Diagnostic &d : session.check().diagnostics) {
        if (d.isError() && d.file == m_server.url(m_dir->filePath(QStringLiteral("ws.d/a.conf"))) &&
            d.line == 3)
            named = true;
    }
    QVERIFY(named);
}

void TestSshSource::editOneLineSavesEveryOtherByte() {
    ConfigSession session;
    openEdited(session, m_path);
    const ConfigSession::SavePlan plan = session.planSave();
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY(!plan.changedSinceRead);
    QVERIFY2(session.diff(plan).contains(QStringLiteral("+connection_timeout = 750")),
             qPrintable(session.diff(plan)));
    // The diff shown never shows the password, whatever bytes it holds.
    QVERIFY(!session.diff(plan).contains(QStringLiteral("Zq7")));
    const ino_t before = statOf(m_path).st_ino;
    const ConfigSession::SaveResult result = session.save(plan);
    QVERIFY2(result.status == ConfigSession::SaveStatus::Saved, qPrintable(result.error));
    QByteArray expected = config;
    expected.replace("connection_timeout = 500", "connection_timeout = 750");
    QCOMPARE(readFile(m_path), expected);
    QVERIFY(statOf(m_path).st_ino != before); // replaced by a rename, not rewritten in place
    QVERIFY(!session.isModified());
    QCOMPARE(leftovers(m_dir->path(),
                       {QStringLiteral("websocket_client.conf"), QStringLiteral("extra.conf")}),
             QStringList());
    // The next save compares against what was written.
    QVERIFY(!session.planSave().changedSinceRead);
}

void TestSshSource::saveKeepsModeAndOwner() {
    // Another owner, and a mode that lets root (without its capabilities, as the test's sshd
    // runs it) read and write through the group only.
    QVERIFY(::chown(QFile::encodeName(m_path).constData(), 65534, 0) == 0);
    QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0660) == 0);
    ConfigSession session;
    openEdited(session, m_path);
    const ConfigSession::SaveResult result = session.save(session.planSave());
    QVERIFY2(result.status == ConfigSession::SaveStatus::Saved, qPrintable(result.error));
    const struct stat after = statOf(m_path);
    QCOMPARE(after.st_mode & 07777, 0660u);
    QCOMPARE(after.st_uid, 65534u);
    QCOMPARE(after.st_gid, 0u);
    QVERIFY(readFile(m_path).contains("connection_timeout = 750"));
}

void TestSshSource::changedOnTheHostSinceReadIsAsked() {
    ConfigSession session;
    openEdited(session, m_path);
    const QByteArray theirs = config + "; added on the PBX by someone else\r\n";
    QVERIFY(writeFile(m_path, theirs));
    const ConfigSession::SavePlan plan = session.planSave();
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY(plan.changedSinceRead);
    QCOMPARE(plan.disk.bytes, theirs);
    QVERIFY2(session.diff(plan).contains(QStringLiteral("-; added on the PBX by someone else")),
             qPrintable(session.diff(plan)));
    // Nothing was written by asking.
    QCOMPARE(readFile(m_path), theirs);
    // Having seen it, the user saves over it.
    QCOMPARE(session.save(plan).status, ConfigSession::SaveStatus::Saved);
    QCOMPARE(readFile(m_path), session.document().bytes());
}

void TestSshSource::changeAfterThePlanIsAConflict() {
    ConfigSession session;
    openEdited(session, m_path);
    const ConfigSession::SavePlan plan = session.planSave();
    QVERIFY(plan.ok() && !plan.changedSinceRead);
    const QByteArray third = config + "; written on the PBX while the diff was shown\r\n";
    QVERIFY(writeFile(m_path, third));
    const ConfigSession::SaveResult result = session.save(plan);
    QCOMPARE(result.status, ConfigSession::SaveStatus::Conflict);
    QVERIFY2(result.error.contains(QStringLiteral("changed on root@127.0.0.1")),
             qPrintable(result.error));
    QCOMPARE(readFile(m_path), third);
    // Asked again, the user sees the third version in the diff.
    const ConfigSession::SavePlan again = session.planSave();
    QVERIFY(again.changedSinceRead);
    QCOMPARE(again.disk.bytes, third);
    // Removed on the host is a change too.
    QVERIFY(QFile::remove(m_path));
    QCOMPARE(session.save(again).status, ConfigSession::SaveStatus::Conflict);
    QVERIFY(!QFile::exists(m_path));
    QCOMPARE(leftovers(m_dir->path(), {QStringLiteral("extra.conf")}), QStringList());
}

void TestSshSource::missingUnreadableAndFolder() {
    ConfigSession session;
    QString error;
    QVERIFY(!session.open(m_server.url(m_dir->filePath(QStringLiteral("none.conf"))), &error));
    QVERIFY2(error.contains(QStringLiteral("none.conf: no such file")), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("ssh://root@127.0.0.1")), qPrintable(error));

    QVERIFY(!session.open(m_server.url(m_dir->filePath(QStringLiteral("ws.d"))), &error));
    QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));

    QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0) == 0);
    QVERIFY(!session.open(m_server.url(m_path), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be read")) &&
                 error.contains(QStringLiteral("Permission denied")),
             qPrintable(error));
    QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0644) == 0);
    QCOMPARE(readFile(m_path), config);

    // A missing include is the checker's business, as in a local file.
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("extra.conf"))));
    QVERIFY2(session.open(m_server.url(m_path), &error), qPrintable(error));
    bool reported = false;
    for (const Diagnostic &d : session.check().diagnostics)
        reported = reported || d.message.contains(QStringLiteral("does not exist"));
    QVERIFY(reported);
}

void TestSshSource::readOnlyFileIsNotWritten() {
    ConfigSession session;
    openEdited(session, m_path);
    QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0444) == 0);
    const ConfigSession::SaveResult result = session.save(session.planSave());
    QCOMPARE(result.status, ConfigSession::SaveStatus::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("read-only")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("left as it was")), qPrintable(result.error));
    QCOMPARE(readFile(m_path), config);
    QVERIFY(session.isModified());
}

void TestSshSource::readOnlyMountIsNotWritten() {
    TmpfsMount disk;
    QString error;
    if (!disk.mount(64, &error))
        QSKIP(qPrintable(QStringLiteral("the kernel refused the test's tmpfs: ") + error));
    const QString path = disk.filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(writeFile(path, config));
    ConfigSession session;
    openEdited(session, path);
    QVERIFY2(disk.setReadOnly(true, &error), qPrintable(error));
    const ConfigSession::SaveResult result = session.save(session.planSave());
    QCOMPARE(result.status, ConfigSession::SaveStatus::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("cannot be written on root@127.0.0.1")),
             qPrintable(result.error));
    QCOMPARE(readFile(path), config);
}

void TestSshSource::fullDiskOnTheHostLosesNothing() {
    TmpfsMount disk;
    QString error;
    if (!disk.mount(64, &error))
        QSKIP(qPrintable(QStringLiteral("the kernel refused the test's tmpfs: ") + error));
    const QString path = disk.filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(writeFile(path, config));
    ConfigSession session;
    openEdited(session, path);
    QVERIFY2(disk.fill(&error), qPrintable(error));
    const ConfigSession::SaveResult result = session.save(session.planSave());
    QCOMPARE(result.status, ConfigSession::SaveStatus::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("No space left on device")),
             qPrintable(result.error));
    QCOMPARE(readFile(path), config);
    QCOMPARE(leftovers(disk.path(),
                       {QStringLiteral("websocket_client.conf"), QStringLiteral(".filler")}),
             QStringList());
    // With room again, the same session saves.
    disk.release();
    QCOMPARE(session.save(session.planSave()).status, ConfigSession::SaveStatus::Saved);
    QVERIFY(readFile(path).contains("connection_timeout = 750"));
}

void TestSshSource::droppedConnectionMidSaveLosesNothing() {
    // A large file, so that the connection is cut while its bytes are on the way.
    QByteArray big = config;
    while (big.size() < 4 * 1024 * 1024)
        big += "; " + QByteArray(98, 'x') + "\r\n";
    QVERIFY(writeFile(m_path, big));
    TcpRelay relay(m_server.port());
    QVERIFY(relay.listen());
    QVERIFY(m_server.trustPort(relay.port()));
    ConfigSession session;
    QString error;
    QVERIFY2(session.open(m_server.url(m_path, relay.port()), &error), qPrintable(error));
    QVERIFY(session.edit(QStringLiteral("timeout"), [](ConfigDocument &document, QString *message) {
        return document.setValue("media", "connection_timeout", "750", message);
    }));
    const ConfigSession::SavePlan plan = session.planSave();
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    relay.cutAfter(1024 * 1024);
    const ConfigSession::SaveResult result = session.save(plan);
    QVERIFY(relay.hasCut());
    QCOMPARE(result.status, ConfigSession::SaveStatus::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("not saved")) &&
                 result.error.contains(QStringLiteral("never a part")),
             qPrintable(result.error));
    QVERIFY(readFile(m_path) == big);
    QVERIFY(session.isModified());
    // The host's half of the save cleans up after itself once it sees the connection gone.
    QTRY_COMPARE_WITH_TIMEOUT(leftovers(m_dir->path(), {QStringLiteral("websocket_client.conf"),
                                                        QStringLiteral("extra.conf")}),
                              QStringList(), 20000);
    // Over a connection that holds, the same session saves.
    relay.cutAfter(-1);
    const ConfigSession::SaveResult retry = session.save(session.planSave());
    QVERIFY2(retry.status == ConfigSession::SaveStatus::Saved, qPrintable(retry.error));
    QCOMPARE(readFile(m_path), session.document().bytes());
}

void TestSshSource::loginFailures_data() {
    QTest::addColumn<int>("client");
    QTest::addColumn<bool>("closedPort");
    QTest::addColumn<QStringList>("fragments");
    QTest::newRow("host key mismatch")
        << int(SshServer::Client::WrongHostKey) << false
        << QStringList{"does not match the one in your known_hosts", "ssh-keygen -R '[127.0.0.1]:"};
    QTest::newRow("unknown host") << int(SshServer::Client::UnknownHost) << false
                                  << QStringList{"is not in your known_hosts",
                                                 "connect once with 'ssh -p"};
    QTest::newRow("refused login") << int(SshServer::Client::Stranger) << false
                                   << QStringList{"refused the login", "never asks for a password"};
    QTest::newRow("connection refused") << int(SshServer::Client::Trusted) << true
                                        << QStringList{"refused the connection", "is sshd running"};
}

void TestSshSource::loginFailures() {
    QFETCH(int, client);
    QFETCH(bool, closedPort);
    QFETCH(QStringList, fragments);
    useClient(SshServer::Client(client));
    QTcpServer reserved; // a port that is surely closed: taken, then released
    reserved.listen(QHostAddress::LocalHost, 0);
    const quint16 closed = reserved.serverPort();
    reserved.close();
    const QString url = m_server.url(m_path, closedPort ? closed : 0);
    ConfigSession session;
    QString error;
    QVERIFY(!session.open(url, &error));
    for (const QString &fragment : fragments)
        QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY2(error.startsWith(url), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("Zq7")));
    QCOMPARE(readFile(m_path), config);

    // Saving to a host that refuses is refused the same way, and the local edit stays.
    useClient(SshServer::Client::Trusted);
    openEdited(session, m_path);
    useClient(SshServer::Client(client));
    const ConfigSession::SavePlan plan = session.planSave(url);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error.contains(fragments.first()), qPrintable(plan.error));
    QVERIFY(session.isModified());
    QCOMPARE(readFile(m_path), config);
}

void TestSshSource::passwordInLocationIsRefused() {
    ConfigSession session;
    QString error;
    QVERIFY(!session.open(
        QStringLiteral("ssh://root:hunter2@127.0.0.1:%1%2").arg(m_server.port()).arg(m_path),
        &error));
    QVERIFY2(error.contains(QStringLiteral("never takes an SSH password")), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("hunter2")));
}

QTEST_GUILESS_MAIN(TestSshSource)
#include "TestSshSource.moc"
