// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigFixture.h"

#include <QTest>

using namespace wscm;

// ast_config as Asterisk builds it: templates, (+), +=, includes.
class TestResolvedConfig : public QObject {
    Q_OBJECT
private:
    static QByteArray valueOf(const ResolvedConfig &r, const char *category, const char *name) {
        const ResolvedConfig::Category *c = r.category(category);
        if (!c)
            return "<no category>";
        QByteArray last = "<unset>";
        for (const auto &v : c->variables) {
            if (r.name(v) == QByteArrayView(name))
                last = r.value(v).toByteArray();
        }
        return last;
    }

private slots:
    // Each section is handed over once, in order, as soon as the next one begins; then only
    // the sections a later header may inherit from (and the first) keep their variables.
    void completedSectionsAreHandedOverAndLetGo() {
        ConfigFixture f;
        const ConfigSet set = f.load("[first]\na = 0\n[t](!)\na = 1\n[c](t)\nb = 2\n[d](c)\n"
                                     "c = 3\n[e]\nd = 4\n");
        QStringList handed;
        const ResolvedConfig r =
            ResolvedConfig::resolve(set, [&](const ResolvedConfig &config, qsizetype index) {
                const ResolvedConfig::Category &c = config.categories().at(index);
                // Complete: every variable is there, and no later section yet.
                handed.append(QString::fromUtf8(c.name) + QString::number(c.variables.size()));
                QCOMPARE(config.categories().size(), index + 1);
            });
        QCOMPARE(handed, QStringList({"first1", "t1", "c2", "d3", "e1"}));
        QCOMPARE(r.categories().size(), 5);
        QCOMPARE(r.category("first")->variables.size(), 1); // "[s]()" could name it
        QCOMPARE(r.category("t")->variables.size(), 1);
        QCOMPARE(r.category("c")->variables.size(), 2);
        QVERIFY(r.category("d")->variables.isEmpty());
        QVERIFY(r.category("d")->templates.isEmpty());
        QVERIFY(r.category("e")->variables.isEmpty());
        QCOMPARE(r.category("e")->line, 8);
    }

    // A (+) may add to a section after the next one began, and an included file's sections
    // may come before the includer's last lines: every section is handed over at the end,
    // complete, and none is let go of.
    void additionsAndIncludesHandOverAtTheEnd_data() {
        QTest::addColumn<QByteArray>("main");
        QTest::addColumn<QByteArray>("included");
        QTest::addColumn<QStringList>("handed");
        QTest::newRow("addition") << QByteArray("[a]\nx = 1\n[b]\ny = 1\n[a](+)\nz = 1\n")
                                  << QByteArray() << QStringList({"a2", "b1"});
        QTest::newRow("include") << QByteArray("[a]\nx = 1\n#include more.conf\ny = 1\n")
                                 << QByteArray("[b]\nz = 1\n") << QStringList({"a2", "b1"});
    }
    void additionsAndIncludesHandOverAtTheEnd() {
        QFETCH(QByteArray, main);
        QFETCH(QByteArray, included);
        QFETCH(QStringList, handed);
        ConfigFixture f;
        if (!included.isEmpty())
            f.write("more.conf", included);
        const ConfigSet set = f.load(main);
        QStringList seen;
        const ResolvedConfig r =
            ResolvedConfig::resolve(set, [&](const ResolvedConfig &config, qsizetype index) {
                QCOMPARE(config.categories().size(), 2);
                const ResolvedConfig::Category &c = config.categories().at(index);
                seen.append(QString::fromUtf8(c.name) + QString::number(c.variables.size()));
            });
        QCOMPARE(seen, handed);
        QCOMPARE(r.categories().at(0).variables.size(), handed.at(0).back().digitValue());
        QCOMPARE(r.categories().at(1).variables.size(), handed.at(1).back().digitValue());
    }

