// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "check/Validator.h"
#include "config/ConfigDocument.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace wscm;

// serialize(parse(bytes)) == bytes, for every input.
class TestRoundTrip : public QObject {
    Q_OBJECT
private:
    static QByteArray readFile(const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    }

    static QByteArray randomDocument(QRandomGenerator &rng) {
        static const QList<QByteArray> pieces{"[conn1]",
                                              "[base](!)",
                                              "[c](base)",
                                              "[c](+)",
                                              "[x](!,base)",
                                              "[broken",
                                              "[p](!",
                                              "type = websocket_client",
                                              "type=websocket_client",
                                              "uri = ws://127.0.0.1:8765/ari",
                                              "uri => wss://h",
                                              "protocols += ,media",
                                              "password = se\\;cret",
                                              "password=p;c",
                                              "; comment",
                                              ";-- block",
                                              "--;",
                                              "inner --; a = 1",
                                              ";---",
                                              "   ",
                                              "\t",
                                              "",
                                              "tls_enabled = maybe",
                                              "connection_timeout = 0x1F4",
                                              "reconnect_attempts = 08",
                                              "#include \"nope.conf\"",
                                              "#tryinclude <x>",
                                              "#exec /bin/true",
                                              "#bogus",
                                              "no equals here",
                                              "\\\x02",
                                              "key = \xff\xfe invalid utf8",
                                              "caf\xc3\xa9 = \xe2\x82\xac",
                                              "a = b\0c",
                                              "trailing = x   ",
                                              "  indented = y",
                                              "[\xc3\xa9t\xc3\xa9]"};
        static const QList<QByteArray> endings{"\n", "\r\n", "\r", ""};
        QByteArray doc;
        const int lines = rng.bounded(0, 40);
        for (int i = 0; i < lines; ++i) {
            if (rng.bounded(10) == 0) {
                QByteArray junk(rng.bounded(1, 12), '\0');
                for (char &c : junk)
                    c = static_cast<char>(rng.bounded(256));
                doc += junk;
            } else {
                doc += pieces.at(rng.bounded(pieces.size()));
            }
            doc += endings.at(rng.bounded(i + 1 == lines ? 4 : 3));
        }
        return doc;
    }

private slots:
    void sampleFileRoundTrips() {
        const QByteArray bytes =
            readFile(QStringLiteral(WSCM_SOURCE_DIR "/tests/data/websocket_client.conf.sample"));
        QVERIFY(bytes.size() > 1000);
        const ConfigDocument doc(bytes);
        QCOMPARE(doc.bytes(), bytes);
        for (qsizetype i = 0; i < doc.lineCount(); ++i)
            QVERIFY2(doc.line(i).kind == ConfigLine::Kind::Comment,
                     qPrintable(QString::number(i + 1)));
    }

    void sampleHasNoObjectsAndNoErrors() {
        ConfigSet set;
        QString error;
        QVERIFY2(
            set.load(QStringLiteral(WSCM_SOURCE_DIR "/tests/data/websocket_client.conf.sample"),
                     1 << 20, &error),
            qPrintable(error));
        const CheckResult result = Validator::check(ResolvedConfig::resolve(set));
        QCOMPARE(result.objects.size(), 0);
        QCOMPARE(result.errorCount(), 0);
        QVERIFY(result.asteriskLoadsEverything());
    }

    void sampleInSharedFolderIsTheSame() {
        const QString shared =
            QStringLiteral(WSCM_SHARED_DIR "/reference/websocket_client.conf.sample");
        if (!QFile::exists(shared))
            QSKIP("the project's shared/ folder is not beside this checkout");
        QCOMPARE(
            readFile(shared),
            readFile(QStringLiteral(WSCM_SOURCE_DIR "/tests/data/websocket_client.conf.sample")));
    }

    void trickyInputs_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no final newline") << QByteArray("[a]\ntype = websocket_client");
        QTest::newRow("crlf") << QByteArray("[a]\r\ntype = websocket_client\r\n");
        QTest::newRow("mixed") << QByteArray("[a]\r\nuri = x\n\r\n\n;c\r\n");
        QTest::newRow("lone cr") << QByteArray("[a]\ruri = x\r");
        QTest::newRow("tabs and trailing blanks") << QByteArray("\t[a]  \t\n\turi\t=\tx \t \n");
        QTest::newRow("only newlines") << QByteArray("\n\n\n");
        QTest::newRow("invalid utf8") << QByteArray("[\xff\xfe]\nkey = \xc0\xaf\n");
        QTest::newRow("nul bytes") << QByteArray("[a]\0\nb = \0\n", 12);
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf[a]\nuri = x\n");
        QTest::newRow("unterminated block") << QByteArray("[a]\n;-- open\nuri = x\n");
    }
    void trickyInputs() {
        QFETCH(QByteArray, bytes);
        QCOMPARE(ConfigDocument(bytes).bytes(), bytes);
    }

    void randomDocumentsRoundTrip() {
        QRandomGenerator rng(20261126);
        for (int round = 0; round < 3000; ++round) {
            const QByteArray bytes = randomDocument(rng);
            const ConfigDocument doc(bytes);
            QCOMPARE(doc.bytes(), bytes);
            qsizetype covered = 0;
            for (const ConfigLine &l : doc.lines()) {
                QCOMPARE(l.offset, covered);
                covered = l.endWithEol();
            }
            QCOMPARE(covered, bytes.size());
            // Checking must never crash, whatever the input.
            ConfigSet set;
            set.setMainDocument(doc, QStringLiteral("random.conf"), 1 << 20);
            Validator::check(ResolvedConfig::resolve(set));
        }
    }

    void randomEditsChangeOneLine() {
        QRandomGenerator rng(7);
        int edited = 0;
        for (int round = 0; round < 2000; ++round) {
            ConfigDocument doc(randomDocument(rng));
            const QList<QByteArray> sections = doc.sectionNames();
            if (sections.isEmpty())
                continue;
            const QByteArray section = sections.at(rng.bounded(sections.size()));
            if (doc.sectionNames().count(section) != 1)
                continue;
            const QList<QByteArray> before = doc.bytes().split('\n');
            if (!doc.setValue(section, "connection_timeout",
                              QByteArray::number(rng.bounded(1, 9999))))
                continue;
            ++edited;
            const QList<QByteArray> after = doc.bytes().split('\n');
            QVERIFY(after.size() == before.size() || after.size() == before.size() + 1);
            int differing = 0;
            if (after.size() == before.size()) {
                for (qsizetype i = 0; i < before.size(); ++i)
                    differing += before[i] != after[i] ? 1 : 0;
                QVERIFY2(differing <= 1, doc.bytes().constData());
            }
            const ConfigDocument reread(doc.bytes());
            QCOMPARE(reread.bytes(), doc.bytes());
        }
        QVERIFY(edited > 100);
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "TestRoundTrip.moc"
