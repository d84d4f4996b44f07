// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "io/AtomicFileWriter.h"
#include "io/FileReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace wscm;

class TestFileIo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes) {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void readsAFile() {
        const FileReader::Result r = FileReader::read(write("a.conf", "[a]\n"));
        QVERIFY(r.ok);
        QCOMPARE(r.bytes, QByteArray("[a]\n"));
    }
    // Asterisk reads a file with NUL bytes (each ends what it sees of its line): so must
    // the checker (tests/parity/config/line-nul-*).
    void readsNulBytes() {
        const QByteArray bytes("[a]\n\0\x01\x02", 7);
        const FileReader::Result r = FileReader::read(write("nul.conf", bytes));
        QVERIFY(r.ok);
        QCOMPARE(r.bytes, bytes);
    }
    void refusals_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("missing") << "missing"
                                 << "no such file";
        QTest::newRow("folder") << "folder"
                                << "is a folder";
        QTest::newRow("too large") << "large"
                                   << "larger than";
        QTest::newRow("unreadable") << "unreadable"
                                    << "cannot be read";
    }
    void refusals() {
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        QString path = m_dir.filePath(kind);
        qint64 limit = FileReader::defaultMaxBytes;
        if (kind == "folder")
            QDir().mkpath(path);
        else if (kind == "large") {
            write(kind, QByteArray(3 * 1024 * 1024, ';'));
            limit = 2 * 1024 * 1024;
        } else if (kind == "unreadable") {
            write(kind, "[a]\n");
            QFile::setPermissions(path, QFileDevice::WriteOwner);
            if (geteuid() == 0)
                QSKIP("root reads files whatever their mode");
        }
        const FileReader::Result r = FileReader::read(path, limit);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(fragment), qPrintable(r.error));
        QVERIFY(r.error.contains(path));
    }
    void writeKeepsModeAndOwner() {
        const QString path = write("keep.conf", "old\n");
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        if (geteuid() == 0)
            QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        struct stat before {};
        ::stat(QFile::encodeName(path).constData(), &before);
        QString error;
        QVERIFY2(AtomicFileWriter::write(path, "new\n", &error), qPrintable(error));
        struct stat after {};
        ::stat(QFile::encodeName(path).constData(), &after);
        QCOMPARE(after.st_mode & 07777, 0640u);
        QCOMPARE(after.st_uid, before.st_uid);
        QCOMPARE(after.st_gid, before.st_gid);
        QVERIFY(after.st_ino != before.st_ino); // replaced by rename, not rewritten in place
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new\n"));
    }
    void writeThroughSymlinkKeepsLink() {
        const QString target = write("target.conf", "old\n");
        const QString link = m_dir.filePath("link.conf");
        QVERIFY(QFile::link(target, link));
        QString error;
        QVERIFY(AtomicFileWriter::write(link, "new\n", &error));
        QVERIFY(QFileInfo(link).isSymLink());
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new\n"));
    }
    void writeIntoMissingFolderFailsCleanly() {
        QString error;
        QVERIFY(!AtomicFileWriter::write(m_dir.filePath("no/such/dir/x.conf"), "x", &error));
        QVERIFY(error.contains("cannot be written"));
    }
};

QTEST_GUILESS_MAIN(TestFileIo)
#include "TestFileIo.moc"