    void templatesCopyInOrder() {
        ConfigFixture f;
        const ResolvedConfig r =
            f.resolve("[t1](!)\na = 1\nb = 1\n[t2](!)\nb = 2\n[c](t1,t2)\nc = 3\n");
        const auto *c = r.category("c");
        QVERIFY(c && !c->isTemplate);
        QCOMPARE(c->templates, QList<QByteArray>({"t1", "t2"}));
        QStringList order;
        for (const auto &v : c->variables)
            order.append(QString::fromUtf8(r.name(v).toByteArray() + "=" +
                                           r.value(v).toByteArray() + "@" + r.templateOf(v)));
        QCOMPARE(order, QStringList({"a=1@t1", "b=1@t1", "b=2@t2", "c=3@"}));
        QVERIFY(r.category("t1")->isTemplate);
        QVERIFY(!r.isRejected());
    }

    void inheritedVariablesPointAtTheTemplateLine() {
        ConfigFixture f;
        const ResolvedConfig r = f.resolve("[t](!)\n\nuri = x\n[c](t)\n");
        QCOMPARE(r.category("c")->variables.first().line, 2);
    }

    void templateLookupIgnoresCase() {
        ConfigFixture f;
        const ResolvedConfig r = f.resolve("[Base](!)\na = 1\n[c](base)\n");
        QVERIFY(!r.isRejected());
        QCOMPARE(valueOf(r, "c", "a"), QByteArray("1"));
    }

    void templateLookupKeepsTheFirstOfAName() {
        // Asked again in another case, and after a later section of that name: still the
        // first one.
        ConfigFixture f;
        const ResolvedConfig r = f.resolve("[Base](!)\na = 1\n[c](base)\n[d](BASE)\n[base]\na = "
                                           "2\n[e](c)\n[g](Base)\n[h](base)\n");
        const auto &cats = r.categories();
        QCOMPARE(cats.size(), 7);
        for (int i : {1, 2, 5, 6}) {
            QCOMPARE(cats.at(i).templates, QList<QByteArray>{"Base"});
            QCOMPARE(r.value(cats.at(i).variables.first()), QByteArrayView("1"));
        }
        QCOMPARE(cats.at(4).templates, QList<QByteArray>{"c"});
    }

    void missingBaseRejectsFile() {
        ConfigFixture f;
        const ResolvedConfig r = f.resolve("[c](later)\n[later](!)\n");
        QVERIFY(r.isRejected());
        QCOMPARE(r.diagnostics().first().line, 1);
        QVERIFY(r.diagnostics().first().message.contains("Inheritance requested"));
    }

    void appendToExistingCategory() {
        ConfigFixture f;
        const ResolvedConfig r = f.resolve("[c]\na = 1\n[d]\n[c](+)\nb = 2\nx = y\n");
        QCOMPARE(r.categories().size(), 2);
        QCOMPARE(valueOf(r, "c", "b"), QByteArray("2"));
        QCOMPARE(valueOf(r, "d", "b"), QByteArray("<unset>"));
    }

    void appendToMissingCategoryRejectsFile() {
        ConfigFixture f;
        const ResolvedConfig r = f.resolve("[c](+)\na = 1\n");
        QVERIFY(r.isRejected());
        QVERIFY(r.diagnostics().first().message.contains("Category addition requested"));
    }

    void plusEqualsAppendsRawText() {
        ConfigFixture f;
        const ResolvedConfig r = f.resolve("[t](!)\np = a\n[c](t)\np += ,b\np +=  c \nq += new\n");
        // The raw text after "+=", blank included, is appended: "a" + " ,b" + "  c ".
        QCOMPARE(valueOf(r, "c", "p"), QByteArray("a ,b  c"));
        QCOMPARE(valueOf(r, "c", "q"), QByteArray("new"));
    }

    void variableBeforeSectionRejectsFile() {
        ConfigFixture f;
        const ResolvedConfig r = f.resolve("; c\nuri = x\n[c]\n");
        QVERIFY(r.isRejected());
        QCOMPARE(r.diagnostics().first().line, 2);
        QVERIFY(r.diagnostics().first().message.contains("No category context"));
    }

