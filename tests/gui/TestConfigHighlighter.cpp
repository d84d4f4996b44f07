// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigHighlighter.h"
#include "config/ConfigDocument.h"
#include "config/ConfigParser.h"
#include "config/RawText.h"

#include <QFile>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace wscm;
using Role = ConfigLineSyntax::Role;

// The Raw tab's colours come from the parser: a construct is coloured as what wscm reads it
// as, and never as something else.
class TestConfigHighlighter : public QObject {
    Q_OBJECT

    // The format the highlighter gave `block` at `position`.
    static QTextCharFormat formatAt(const QTextBlock &block, int position) {
        QTextCharFormat found;
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (position >= r.start && position < r.start + r.length)
                found = r.format;
        }
        return found;
    }
    static Role roleOf(char mark) {
        switch (mark) {
        case 'C':
            return Role::Comment;
        case 'S':
            return Role::Section;
        case 'K':
            return Role::Key;
        case 'O':
            return Role::Operator;
        case 'V':
            return Role::Value;
        case 'D':
            return Role::Directive;
        default:
            return Role::Plain;
        }
    }

private Q_SLOTS:
    // Each row: lines of a file and, under each, the role of every character (C comment,
    // S section, K key, O operator, V value, D directive, blank for none).
    void colours_data() {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("marks");
        const auto row = [](const char *name,
                            std::initializer_list<std::pair<const char *, const char *>> pairs) {
            QStringList lines, marks;
            for (const auto &[line, mark] : pairs) {
                lines << QString::fromUtf8(line);
                marks << QString::fromLatin1(mark);
            }
            QTest::newRow(name) << lines << marks;
        };
        // A fourth '-' makes ";--" no block comment for Asterisk: the banner is one line
        // comment, and the section after it is a section.
        row("banner", {{";------ media servers ------", "CCCCCCCCCCCCCCCCCCCCCCCCCCCC"},
                       {"[media]", "SSSSSSS"},
                       {"type = websocket_client", "KKKK O VVVVVVVVVVVVVVVV"}});
        row("block comment", {{";-- notes", "CCCCCCCCC"},
                              {"uri = ws://h/", "CCCCCCCCCCCCC"},
                              {"--; [a]", "CCC SSS"},
                              {"x = 1", "K O V"}});
        row("nested block",
            {{";-- a ;-- b --; c", "CCCCCCCCCCCCCCCCC"}, {"x = 1 --;y = 2", "CCCCCCCCCK O V"}});
        row("line comment after a value",
            {{"uri = ws://h/x ; the server", "KKK O VVVVVVVV CCCCCCCCCCCC"}});
        row("escaped semicolon", {{"password = a\\;b", "KKKKKKKK O VVVV"}});
        row("block comment inside a value", {{"x = a;--c--;b", "K O VCCCCCCCV"}});
        row("operators",
            {{"type => websocket_client", "KKKK OO VVVVVVVVVVVVVVVV"}, {"x += y", "K OO V"}});
        row("template header and directive",
            {{"[tpl](!)", "SSSSSSSS"}, {"#include \"other.conf\"", "DDDDDDDDDDDDDDDDDDDDD"}});
        row("no equals sign", {{"justtext ; c", "         CCC"}});
        // Asterisk reads the whole line, then the rest of the file as a comment.
        row("stray block end", {{"password = Zq7--;kX", "KKKKKKKK O VVVVVVVV"}, {"[a]", "CCC"}});
        row("non-ascii value", {{"x = caf\xc3\xa9 ; \xe2\x82\xac", "K O VVVV CCC"}});
    }
    void colours() {
        QFETCH(QStringList, lines);
        QFETCH(QStringList, marks);
        QTextDocument document;
        ConfigHighlighter highlighter(&document);
        document.setPlainText(lines.join(QLatin1Char('\n')));
        highlighter.rehighlight();
        for (int i = 0; i < lines.size(); ++i) {
            const QTextBlock block = document.findBlockByNumber(i);
            const QString mark = marks.at(i).leftJustified(lines.at(i).size());
            for (int k = 0; k < lines.at(i).size(); ++k) {
                const QTextCharFormat expected = highlighter.format(roleOf(mark.at(k).toLatin1()));
                QVERIFY2(formatAt(block, k) == expected,
                         qPrintable(QStringLiteral("line %1 '%2', column %3: expected '%4'")
                                        .arg(i + 1)
                                        .arg(lines.at(i))
                                        .arg(k + 1)
                                        .arg(mark.at(k))));
            }
        }
    }

    // On real files, every line is coloured as the parser classified it.
    void agreesWithTheParser_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("sample") << QStringLiteral(WSCM_SOURCE_DIR
                                                  "/tests/data/websocket_client.conf.sample");
        for (const char *name : {"constructs.conf", "comments.conf", "secrets.conf"})
            QTest::newRow(name) << QStringLiteral(WSCM_SOURCE_DIR "/tests/fuzz/corpus/config/") +
                                       QLatin1StringView(name);
    }
    void agreesWithTheParser() {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(RawText::isEditable(bytes));
        const ConfigDocument parsed(bytes);
        QTextDocument document;
        ConfigHighlighter highlighter(&document);
        document.setPlainText(RawText::toEditorText(bytes));
        highlighter.rehighlight();
        const auto expect = [&](const QTextBlock &block, qint32 byte, Role role, qsizetype line) {
            // The files are ASCII: a byte is a character.
            QVERIFY2(formatAt(block, byte) == highlighter.format(role),
                     qPrintable(
                         QStringLiteral("%1:%2 column %3").arg(path).arg(line + 1).arg(byte + 1)));
        };
        int checked = 0;
        for (qsizetype i = 0; i < parsed.lineCount(); ++i) {
            const ConfigLine &l = parsed.line(i);
            const QTextBlock block = document.findBlockByNumber(int(i));
            const QByteArrayView raw = parsed.rawLine(i);
            switch (l.kind) {
            case ConfigLine::Kind::Comment:
            case ConfigLine::Kind::TooLong:
                for (qint32 k = 0; k < l.length; ++k) {
                    if (!ConfigParser::isBlank(raw[k]))
                        expect(block, k, Role::Comment, i);
                }
                break;
            case ConfigLine::Kind::Blank:
                QVERIFY(block.layout()->formats().isEmpty());
                break;
            case ConfigLine::Kind::Section:
                expect(block, l.nameBegin, Role::Section, i);
                expect(block, l.nameEnd - 1, Role::Section, i);
                break;
            case ConfigLine::Kind::Directive:
                expect(block, l.nameBegin, Role::Directive, i);
                break;
            case ConfigLine::Kind::Variable:
                expect(block, l.nameBegin, Role::Key, i);
                expect(block, l.nameEnd - 1, Role::Key, i);
                expect(block, l.opBegin, Role::Operator, i);
                if (l.valueEnd > l.valueBegin) {
                    expect(block, l.valueBegin, Role::Value, i);
                    expect(block, l.valueEnd - 1, Role::Value, i);
                }
                break;
            default:
                break;
            }
            ++checked;
        }
        QCOMPARE(checked, parsed.lineCount());
        QVERIFY(checked > 0);
    }
};

QTEST_MAIN(TestConfigHighlighter)
#include "TestConfigHighlighter.moc"
