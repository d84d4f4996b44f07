// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ProgramRun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The desktop integration files, the man page, the shell completion and the Debian package,
// checked with the tools a distribution would use on them.
class TestPackaging : public QObject {
    Q_OBJECT

private:
    static QString source(const QString &relative) {
        return QStringLiteral(WSCM_SOURCE_DIR "/") + relative;
    }
    static QString appId() { return QStringLiteral(WSCM_APP_ID); }

    // The subcommands, as `wscm --help` lists them.
    static QStringList commands() {
        const ProgramRun help = ProgramRun::run(QStringLiteral(WSCM_BINARY), {"--help"});
        const QString text = QString::fromUtf8(help.out);
        QStringList names;
        const QString list = text.section(QStringLiteral("Commands:\n"), 1).section("\n\n", 0, 0);
        for (const QString &line : list.split('\n', Qt::SkipEmptyParts))
            names << line.trimmed().section(' ', 0, 0);
        return names;
    }

    // Every file `cmake --install` and the .deb put under the prefix, checked in place.
    static void verifyInstalledTree(const QString &prefix) {
        const QStringList files = {
            "bin/wscm",
            "share/applications/" + appId() + ".desktop",
            "share/metainfo/" + appId() + ".metainfo.xml",
            "share/icons/hicolor/scalable/apps/" + appId() + ".svg",
            "share/man/man1/wscm.1.gz",
            "share/bash-completion/completions/wscm",
            "share/doc/wscm/README.md",
            "share/doc/wscm/options.md",
            "share/doc/wscm/failure-detection.md",
            "share/doc/wscm/failure-causes.md",
            "share/doc/wscm/remote.md",
            "share/doc/wscm/copyright",
            "share/doc/wscm/prometheus/README.md",
            "share/doc/wscm/prometheus/prometheus.yml",
            "share/doc/wscm/prometheus/wscm-alerts.yml",
            "share/doc/wscm/prometheus/wscm-alerts.test.yml",
            "share/doc/wscm/prometheus/wscm-targets/example.yml",
            "share/doc/wscm/prometheus/consoles/wscm.html",
            "lib/systemd/system/wscm-probe@.service",
            "share/doc/wscm/changelog.gz",
            WSCM_GUI_MODULE_DIR "/wscm-gui.so",
        };
        for (const QString &file : files) {
            const QFileInfo info(prefix + '/' + file);
            QVERIFY2(info.isFile() && info.size() > 0, qPrintable(info.filePath() + " missing"));
        }
        const ProgramRun version = ProgramRun::run(prefix + "/bin/wscm", {"--version"});
        QVERIFY2(version.ok(), version.report());
        QCOMPARE(version.out.trimmed(), QByteArray("wscm " WSCM_VERSION));
        // The installed executable finds the desktop app's module at its installed place (the
        // test runs offscreen, so no display is needed).
        const ProgramRun gui = ProgramRun::run(prefix + "/bin/wscm", {"gui", "--help"});
        QVERIFY2(gui.ok() && gui.out.contains("--connect"), gui.report());

        const ProgramRun desktop = ProgramRun::run(
            "desktop-file-validate", {prefix + "/share/applications/" + appId() + ".desktop"});
        QVERIFY2(desktop.ok() && desktop.out.isEmpty(), desktop.report());

        const QByteArray svg =
            readFile(prefix + "/share/icons/hicolor/scalable/apps/" + appId() + ".svg");
        QVERIFY(svg.contains("<svg"));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("MANPAGER", "cat");
        env.insert("MANWIDTH", "80");
        const ProgramRun man =
            ProgramRun::run("man", {"-l", prefix + "/share/man/man1/wscm.1.gz"}, 60000, env);
        QVERIFY2(man.ok() && man.err.isEmpty(), man.report());
        QVERIFY2(man.out.contains("EXIT STATUS"), man.out);

        QCOMPARE(readFile(prefix + "/share/doc/wscm/copyright"),
                 readFile(source("packaging/debian/copyright")));
    }

