// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "config/ConfigDocument.h"
#include "config/ConfigLineReader.h"
#include "config/ConfigParser.h"

#include <QTest>

using namespace wscm;
using Kind = ConfigLine::Kind;
using Op = ConfigLine::Op;

Q_DECLARE_METATYPE(ConfigLine::Kind)
Q_DECLARE_METATYPE(ConfigLine::Op)

// How each line of Asterisk config syntax is read (reference section 1).
class TestConfigParser : public QObject {
    Q_OBJECT
private slots:
    void singleLine_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<Op>("op");
        QTest::newRow("blank") << QByteArray("   \t ") << Kind::Blank << QByteArray()
                               << QByteArray() << Op::None;
        QTest::newRow("empty") << QByteArray("") << Kind::Blank << QByteArray() << QByteArray()
                               << Op::None;
        QTest::newRow("comment") << QByteArray("; hello") << Kind::Comment << QByteArray()
                                 << QByteArray() << Op::None;
        QTest::newRow("indented comment")
            << QByteArray("  ;x = y") << Kind::Comment << QByteArray() << QByteArray() << Op::None;
        QTest::newRow("section") << QByteArray("[conn1]") << Kind::Section << QByteArray("conn1")
                                 << QByteArray() << Op::None;
        QTest::newRow("section with comment")
            << QByteArray("[conn1] ; the connection") << Kind::Section << QByteArray("conn1")
            << QByteArray() << Op::None;
        QTest::newRow("template") << QByteArray("[base](!)") << Kind::Section << QByteArray("base")
                                  << QByteArray("!") << Op::None;
        QTest::newRow("inherit") << QByteArray("[c](t1,t2)") << Kind::Section << QByteArray("c")
                                 << QByteArray("t1,t2") << Op::None;
        QTest::newRow("section name kept as written")
            << QByteArray("[ a b ]") << Kind::Section << QByteArray(" a b ") << QByteArray()
            << Op::None;
        QTest::newRow("no closing bracket")
            << QByteArray("[conn1") << Kind::Invalid << QByteArray() << QByteArray() << Op::None;
        QTest::newRow("no closing paren")
            << QByteArray("[conn1](!") << Kind::Invalid << QByteArray() << QByteArray() << Op::None;
        QTest::newRow("paren after blank is not options")
            << QByteArray("[c] (!)") << Kind::Section << QByteArray("c") << QByteArray()
            << Op::None;
        QTest::newRow("assign") << QByteArray("uri = ws://h/p") << Kind::Variable
                                << QByteArray("uri") << QByteArray("ws://h/p") << Op::Assign;
        QTest::newRow("assign tight") << QByteArray("uri=ws://h") << Kind::Variable
                                      << QByteArray("uri") << QByteArray("ws://h") << Op::Assign;
        QTest::newRow("object") << QByteArray("uri => ws://h") << Kind::Variable
                                << QByteArray("uri") << QByteArray("ws://h") << Op::Object;
        QTest::newRow("append") << QByteArray("protocols += ,b") << Kind::Variable
                                << QByteArray("protocols") << QByteArray(",b") << Op::Append;
        QTest::newRow("trailing comment")
            << QByteArray("password = a ; secret") << Kind::Variable << QByteArray("password")
            << QByteArray("a") << Op::Assign;
        QTest::newRow("escaped semicolon")
            << QByteArray("password = a\\;b") << Kind::Variable << QByteArray("password")
            << QByteArray("a;b") << Op::Assign;
        QTest::newRow("empty value") << QByteArray("username =") << Kind::Variable
                                     << QByteArray("username") << QByteArray() << Op::Assign;
        QTest::newRow("first equals splits")
            << QByteArray("uri = ws://h/?a=b") << Kind::Variable << QByteArray("uri")
            << QByteArray("ws://h/?a=b") << Op::Assign;
        QTest::newRow("inline block comment")
            << QByteArray("uri = ws://a;-- no --;/b") << Kind::Variable << QByteArray("uri")
            << QByteArray("ws://a/b") << Op::Assign;
        QTest::newRow("four dashes is a plain comment")
            << QByteArray("a = b ;---- x") << Kind::Variable << QByteArray("a") << QByteArray("b")
            << Op::Assign;
        QTest::newRow("no equals") << QByteArray("justtext") << Kind::NoEquals
                                   << QByteArray("justtext") << QByteArray() << Op::None;
        QTest::newRow("include") << QByteArray("#include \"other.conf\"") << Kind::Directive
                                 << QByteArray("include") << QByteArray("\"other.conf\"")
                                 << Op::None;
        QTest::newRow("exec") << QByteArray("#exec /bin/echo") << Kind::Directive
                              << QByteArray("exec") << QByteArray("/bin/echo") << Op::None;
        QTest::newRow("unknown directive")
            << QByteArray("#frobnicate x") << Kind::Directive << QByteArray("frobnicate")
            << QByteArray("x") << Op::None;
        QTest::newRow("escape control")
            << QByteArray("\\\x01") << Kind::Invalid << QByteArray() << QByteArray() << Op::None;
        // A leading backslash escapes the first byte and goes (tests/parity/config/var-escape-*).
        QTest::newRow("escaped name") << QByteArray("\\type = x") << Kind::Variable
                                      << QByteArray("type") << QByteArray("x") << Op::Assign;
        QTest::newRow("escaped bracket") << QByteArray("\\[x] = 1") << Kind::Variable
                                         << QByteArray("[x]") << QByteArray("1") << Op::Assign;
        QTest::newRow("escape then blank")
            << QByteArray("\\ a = 1") << Kind::Invalid << QByteArray() << QByteArray() << Op::None;
        QTest::newRow("escape then high byte") << QByteArray("\\\xe9 = 1") << Kind::Invalid
                                               << QByteArray() << QByteArray() << Op::None;
        QTest::newRow("escape then DEL") << QByteArray("\\\x7f = 1") << Kind::Variable
                                         << QByteArray("\x7f") << QByteArray("1") << Op::Assign;
        QTest::newRow("escaped equals searched from the third byte")
            << QByteArray("\\==x") << Kind::Variable << QByteArray("=") << QByteArray("x")
            << Op::Assign;
        QTest::newRow("control bytes are blanks")
            << QByteArray("\x01uri\x02=\x1f ws://h\x0b") << Kind::Variable << QByteArray("uri")
            << QByteArray("ws://h") << Op::Assign;
        QTest::newRow("append without a name") << QByteArray("+= x") << Kind::Variable
                                               << QByteArray() << QByteArray("x") << Op::Append;
    }
    void singleLine() {
        QFETCH(QByteArray, text);
        QFETCH(Kind, kind);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(Op, op);
        const ConfigDocument doc(text + "\n");
        QCOMPARE(doc.lineCount(), 1);
        QCOMPARE(doc.line(0).kind, kind);
        if (kind == Kind::Invalid || kind == Kind::Blank || kind == Kind::Comment)
            return;
        QCOMPARE(doc.name(0), name);
        QCOMPARE(doc.value(0), value);
        QCOMPARE(doc.line(0).op, op);
    }

    void lineEndings() {
        const ConfigDocument doc(QByteArray("a\r\nb\nc\rd\ne"));
        QCOMPARE(doc.lineCount(), 4); // a lone \r does not end a line
        QCOMPARE(doc.line(0).eolLength, quint8(2));
        QCOMPARE(doc.line(1).eolLength, quint8(1));
        QCOMPARE(doc.rawLine(2), QByteArrayView("c\rd"));
        QCOMPARE(doc.line(3).eolLength, quint8(0));
        QCOMPARE(doc.dominantEol(), QByteArray("\n"));
        QCOMPARE(ConfigDocument(QByteArray("a\r\nb\r\nc\n")).dominantEol(), QByteArray("\r\n"));
    }

    void blockCommentsSpanAndNest() {
        const ConfigDocument doc(QByteArray("[s]\n;-- start\nuri = hidden\n;-- inner --;\nstill = "
                                            "hidden\nend --; a = visible\nb = 1\n"));
        QCOMPARE(doc.line(2).kind, Kind::Comment);
        QCOMPARE(doc.line(4).kind, Kind::Comment);
        QCOMPARE(doc.line(5).kind, Kind::Variable);
        QCOMPARE(doc.name(5), QByteArray("a"));
        QCOMPARE(doc.value(5), QByteArray("visible"));
        QCOMPARE(doc.line(6).depthAtStart, 0);
    }

    void strayBlockEndMakesRestAComment() {
        // config.c decrements the nesting below zero: every later line is then skipped.
        const ConfigDocument doc(QByteArray("[s]\na = b--; note\nc = d\n"));
        QCOMPARE(doc.line(1).kind, Kind::Variable);
        QCOMPARE(doc.value(1), QByteArray("b--; note"));
        QCOMPARE(doc.line(1).depthAtEnd, -1);
        QCOMPARE(doc.line(2).kind, Kind::Comment);
    }

    void escapedSemicolonBeforeBlockStart() {
        const ConfigDocument doc(QByteArray("[s]\na = x\\;--y\n"));
        QCOMPARE(doc.value(1), QByteArray("x;--y"));
        QCOMPARE(doc.line(1).depthAtEnd, 0);
    }

    void nulEndsWhatAsteriskSees() {
        const ConfigDocument doc(QByteArray("[s]\na = b\0c = d\n", 16));
        QCOMPARE(doc.value(1), QByteArray("b"));
        QCOMPARE(doc.bytes().size(), 16);
    }

    void tooLongLine() {
        const QByteArray longLine = "a = " + QByteArray(9000, 'x');
        const ConfigDocument doc("[s]\n" + longLine + "\nb = 1\n");
        QCOMPARE(doc.line(1).kind, Kind::TooLong);
        QCOMPARE(doc.line(2).kind, Kind::Variable);
    }

    // fgets() into an 8192-byte buffer: 8191 bytes, the line end included
    // (tests/parity/config/line-long-*).
    void longLineLimit_data() {
        QTest::addColumn<QByteArray>("eol");
        QTest::addColumn<int>("longest");
        QTest::newRow("LF") << QByteArray("\n") << 8190;
        QTest::newRow("CRLF") << QByteArray("\r\n") << 8189;
        QTest::newRow("last line") << QByteArray() << 8190;
    }
    void longLineLimit() {
        QFETCH(QByteArray, eol);
        QFETCH(int, longest);
        for (int length : {longest, longest + 1}) {
            const ConfigDocument doc("[s]\n" + QByteArray(length, 'x') + eol);
            QCOMPARE(doc.lineCount(), 2);
            QCOMPARE(doc.line(1).kind == Kind::TooLong, length > longest);
        }
    }

    // A NUL byte hides the length from config.c: such a line is read in 8191-byte pieces,
    // each a line of its own.
    void longLineWithNulIsReadInPieces() {
        const QByteArray piece1 = "a = b" + QByteArray(1, '\0') + QByteArray(8185, 'y');
        const QByteArray bytes = "[s]\n" + piece1 + "c = d\n";
        const ConfigDocument doc(bytes);
        QCOMPARE(doc.lineCount(), 3);
        QCOMPARE(doc.line(1).length, 8191);
        QCOMPARE(doc.line(1).eolLength, quint8(0));
        QCOMPARE(doc.value(1), QByteArray("b"));
        QCOMPARE(doc.name(2), QByteArray("c"));
        QCOMPARE(doc.line(2).eolLength, quint8(1));
        QCOMPARE(doc.bytes(), bytes);
    }

    // parseLine() takes a whole editor line: one far longer than the buffer, with a NUL in
    // its first piece, has its parts before the NUL (ConfigLine keeps them in 16 bits).
    void parseLineOfALongLineWithNul() {
        const QByteArray raw = "a = b" + QByteArray(1, '\0') + QByteArray(40000, 'y') + "c = d";
        int depth = 0;
        const ConfigLine line = ConfigParser::parseLine(raw, 1, &depth);
        QCOMPARE(line.kind, Kind::Variable);
        QCOMPARE(line.length, raw.size());
        QCOMPARE(raw.sliced(line.nameBegin, line.nameEnd - line.nameBegin), QByteArray("a"));
        QCOMPARE(raw.sliced(line.valueBegin, line.valueEnd - line.valueBegin), QByteArray("b"));
    }

    void byteOrderMarkOnlyAtTheStart() {
        const ConfigDocument doc(QByteArray("\xEF\xBB\xBF[s]\n\xEF\xBB\xBF"
                                            "a = 1\n"));
        QCOMPARE(doc.line(0).kind, Kind::Section);
        QCOMPARE(doc.name(0), QByteArray("s"));
        QCOMPARE(doc.name(1), QByteArray("\xEF\xBB\xBF"
                                         "a"));
        // The second file of a glob goes on from the first one.
        ConfigParser::Context later;
        later.firstLine = false;
        const QByteArray bytes("\xEF\xBB\xBF[s]\n");
        ConfigLineReader reader(bytes, later);
        ConfigLine line;
        QVERIFY(reader.next(&line));
        QCOMPARE(ConfigParser::name(bytes, line), QByteArray("\xEF\xBB\xBF[s]"));
    }

    void lineReaderGoesOnFromItsContext() {
        // A block comment left open by the previous file of a glob hides this one's first
        // line; the reader counts the lines it gave and the depth they leave.
        ConfigParser::Context open;
        open.depth = 1;
        open.firstLine = false;
        const QByteArray bytes("[hidden]\nstill --;\n[s]\na = 1 ;-- open");
        ConfigLineReader reader(bytes, open);
        QList<ConfigLine> lines;
        ConfigLine line;
        while (reader.next(&line))
            lines.append(line);
        QCOMPARE(reader.count(), 4);
        QCOMPARE(lines.at(0).kind, Kind::Comment);
        QCOMPARE(lines.at(1).depthAtEnd, 0);
        QCOMPARE(lines.at(2).kind, Kind::Section);
        QCOMPARE(ConfigParser::name(bytes, lines.at(2)), QByteArray("s"));
        QCOMPARE(ConfigParser::value(bytes, lines.at(3)), QByteArray("1"));
        QCOMPARE(reader.depth(), 1);
        QVERIFY(!reader.next(&line));
        QCOMPARE(ConfigParser::parse(bytes, open).size(), lines.size());
    }

    void sectionOptionsKeepEmptyItems() {
        const ConfigDocument doc(QByteArray("[c](a,,!)\n"));
        QCOMPARE(doc.sectionOptions(0), QList<QByteArray>({"a", "", "!"}));
        QVERIFY(doc.isTemplateHeader(0));
        QVERIFY(!doc.isAppendHeader(0));
        QVERIFY(ConfigDocument(QByteArray("[c](+)\n")).isAppendHeader(0));
    }

    void directiveWordStopsAtHighBytes() {
        const ConfigDocument doc(QByteArray("#include\xc3\xa9 x\n"));
        QCOMPARE(doc.name(0), QByteArray("include"));
    }

    void largeInputRoundTrips() {
        QByteArray big;
        for (int i = 0; i < 20000; ++i)
            big +=
                "[c" + QByteArray::number(i) + "]\ntype = websocket_client\nuri = ws://h/\n; c\n\n";
        const ConfigDocument doc(big);
        QCOMPARE(doc.lineCount(), 100000);
        QCOMPARE(doc.bytes(), big);
    }
};

QTEST_GUILESS_MAIN(TestConfigParser)
#include "TestConfigParser.moc"