    void lineWithoutEqualsOnlyWarns() {
        ConfigFixture f;
        const ResolvedConfig r = f.resolve("[c]\nnonsense\n");
        QVERIFY(!r.isRejected());
        QCOMPARE(r.diagnostics().size(), 1);
        QCOMPARE(r.diagnostics().first().severity, Diagnostic::Severity::Warning);
    }

    void brokenHeadersRejectFile_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("bracket") << QByteArray("[c\n");
        QTest::newRow("paren") << QByteArray("[c](!\n");
        QTest::newRow("escape control") << QByteArray("[c]\n\\\t\n");
    }
    void brokenHeadersRejectFile() {
        QFETCH(QByteArray, text);
        ConfigFixture f;
        QVERIFY(f.resolve(text).isRejected());
    }

    void includesAreFollowedRelativeToTheIncluder() {
        ConfigFixture f;
        f.write("inc/part.conf", QByteArray());
        f.write("part.conf", "uri = from-include\n[d]\nb = 2\n");
        const ResolvedConfig r = f.resolve("[c]\n#include \"part.conf\"\na = 1\n");
        QVERIFY(!r.isRejected());
        // The included file continues the current category; the includer then keeps its own.
        QCOMPARE(valueOf(r, "c", "uri"), QByteArray("from-include"));
        QCOMPARE(valueOf(r, "c", "a"), QByteArray("1"));
        QCOMPARE(valueOf(r, "d", "b"), QByteArray("2"));
        QCOMPARE(r.category("d")->file, 1);
    }

    void missingIncludeRejectsTryincludeDoesNot() {
        ConfigFixture f;
        QVERIFY(f.resolve("#include <missing.conf>\n").isRejected());
        const ResolvedConfig ok = f.resolve("#tryinclude missing.conf\n[c]\n");
        QVERIFY(!ok.isRejected());
    }

    // config.c has no cycle check: it reads on until ten levels of #include, where the
    // innermost #include fails and only that file stops (tests/parity/config/include-cycle).
    void includeCycleStopsAtTheDepthLimit() {
        ConfigFixture f;
        f.write("b.conf", "[b]\nx = 1\n#include websocket_client.conf\n");
        const ResolvedConfig r = f.resolve("[a]\n#include b.conf\n");
        QVERIFY(!r.isRejected());
        int sections = 0;
        for (const auto &c : r.categories())
            sections += c.name == "b" ? 1 : 0;
        QCOMPARE(sections, 5);
        bool found = false;
        for (const Diagnostic &d : r.diagnostics())
            found = found || (d.isError() && d.message.contains("more than 10 levels deep"));
        QVERIFY(found);
    }

    void execIsNeverRun() {
        ConfigFixture f;
        const QString marker = f.path("ran");
        const ResolvedConfig r = f.resolve("#exec /usr/bin/touch " + marker.toUtf8() + "\n[c]\n");
        QVERIFY(!QFile::exists(marker));
        QVERIFY(!r.isRejected());
        QCOMPARE(r.diagnostics().size(), 1);
        QVERIFY(r.diagnostics().first().message.contains("never run"));
    }

    void unknownDirectiveWarns() {
        ConfigFixture f;
        const ResolvedConfig r = f.resolve("#define x\n[c]\n");
        QVERIFY(!r.isRejected());
        QVERIFY(r.diagnostics().first().message.contains("Unknown directive"));
    }

    void commentWarnings() {
        ConfigFixture f;
        const ResolvedConfig open = f.resolve("[c]\n;-- never closed\na = 1\n");
        QVERIFY(open.diagnostics().first().message.contains("Unterminated comment"));
        QCOMPARE(open.diagnostics().first().line, 2);
        const ResolvedConfig stray = f.resolve("[c]\na = 1--;x\nb = 2\n");
        QVERIFY(stray.diagnostics().first().message.contains("never opened"));
        QCOMPARE(valueOf(stray, "c", "b"), QByteArray("<unset>"));
    }
};

QTEST_GUILESS_MAIN(TestResolvedConfig)
#include "TestResolvedConfig.moc"