    // The .deb, made once by cpack for every test that needs it.
    QString debianPackage() {
        if (!m_deb.isEmpty())
            return m_deb;
        const ProgramRun pack = ProgramRun::run(
            "cpack", {"--config", WSCM_BUILD_DIR "/CPackConfig.cmake", "-B", m_scratch.path()},
            180000);
        if (!pack.ok()) {
            qWarning("%s", pack.report().constData());
            return QString();
        }
        const QStringList debs = QDir(m_scratch.path()).entryList({"*.deb"}, QDir::Files);
        if (debs.size() != 1) {
            qWarning("cpack made %lld packages", static_cast<long long>(debs.size()));
            return QString();
        }
        m_deb = m_scratch.filePath(debs.first());
        return m_deb;
    }

    static QByteArray readFile(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_scratch;
    QString m_deb;

private Q_SLOTS:
    void initTestCase() {
        for (const char *tool :
             {"desktop-file-validate", "appstreamcli", "groff", "man", "cpack", "dpkg-deb",
              "dpkg-shlibdeps", "dpkg-parsechangelog", "lintian", "bash"}) {
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is not installed; scripts/test installs it")
                                    .arg(QLatin1StringView(tool))));
        }
    }

    void desktopFileValidates() {
        const ProgramRun run =
            ProgramRun::run("desktop-file-validate", {source("packaging/" + appId() + ".desktop")});
        QVERIFY2(run.ok() && run.out.isEmpty() && run.err.isEmpty(), run.report());
    }

    void metainfoValidates() {
        const ProgramRun run =
            ProgramRun::run("appstreamcli", {"validate", "--no-net",
                                             source("packaging/" + appId() + ".metainfo.xml")});
        QVERIFY2(run.ok(), run.report());
    }

    // The launcher and the software centre name the app in each language the app speaks
    // (translations/wscm_*.ts; wscm_en.ts holds only English plurals).
    void desktopEntriesAreTranslated() {
        const QString desktop =
            QString::fromUtf8(readFile(source("packaging/" + appId() + ".desktop")));
        const QString metainfo =
            QString::fromUtf8(readFile(source("packaging/" + appId() + ".metainfo.xml")));
        const QStringList files =
            QDir(source("translations")).entryList({QStringLiteral("wscm_*.ts")}, QDir::Files);
        QVERIFY(files.size() >= 5);
        for (const QString &file : files) {
            const QString language = file.mid(5).chopped(3);
            if (language == QLatin1StringView("en"))
                continue;
            for (const QString &key : {QStringLiteral("Name"), QStringLiteral("Comment")}) {
                const QRegularExpression line(
                    QStringLiteral("^%1\\[%2\\]=(.+)$").arg(key, language),
                    QRegularExpression::MultilineOption);
                QVERIFY2(line.match(desktop).hasMatch(),
                         qPrintable(
                             QStringLiteral("no %1[%2] in the .desktop file").arg(key, language)));
            }
            for (const QString &tag : {QStringLiteral("name"), QStringLiteral("summary")}) {
                const QString open = QStringLiteral("<%1 xml:lang=\"%2\">").arg(tag, language);
                QVERIFY2(metainfo.contains(open),
                         qPrintable(QStringLiteral("no %1 in the metainfo").arg(open)));
            }
        }
    }

    void metainfoNewestReleaseIsThisVersion() {
        const QByteArray xml = readFile(source("packaging/" + appId() + ".metainfo.xml"));
        const QRegularExpression release(QStringLiteral("<release version=\"([^\"]+)\""));
        const auto match = release.match(QString::fromUtf8(xml));
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1), QStringLiteral(WSCM_VERSION));
    }

    void manPageRendersAndNamesEveryCommand() {
        const QString page = QStringLiteral(WSCM_BUILD_DIR "/packaging/wscm.1");
        const ProgramRun run = ProgramRun::run("groff", {"-man", "-Tutf8", "-ww", page});
        QVERIFY2(run.ok() && run.err.isEmpty(), run.report());
        // groff marks bold with backspaces on a tty device; strip them to read the words.
        const QString text = QString::fromUtf8(run.out).remove(QRegularExpression(".\b"));
        const QStringList names = commands();
        QVERIFY2(names.size() >= 7, qPrintable(names.join(' ')));
        for (const QString &name : names)
            QVERIFY2(text.contains(QRegularExpression("\n {7}" + name + "\\b")),
                     qPrintable("the man page does not describe 'wscm " + name + "'"));
    }

    void bashCompletion_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("command") << "wscm pro"
                                 << "probe";
        QTest::newRow("every command") << "wscm " << commands().join(' ');
        QTest::newRow("top-level option") << "wscm --ver"
                                          << "--version";
        QTest::newRow("probe option") << "wscm probe --dur"
                                      << "--duration";
        QTest::newRow("probe --dial") << "wscm probe x.conf --di"
                                      << "--dial";
        QTest::newRow("export option") << "wscm export x.conf --re"
                                       << "--redact";
        QTest::newRow("set option") << "wscm set --f"
                                    << "--force";
        // A file on a PBX: the host from the hosts ssh knows (here the test's HOSTFILE). The
        // word starts after "ssh:", where bash splits words at a colon.
        QTest::newRow("remote host") << "wscm check ssh://pb"
                                     << "//pbx1.example.org/";
        QTest::newRow("remote user and host") << "wscm probe --once ssh://admin@pb"
                                              << "//admin@pbx1.example.org/";
        QTest::newRow("remote export target") << "wscm export x.conf -o ssh://pb"
                                              << "//pbx1.example.org/";
    }

    void bashCompletion() {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        // Completes `line` as bash would after TAB, with the real bash-completion library.
        const QString script = QStringLiteral("source /usr/share/bash-completion/bash_completion\n"
                                              "source \"$1\"\n"
                                              "COMP_LINE=\"$2\"; COMP_POINT=${#COMP_LINE}\n"
                                              "read -r -a COMP_WORDS <<< \"$COMP_LINE\"\n"
                                              "[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')\n"
                                              "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                                              "_wscm\n"
                                              "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
        QTemporaryDir cwd; // so that file-name completion finds nothing
        QTemporaryDir hosts;
        QFile hostFile(hosts.filePath("hosts"));
        QVERIFY(hostFile.open(QIODevice::WriteOnly) &&
                hostFile.write("10.1.2.3 pbx1.example.org\n") > 0);
        hostFile.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOSTFILE", hostFile.fileName());
        env.insert("PATH",
                   QFileInfo(QStringLiteral(WSCM_BINARY)).absolutePath() + ':' + env.value("PATH"));
        const ProgramRun run =
            ProgramRun::run("bash",
                            {"-c", "cd \"$3\" && " + script, "bash",
                             source("packaging/wscm.bash-completion"), line, cwd.path()},
                            30000, env);
        QVERIFY2(run.ok(), run.report());
        const QStringList offered = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
        for (const QString &word : expected.split(' '))
            QVERIFY2(offered.contains(word), qPrintable(line + " offered: " + offered.join(' ')));
    }

    void cmakeInstallPutsEveryFileInPlace() {
        QTemporaryDir prefix;
        const ProgramRun run = ProgramRun::run(
            "cmake", {"--install", WSCM_BUILD_DIR, "--prefix", prefix.path()}, 120000);
        QVERIFY2(run.ok(), run.report());
        verifyInstalledTree(prefix.path());
    }

    void debianPackageInstallsEveryFile() {
        const QString deb = debianPackage();
        QVERIFY(!deb.isEmpty());

        const ProgramRun fields = ProgramRun::run("dpkg-deb", {"-f", deb});
        QVERIFY2(fields.ok(), fields.report());
        QVERIFY2(fields.out.contains("Package: wscm\n"), fields.out);
        QVERIFY2(fields.out.contains("Version: " WSCM_VERSION), fields.out);
        QVERIFY2(fields.out.contains("Section: net\n"), fields.out);
        // The project, not an invented person, maintains the package.
        QVERIFY2(fields.out.contains("\nMaintainer: wscm project <"), fields.out);
        // The extended description: every line indented by one blank, none a CMake list.
        QVERIFY2(fields.out.contains("\n Editor, validator") && !fields.out.contains("\n ;"),
                 fields.out);
        // dpkg-shlibdeps, not a hand-written list, found the Qt and C++ libraries.
        const QRegularExpression depends(QStringLiteral("\nDepends: [^\n]*libqt6core6[^\n]*"
                                                        "libqt6websockets6[^\n]*\n"));
        QVERIFY2(QString::fromUtf8(fields.out).contains(depends), fields.out);

        const QString root = m_scratch.filePath("root");
        const ProgramRun extract = ProgramRun::run("dpkg", {"-x", deb, root});
        QVERIFY2(extract.ok(), extract.report());
        verifyInstalledTree(root + "/usr");
        QVERIFY2(!QFileInfo::exists(root + "/usr/local"), "the package installs under /usr/local");

        // The changelog in Debian's format, for this version.
        const ProgramRun changelog =
            ProgramRun::run("dpkg-parsechangelog",
                            {"-l", root + "/usr/share/doc/wscm/changelog.gz", "-S", "Version"});
        QVERIFY2(changelog.ok(), changelog.report());
        QCOMPARE(changelog.out.trimmed(), QByteArray(WSCM_VERSION));
    }

    // Debian's own package checker: not one error or warning (informational tags are allowed).
    void lintianAcceptsThePackage() {
        const QString deb = debianPackage();
        QVERIFY(!deb.isEmpty());
        const ProgramRun run = ProgramRun::run(
            "lintian", {"--fail-on", "error,warning", "--no-tag-display-limit", deb}, 300000);
        QVERIFY2(run.ok(), run.report());
        const QRegularExpression tag(QStringLiteral("^[EW]: "),
                                     QRegularExpression::MultilineOption);
        QVERIFY2(!QString::fromUtf8(run.out).contains(tag), run.report());
    }

    // GPL-3.0-or-later, said the same way everywhere a tool or a person looks for it.
    void licenceIsStatedEverywhere() {
        QCOMPARE(readFile(source("LICENSE")), readFile("/usr/share/common-licenses/GPL-3"));
        const QByteArray metainfo = readFile(source("packaging/" + appId() + ".metainfo.xml"));
        QVERIFY(metainfo.contains("<project_license>GPL-3.0-or-later</project_license>"));
        const QByteArray copyright = readFile(source("packaging/debian/copyright"));
        QVERIFY(copyright.startsWith(
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"));
        QVERIFY(copyright.contains("\nFiles: *\n"));
        QVERIFY(copyright.contains("\nLicense: GPL-3+\n"));
    }

    // Every source file says its licence where REUSE-aware tools look: its first lines.
    void sourceFilesCarrySpdxHeaders() {
        const QRegularExpression sourceName(
            QStringLiteral(R"(\.(cpp|h|py|js|sh|cmake)$|^CMakeLists\.txt$)"));
        QStringList unlabelled;
        int checked = 0;
        for (const char *folder :
             {"app", "core", "ui", "demo", "tests", "bench", "scripts", "packaging", ".ci"}) {
            QDirIterator it(source(QString::fromLatin1(folder)), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = QDir(source(QString())).relativeFilePath(path);
                // Fuzz inputs are data, not source (recorded parity data has no source name);
                // bench/node_modules is the benchmark's peers as npm installs them, not ours.
                if (relative.startsWith(QLatin1String("tests/fuzz/corpus/")) ||
                    relative.startsWith(QLatin1String("tests/fuzz/regressions/")) ||
                    relative.startsWith(QLatin1String("bench/node_modules/")))
                    continue;
                const bool script = relative.startsWith(QLatin1String("scripts/")) ||
                                    relative.startsWith(QLatin1String(".ci/"));
                if (!script && !sourceName.match(it.fileName()).hasMatch())
                    continue;
                ++checked;
                const QByteArray head = readFile(path).left(400);
                if (!head.contains("SPDX-License-Identifier: GPL-3.0-or-later"))
                    unlabelled << relative;
            }
        }
        QVERIFY(checked > 300);
        QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "TestPackaging.moc"
