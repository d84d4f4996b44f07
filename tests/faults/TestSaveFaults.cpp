// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "TmpfsMount.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray secret = "s3cret-Pa55";
// CRLF, a comment and a secret: everything a careless writer could lose or print.
const QByteArray config = "; media servers\r\n[media]\r\ntype = websocket_client\r\n"
                          "uri = ws://127.0.0.1:8088/ws   ; primary\r\n"
                          "username = asterisk\r\npassword = " +
                          secret + "\r\nconnection_timeout = 500\r\n";

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a successful `wscm set FILE media connection_timeout 750` makes of `bytes`.
QByteArray withTimeout750(QByteArray bytes) {
    return bytes.replace("connection_timeout = 500", "connection_timeout = 750");
}

bool writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

// `wscm set`, the command line's save path, when the disk or the file lets it down. What
// must hold in every case: a message naming the file and the cause, exit 2, not one byte of
// the user's file changed, no temporary file left behind, and no secret in the output.
class TestSaveFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void diskFullLeavesTheFileWhole();
    void readOnlyFolderLeavesTheFileWhole();
    void deletedFileIsNotRecreated();
    void replacedFileIsEditedAsItIsNow();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
    };
    static Run set(const QString &path, const QString &value);
    // Runs the edit on a file that cannot be written and checks the refusal: exit 2, the file
    // and the cause named, no secret, the file as it was, only `folder` left in its folder.
    static void verifyRefused(const QString &path, const QByteArray &cause,
                              const QStringList &folder);
    // Mounts the test's tmpfs and writes the config into it as *path; returns why it cannot
    // (the test then skips), or nothing.
    static QString cannotMount(TmpfsMount &mount, QString *path);
};

void TestSaveFaults::initTestCase() {
    QVERIFY(QFile::exists(QStringLiteral(WSCM_BINARY)));
}

TestSaveFaults::Run TestSaveFaults::set(const QString &path, const QString &value) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(WSCM_BINARY),
                  {u"set"_s, path, u"media"_s, u"connection_timeout"_s, value});
    if (!process.waitForFinished(10000))
        return {};
    return {process.exitCode(), process.readAll()};
}

void TestSaveFaults::verifyRefused(const QString &path, const QByteArray &cause,
                                   const QStringList &folder) {
    const Run refused = set(path, u"750"_s);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.out.contains("websocket_client.conf") && refused.out.contains(cause),
             refused.out.constData());
    QVERIFY(!refused.out.contains(secret));
    QCOMPARE(readAll(path), config);
    QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden), folder);
}

QString TestSaveFaults::cannotMount(TmpfsMount &mount, QString *path) {
    if (::geteuid() != 0)
        return u"needs root to mount a tmpfs (root ignores permission bits, so only a mount "
               u"makes a real full or read-only disk)"_s;
    QString error;
    if (!mount.mount(64, &error))
        return u"the kernel refused the test's tmpfs: "_s + error;
    *path = mount.filePath(u"websocket_client.conf"_s);
    return writeAll(*path, config) ? QString() : u"cannot write into the test's tmpfs"_s;
}

void TestSaveFaults::diskFullLeavesTheFileWhole() {
    TmpfsMount disk;
    QString path;
    if (const QString why = cannotMount(disk, &path); !why.isEmpty())
        QSKIP(qPrintable(why));
    QString error;
    QVERIFY2(disk.fill(&error), qPrintable(error));

    verifyRefused(path, "No space left on device", {u".filler"_s, u"websocket_client.conf"_s});
    if (QTest::currentTestFailed())
        return;

    // Once there is room again, the same command changes that one line and nothing else.
    disk.release();
    const Run roomy = set(path, u"750"_s);
    QCOMPARE(roomy.exitCode, 0);
    QCOMPARE(readAll(path), withTimeout750(config));
}

void TestSaveFaults::readOnlyFolderLeavesTheFileWhole() {
    TmpfsMount disk;
    QString path;
    if (const QString why = cannotMount(disk, &path); !why.isEmpty())
        QSKIP(qPrintable(why));
    QString error;
    QVERIFY2(disk.setReadOnly(true, &error), qPrintable(error));

    verifyRefused(path, "is not writable", {u"websocket_client.conf"_s});
}

void TestSaveFaults::deletedFileIsNotRecreated() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"websocket_client.conf"_s);
    QVERIFY(writeAll(path, config));
    QVERIFY(QFile::remove(path));
    const Run gone = set(path, u"750"_s);
    QCOMPARE(gone.exitCode, 2);
    QVERIFY2(gone.out.contains("websocket_client.conf"), gone.out.constData());
    // Writing a fresh file with one section would look like success and lose the real one.
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestSaveFaults::replacedFileIsEditedAsItIsNow() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"websocket_client.conf"_s);
    QVERIFY(writeAll(path, config));
    // Another program replaces the file the way editors do: a new file renamed over it.
    const QByteArray theirs = config + "; added by someone else\r\n[other]\r\ntype = x\r\n";
    const QString staged = dir.filePath(u"staged.tmp"_s);
    QVERIFY(writeAll(staged, theirs));
    QVERIFY(::rename(QFile::encodeName(staged).constData(), QFile::encodeName(path).constData()) ==
            0);
    const Run edited = set(path, u"750"_s);
    QCOMPARE(edited.exitCode, 0);
    // Every byte of their version is still there; only our one line differs.
    QCOMPARE(readAll(path), withTimeout750(theirs));
}

QTEST_GUILESS_MAIN(TestSaveFaults)
#include "TestSaveFaults.moc"
