// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "config/ConfigDocument.h"
#include "config/NewSection.h"

#include <QTest>

using namespace wscm;

// Every edit changes only the lines it must, in the file's own style.
class TestConfigDocument : public QObject {
    Q_OBJECT
private:
    static QByteArray set(const QByteArray &in, const char *section, const char *key,
                          const QByteArray &value) {
        ConfigDocument doc(in);
        QString error;
        if (!doc.setValue(section, key, value, &error))
            return "ERROR: " + error.toUtf8();
        return doc.bytes();
    }

private slots:
    void setValue_data() {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("replace keeps comment and spacing")
            << QByteArray("[a]\nuri =  ws://old   ; note\n") << QByteArray("a") << QByteArray("uri")
            << QByteArray("ws://new") << QByteArray("[a]\nuri =  ws://new   ; note\n");
        QTest::newRow("unchanged value is byte-identical")
            << QByteArray("[a]\r\nuri=ws://x\r\n") << QByteArray("a") << QByteArray("uri")
            << QByteArray("ws://x") << QByteArray("[a]\r\nuri=ws://x\r\n");
        QTest::newRow("last assignment wins, so it is the one edited")
            << QByteArray("[a]\nuri = 1\nuri = 2\n") << QByteArray("a") << QByteArray("uri")
            << QByteArray("3") << QByteArray("[a]\nuri = 1\nuri = 3\n");
        QTest::newRow("option names match without case")
            << QByteArray("[a]\nURI = 1\n") << QByteArray("a") << QByteArray("uri")
            << QByteArray("2") << QByteArray("[a]\nURI = 2\n");
        QTest::newRow("append becomes assign")
            << QByteArray("[a]\nprotocols = x\nprotocols += ,y\n") << QByteArray("a")
            << QByteArray("protocols") << QByteArray("z")
            << QByteArray("[a]\nprotocols = x\nprotocols = z\n");
        QTest::newRow("object operator kept")
            << QByteArray("[a]\nuri => 1\n") << QByteArray("a") << QByteArray("uri")
            << QByteArray("2") << QByteArray("[a]\nuri => 2\n");
        QTest::newRow("semicolon escaped")
            << QByteArray("[a]\npassword = x\n") << QByteArray("a") << QByteArray("password")
            << QByteArray("p;w") << QByteArray("[a]\npassword = p\\;w\n");
        QTest::newRow("empty value filled")
            << QByteArray("[a]\nusername =\n") << QByteArray("a") << QByteArray("username")
            << QByteArray("bob") << QByteArray("[a]\nusername = bob\n");
        QTest::newRow("value before comment without blank")
            << QByteArray("[a]\nuri = x;c\n") << QByteArray("a") << QByteArray("uri")
            << QByteArray("y--") << QByteArray("[a]\nuri = y-- ;c\n");
        QTest::newRow("new option after the last one, same style")
            << QByteArray("[a]\n\turi=ws://x\n\n; next\n[b]\n") << QByteArray("a")
            << QByteArray("protocols") << QByteArray("ari")
            << QByteArray("[a]\n\turi=ws://x\n\tprotocols=ari\n\n; next\n[b]\n");
        QTest::newRow("new option keeps crlf")
            << QByteArray("[a]\r\nuri = x\r\n") << QByteArray("a") << QByteArray("protocols")
            << QByteArray("ari") << QByteArray("[a]\r\nuri = x\r\nprotocols = ari\r\n");
        QTest::newRow("new option at end of file without newline")
            << QByteArray("[a]\nuri = x") << QByteArray("a") << QByteArray("protocols")
            << QByteArray("ari") << QByteArray("[a]\nuri = x\nprotocols = ari");
        QTest::newRow("style from a line with an escape copies only blanks")
            << QByteArray("[a]\nk = \\;b\n") << QByteArray("a") << QByteArray("uri")
            << QByteArray("ws://x") << QByteArray("[a]\nk = \\;b\nuri = ws://x\n");
        QTest::newRow("new option in empty section")
            << QByteArray("[a]\n[b]\nk = v\n") << QByteArray("a") << QByteArray("uri")
            << QByteArray("ws://h") << QByteArray("[a]\nuri = ws://h\n[b]\nk = v\n");
        QTest::newRow("edits the (+) block that holds the option")
            << QByteArray("[a]\nuri = 1\n[a](+)\ntls_enabled = no\n") << QByteArray("a")
            << QByteArray("tls_enabled") << QByteArray("yes")
            << QByteArray("[a]\nuri = 1\n[a](+)\ntls_enabled = yes\n");
        QTest::newRow("inline block comment line")
            << QByteArray("[a]\nuri = x ;-- c --; \n") << QByteArray("a") << QByteArray("uri")
            << QByteArray("y") << QByteArray("[a]\nuri = y ;-- c --; \n");
        // The case: the old value's leading backslash used to survive and escape
        // nothing, so "\\ws://fuzz;x" was read back.
        QTest::newRow("value starting with an escaped semicolon is replaced whole")
            << QByteArray("[a]\nuri => \\;b\n") << QByteArray("a") << QByteArray("uri")
            << QByteArray("ws://fuzz;x") << QByteArray("[a]\nuri => ws://fuzz\\;x\n");
        QTest::newRow("escaped semicolon first, comment after")
            << QByteArray("[a]\nuri = \\;b ; c\n") << QByteArray("a") << QByteArray("uri")
            << QByteArray("x") << QByteArray("[a]\nuri = x ; c\n");
        QTest::newRow("a value starting with > after = without a blank")
            << QByteArray("[a]\nuri =x\n") << QByteArray("a") << QByteArray("uri")
            << QByteArray(">gt") << QByteArray("[a]\nuri = >gt\n");
        QTest::newRow("a new line starting with > in a tight style")
            << QByteArray("[a]\nk=v\n") << QByteArray("a") << QByteArray("uri") << QByteArray(">gt")
            << QByteArray("[a]\nk=v\nuri= >gt\n");
        // Found by the fuzzer: "password++= x" assigns to "password+"; making its "+=" a
        // "=" must not join the key's '+' into a new "+=".
        QTest::newRow("append to a key ending in + becomes an assignment to that key")
            << QByteArray("[a]\npassword++= more\n") << QByteArray("a") << QByteArray("password+")
            << QByteArray("x") << QByteArray("[a]\npassword+ = x\n");
        QTest::newRow("a new key ending in + in a tight style")
            << QByteArray("[a]\nk=v\n") << QByteArray("a") << QByteArray("b+") << QByteArray("x")
            << QByteArray("[a]\nk=v\nb+ =x\n");
        QTest::newRow("a key starting with [ is refused")
            << QByteArray("[a]\n") << QByteArray("a") << QByteArray("[b]") << QByteArray("x")
            << QByteArray("ERROR: '[b]' is not a usable option name");
        QTest::newRow("missing section is an error")
            << QByteArray("[a]\n") << QByteArray("zz") << QByteArray("uri") << QByteArray("x")
            << QByteArray("ERROR: no section [zz] in ");
        QTest::newRow("duplicate definitions are an error")
            << QByteArray("[a]\n[a]\n") << QByteArray("a") << QByteArray("uri") << QByteArray("x")
            << QByteArray("ERROR: section [a] is defined 2 times (lines 1, 2); edit it by hand");
        QTest::newRow("value with line break refused")
            << QByteArray("[a]\n") << QByteArray("a") << QByteArray("uri") << QByteArray("x\ny")
            << QByteArray("ERROR: a value cannot contain line breaks or start or end with blanks "
                          "(Asterisk trims them)");
    }
    void setValue() {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, section);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, out);
        QCOMPARE(set(in, section.constData(), key.constData(), value), out);
    }

    void setValueReadsBack() {
        ConfigDocument doc(QByteArray("[a]\npassword = old ; c\n"));
        QVERIFY(doc.setValue("a", "password", "n;e--w"));
        QCOMPARE(doc.value(1), QByteArray("n;e--w"));
    }

    // Set, then read: the value comes back, whatever it holds and however the line it
    // replaces was written.
    void setValueReadsBackFromEveryStyle_data() {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("value");
        const QByteArray lines[] = {"uri => \\;b",         "uri = \\;b ; c",  "uri = a\\;",
                                    "uri=\\;\\;",          "uri += \\;b",     "uri = ;-- c --;\\;b",
                                    "\turi\t=>\t\\;b",     "uri = \\\\;b",    "uri = x",
                                    "URI = x;c",           "uri =x",          "uri+=x",
                                    "uri = x ;-- c --; y", "uri =",           "uri = a;--c--;b",
                                    "uri =;-- c --;x",     "uri+=;-- c --;x", "uri=>x",
                                    "uri => \\;b\r",       "uri = ;-- c --;x"};
        const QByteArray values[] = {"ws://fuzz;x", ";lead", "trail\\", "a--", "x;--y",
                                     "--",          "\\;",   ">gt",     "",    "\xc3\xa9;x",
                                     "k = v",       "--x",   ">"};
        for (const QByteArray &line : lines) {
            for (const QByteArray &value : values)
                QTest::addRow("%s <- %s", line.constData(), value.constData()) << line << value;
        }
    }
    void setValueReadsBackFromEveryStyle() {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, value);
        ConfigDocument doc("[a]\n" + line + "\n[b]\nx = 1\n");
        QString error;
        QVERIFY2(doc.setValue("a", "uri", value, &error), qPrintable(error));
        QCOMPARE(doc.lineCount(), 4);
        const ConfigDocument reread(doc.bytes());
        QCOMPARE(reread.line(1).kind, ConfigLine::Kind::Variable);
        QCOMPARE(reread.name(1).toLower(), QByteArray("uri"));
        QCOMPARE(reread.value(1), value);
        QCOMPARE(reread.value(3), QByteArray("1"));
    }

    void renameReplacesAnEscapedFirstByte() {
        ConfigDocument doc(QByteArray("[\\;a]\nx = 1\n"));
        QCOMPARE(doc.name(0), QByteArray(";a"));
        QVERIFY(doc.renameSection(";a", "b"));
        QCOMPARE(doc.bytes(), QByteArray("[b]\nx = 1\n"));
    }

    // The ranges of a first line count from its start, byte order mark included: the
    // escaped ';' is found at its own place, not three bytes further on.
    void renameReplacesAnEscapedFirstByteAfterAByteOrderMark() {
        ConfigDocument doc(QByteArray("\xEF\xBB\xBF[\\;a]\nx = 1\n"));
        QCOMPARE(doc.name(0), QByteArray(";a"));
        QVERIFY(doc.renameSection(";a", "b"));
        QCOMPARE(doc.bytes(), QByteArray("\xEF\xBB\xBF[b]\nx = 1\n"));
    }

    void unsetValue() {
        ConfigDocument doc(
            QByteArray("; head\n[a]\nuri = 1 ; c\nprotocols = p\nuri = 2\n\n[b]\nuri = 3\n"));
        int removed = 0;
        QVERIFY(doc.unsetValue("a", "uri", nullptr, &removed));
        QCOMPARE(removed, 2);
        QCOMPARE(doc.bytes(), QByteArray("; head\n[a]\nprotocols = p\n\n[b]\nuri = 3\n"));
        QVERIFY(doc.unsetValue("a", "nothing", nullptr, &removed));
        QCOMPARE(removed, 0);
    }

    void unsetLastLineKeepsMissingNewline() {
        ConfigDocument doc(QByteArray("[a]\r\ntype = x\r\nuri = y"));
        QVERIFY(doc.unsetValue("a", "uri"));
        QCOMPARE(doc.bytes(), QByteArray("[a]\r\ntype = x"));
    }

    void addSection() {
        ConfigDocument doc(QByteArray("[a]\n  uri  =  x\n"));
        QVERIFY(doc.addSection("b", {"base"}, false,
                               {{"type", "websocket_client"}, {"uri", "ws://h"}}));
        QCOMPARE(
            doc.bytes(),
            QByteArray(
                "[a]\n  uri  =  x\n\n[b](base)\n  type  =  websocket_client\n  uri  =  ws://h\n"));
        QVERIFY(!doc.addSection("b", {}, false, {}));
        QVERIFY(!doc.addSection("bad]name", {}, false, {}));
        ConfigDocument empty;
        QVERIFY(empty.addSection("t", {}, true, {}));
        QCOMPARE(empty.bytes(), QByteArray("[t](!)\n"));
    }

    // The one rule for a new section, shared by the app's Add Section and `wscm set`.
    void newClientSectionGetsTypeFirst_data() {
        QTest::addColumn<bool>("isTemplate");
        QTest::addColumn<QByteArray>("firstKey");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("client") << false << QByteArray("uri")
                                << QByteArray("[b](t)\ntype = websocket_client\nuri = ws://h\n");
        QTest::newRow("client given its type")
            << false << QByteArray("Type") << QByteArray("[b](t)\nType = ws://h\n");
        QTest::newRow("template") << true << QByteArray("uri")
                                  << QByteArray("[b](!,t)\nuri = ws://h\n");
    }
    void newClientSectionGetsTypeFirst() {
        QFETCH(bool, isTemplate);
        QFETCH(QByteArray, firstKey);
        QFETCH(QByteArray, expected);
        ConfigDocument doc;
        QString error;
        QVERIFY2(NewSection({"b", {"t"}, isTemplate, {{firstKey, "ws://h"}}}).addTo(doc, &error),
                 qPrintable(error));
        QCOMPARE(doc.bytes(), expected);
        QVERIFY(!NewSection({"b", {}, false, {}}).addTo(doc, &error));
        QVERIFY(!error.isEmpty());
    }

    void renameUpdatesInheritors() {
        ConfigDocument doc(QByteArray("[base](!)\nx = 1\n[c](base,other)\n[base](+)\ny = 2\n"));
        QVERIFY(doc.renameSection("base", "common"));
        QCOMPARE(doc.bytes(),
                 QByteArray("[common](!)\nx = 1\n[c](common,other)\n[common](+)\ny = 2\n"));
        QVERIFY(!doc.renameSection("common", "c"));
    }

    void duplicateCopiesOptions() {
        ConfigDocument doc(QByteArray("[a](t)\nuri = x ; c\n; between\nprotocols = p\n"));
        QVERIFY(doc.duplicateSection("a", "a2"));
        QCOMPARE(doc.bytes(), QByteArray("[a](t)\nuri = x ; c\n; between\nprotocols = "
                                         "p\n\n[a2](t)\nuri = x ; c\nprotocols = p\n"));
    }

    void removeKeepsNeighbours() {
        ConfigDocument doc(
            QByteArray("; top\n[a]\nuri = 1\n\n; about b\n[b]\nuri = 2\n; tail\n[c]\n"));
        QVERIFY(doc.removeSection("b"));
        QCOMPARE(doc.bytes(), QByteArray("; top\n[a]\nuri = 1\n\n; about b\n; tail\n[c]\n"));
    }

    void setTemplates() {
        ConfigDocument doc(QByteArray("[a] ; comment\nuri = 1\n"));
        QVERIFY(doc.setSectionTemplates("a", false, {"t1", "t2"}));
        QCOMPARE(doc.bytes(), QByteArray("[a](t1,t2) ; comment\nuri = 1\n"));
        QVERIFY(doc.setSectionTemplates("a", true, {}));
        QCOMPARE(doc.bytes(), QByteArray("[a](!) ; comment\nuri = 1\n"));
        QVERIFY(doc.setSectionTemplates("a", false, {}));
        QCOMPARE(doc.bytes(), QByteArray("[a] ; comment\nuri = 1\n"));
    }

    void valueHoldingAStrayBlockEndIsNotReplaced() {
        // "--;" inside the value makes Asterisk read the rest of the file as comment;
        // replacing the value would bring "b = 2" back to life.
        const QByteArray original("[a]\nuri = x--;y\nb = 2\n");
        ConfigDocument doc(original);
        QString error;
        QVERIFY(!doc.setValue("a", "uri", "z", &error));
        QVERIFY(error.contains("block-comment marker"));
        QCOMPARE(doc.bytes(), original);
    }

    void failedEditLeavesDocumentAlone() {
        const QByteArray original("[a]\nuri = 1\n");
        ConfigDocument doc(original);
        QString error;
        QVERIFY(!doc.setValue("a", "uri", " padded", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!doc.renameSection("zz", "y", &error));
        QVERIFY(!doc.removeSection("zz", &error));
        QCOMPARE(doc.bytes(), original);
    }
};

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "TestConfigDocument.moc"
