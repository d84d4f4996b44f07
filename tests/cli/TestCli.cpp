// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using CliRun::read;
using CliRun::Run;
using CliRun::wscm;

// The command line, tested by running the built wscm binary.
class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) {
        return CliRun::write(m_dir.path(), name, bytes);
    }

    static QByteArray validConfig() {
        return "; clients\r\n[ari]\r\ntype = websocket_client\r\nuri = "
               "wss://pbx.example.com/ari\r\n"
               "tls_enabled = yes\r\nconnection_type = persistent\r\nusername = bob\r\n"
               "password = hunter2 ; secret\r\nprotocols = ari\r\n"
               // Without a CA Asterisk would reject every server certificate (a warning).
               "ca_list_file = /etc/asterisk/ca.pem\r\n";
    }

private slots:
    void helpAndVersion() {
        const Run help = wscm({"--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"check", "get", "set", "unset", "export"})
            QVERIFY2(help.out.contains(command), command);
        const Run version = wscm({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("wscm "));
        for (const char *command : {"check", "get", "set", "unset", "export"}) {
            const Run sub = wscm({command, "--help"});
            QCOMPARE(sub.exitCode, 0);
            QVERIFY(sub.out.contains("Usage:"));
        }
    }

    void checkValidFile() {
        const Run r = wscm({"check", write("ok.conf", validConfig())});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("1 client object, 1 would load; 0 errors, 0 warnings"));
    }

    void checkPrintsLineFormat() {
        const QString path =
            write("bad.conf", "[a]\ntype = websocket_client\nuri = ws://h\n"
                              "connection_type = persistent\nconnection_timeout = 5s\n");
        const Run r = wscm({"check", path});
        QCOMPARE(r.exitCode, 1);
        const QString expected = path + ":5: error: [a] Error parsing connection_timeout=5s";
        QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
    }

    void checkRejectedFileExitsOne() {
        const Run r = wscm({"check", write("noctx.conf", "uri = ws://h\n[a]\n")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(":1: error: parse error: No category context"));
        QVERIFY(r.out.contains("load nothing"));
    }

    void checkWarningsStillExitZero() {
        const Run r =
            wscm({"check", write("warn.conf", "[a]\ntype = websocket_client\nuri = wss://h\n"
                                              "connection_type = persistent\n")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(":3: warning: [a] uri is wss:// but tls_enabled is no"));
    }

    void checkJson() {
        const Run r = wscm({"check", "--json", write("j.conf", validConfig())});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value("files").toArray().size(), 1);
        const QJsonObject object = doc.value("objects").toArray().first().toObject();
        QCOMPARE(object.value("name").toString(), QString("ari"));
        QCOMPARE(object.value("line").toInt(), 2);
        QCOMPARE(object.value("valid").toBool(), true);
        const QJsonObject effective = object.value("effective").toObject();
        QCOMPARE(effective.size(), 26);
        QCOMPARE(effective.value("tls_enabled"), QJsonValue(true));
        QCOMPARE(effective.value("enable_pingpongs"), QJsonValue(false));
        QCOMPARE(effective.value("connection_timeout"), QJsonValue(500));
        QCOMPARE(effective.value("pingpong_probes"), QJsonValue(3));
        QCOMPARE(effective.value("protocols"), QJsonValue("ari"));
        QCOMPARE(effective.value("connection_type"), QJsonValue("persistent"));
        QCOMPARE(effective.value("password"), QJsonValue("********"));
        QCOMPARE(effective.value("proxy_password"), QJsonValue(""));
        QVERIFY(!r.out.contains("hunter2"));
        QVERIFY(doc.value("diagnostics").toArray().isEmpty());

        const Run unset =
            wscm({"check", "--json",
                  write("j2.conf", "[a]\ntype = websocket_client\nuri = ws://h\nbogus = 1\n")});
        QCOMPARE(unset.exitCode, 1);
        const QJsonObject doc2 = QJsonDocument::fromJson(unset.out).object();
        const QJsonObject o2 = doc2.value("objects").toArray().first().toObject();
        QVERIFY(o2.value("effective").toObject().value("connection_type").isNull());
        // Asterisk shows its own spelling of the choice, whatever case the file used.
        for (const char *written : {"PERSISTENT", "Per_Call_Config"}) {
            const Run cased =
                wscm({"check", "--json",
                      write("case.conf", QByteArray("[a]\ntype = websocket_client\nuri = ws://h\n"
                                                    "connection_type = ") +
                                             written + "\n")});
            QCOMPARE(cased.exitCode, 0);
            const QJsonObject e = QJsonDocument::fromJson(cased.out)
                                      .object()
                                      .value("objects")
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value("effective")
                                      .toObject();
            QCOMPARE(e.value("connection_type").toString(),
                     QByteArray(written).toLower() == "persistent" ? QString("persistent")
                                                                   : QString("per_call_config"));
        }
        QCOMPARE(o2.value("valid").toBool(), false);
        const QJsonObject d = doc2.value("diagnostics").toArray().first().toObject();
        for (const char *key : {"file", "line", "severity", "section", "option", "message"})
            QVERIFY2(d.contains(key), key);
    }

    void showSecretsShowsThem() {
        const Run r = wscm({"check", "--json", "--show-secrets", write("s.conf", validConfig())});
        QVERIFY(r.out.contains("hunter2"));
    }

    void unreadableInputExitsTwo_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing") << "missing";
        QTest::newRow("folder") << "folder";
        QTest::newRow("50 MB") << "large";
    }
    void unreadableInputExitsTwo() {
        QFETCH(QString, kind);
        QString path = m_dir.filePath(kind);
        if (kind == "folder")
            QDir().mkpath(path);
        else if (kind == "large")
            write(kind, QByteArray(50 * 1024 * 1024, ';'));
        for (const QStringList &args :
             {QStringList{"check", path}, QStringList{"get", path, "a", "uri"},
              QStringList{"set", path, "a", "uri", "ws://x"}, QStringList{"export", path}}) {
            const Run r = wscm(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains(path.toUtf8()));
        }
        if (kind == "large")
            QVERIFY(QFileInfo(path).size() > 4000); // never written
    }

    // A NUL byte ends what Asterisk reads of a line; check reads the file the same way.
    void nulBytesAreCheckedAsAsteriskReadsThem() {
        const QString path = write("nul.conf", QByteArray("[a]\ntype = websocket_client\nuri = "
                                                          "ws://h/\0junk\nconnection_type = "
                                                          "persistent\n",
                                                          76));
        const Run r = wscm({"check", path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(":3: warning: [a] a NUL byte"), r.out.constData());
        const Run got = wscm({"get", path, "a", "uri"});
        QCOMPARE(got.exitCode, 0);
        QCOMPARE(got.out.trimmed(), QByteArray("ws://h/"));
    }

    void badArgumentsExitTwo() {
        QCOMPARE(wscm({"check"}).exitCode, 2);
        QCOMPARE(wscm({"check", "--nonsense", "x"}).exitCode, 2);
        QCOMPARE(wscm({"get", "a"}).exitCode, 2);
        QCOMPARE(wscm({"get", write("g.conf", validConfig()), "ari", "no_such_option"}).exitCode,
                 2);
        QCOMPARE(wscm({"check", "--max-size", "zero", "x"}).exitCode, 2);
    }

    // A mistyped command is named as one, never taken for a file for the desktop app.
    void unknownCommandSuggestsTheClosest() {
        const QString path = write("typo.conf", validConfig());
        Run r = wscm({"chek", path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown command 'chek' (did you mean 'check'?)"), r.err);
        QVERIFY2(!r.err.contains("[FILE]") && !r.err.contains("--connect"), r.err);
        QVERIFY(r.out.isEmpty());
        r = wscm({"exprot", path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown command 'exprot' (did you mean 'export'?)"), r.err);
        r = wscm({"frobnicate"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown command 'frobnicate'"), r.err);
        QVERIFY2(!r.err.contains("did you mean"), r.err);
    }

    void get() {
        const QString path =
            write("get.conf", validConfig() + "[t](!)\r\nconnection_timeout = 900\r\n");
        Run r = wscm({"get", path, "ari", "uri"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("wss://pbx.example.com/ari\n"));
        QCOMPARE(wscm({"get", path, "ari", "password"}).out, QByteArray("********\n"));
        QCOMPARE(wscm({"get", path, "ari", "password", "--show-secrets"}).out,
                 QByteArray("hunter2\n"));
        QCOMPARE(wscm({"get", path, "ari", "reconnect_interval"}).out, QByteArray("500\n"));
        QCOMPARE(wscm({"get", path, "t", "connection_timeout"}).out, QByteArray("900\n"));
        QCOMPARE(wscm({"get", path, "ari", "proxy_host"}).exitCode, 1);
        QCOMPARE(wscm({"get", path, "nosuch", "uri"}).exitCode, 1);
    }

    void setChangesOneLine() {
        const QByteArray original = validConfig();
        const QString path = write("set.conf", original);
        ::chmod(QFile::encodeName(path).constData(), 0600);
        Run r = wscm({"set", path, "ari", "protocols", "media"});
        QCOMPARE(r.exitCode, 0);
        QByteArray expected = original;
        expected.replace("protocols = ari", "protocols = media");
        QCOMPARE(read(path), expected);
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, 0600u);

        r = wscm({"set", path, "ari", "protocols", "media"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(read(path), expected);

        r = wscm({"set", path, "ari", "reconnect_interval", "1000"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(read(path), expected + "reconnect_interval = 1000\r\n");
    }

    void setRefusesWhatAsteriskWouldReject() {
        const QByteArray original = validConfig();
        const QString path = write("refuse.conf", original);
        Run r = wscm({"set", path, "ari", "connection_timeout", "soon"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Error parsing connection_timeout=soon"));
        QCOMPARE(read(path), original);
        r = wscm({"set", path, "ari", "connection_timeout", "soon", "--force"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(read(path).contains("connection_timeout = soon\r\n"));
        QCOMPARE(wscm({"set", path, "ari", "no_such_option", "1"}).exitCode, 2);
    }

    // The case: the old value began with an escaped ';', and its backslash used to
    // survive the replacement and read back in front of the new value.
    void setThenGetReadsTheValue() {
        const QString path = write("escaped.conf", "[a]\ntype = websocket_client\nuri => \\;b\n");
        QCOMPARE(wscm({"set", path, "a", "uri", "ws://fuzz;x"}).exitCode, 0);
        QCOMPARE(read(path), QByteArray("[a]\ntype = websocket_client\nuri => ws://fuzz\\;x\n"));
        const Run r = wscm({"get", path, "a", "uri"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("ws://fuzz;x\n"));
    }

    void setAddsMissingSection() {
        const QString path =
            write("add.conf",
                  "[a]\ntype = websocket_client\nuri = ws://h\nconnection_type = persistent\n");
        const Run r = wscm({"set", path, "b", "uri", "ws://other"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            read(path),
            QByteArray("[a]\ntype = websocket_client\nuri = ws://h\nconnection_type = persistent\n"
                       "\n[b]\ntype = websocket_client\nuri = ws://other\n"));
    }

    void unset() {
        const QString path = write("unset.conf", validConfig());
        Run r = wscm({"unset", path, "ari", "protocols"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!read(path).contains("protocols"));
        r = wscm({"unset", path, "ari", "uri"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("missing uri"));
        QVERIFY(read(path).contains("uri = wss://"));
    }

    void exportRoundTripsAndRedacts() {
        const QByteArray original = validConfig() + "proxy_password=s3cret";
        const QString path = write("export.conf", original);
        Run r = wscm({"export", path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, original);
        r = wscm({"export", path, "--redact"});
        QCOMPARE(r.exitCode, 0);
        QByteArray expected = original;
        // The secret line is hidden from its value to the end, its comment included.
        expected.replace("hunter2 ; secret", "********").replace("s3cret", "********");
        QCOMPARE(r.out, expected);
        const QString out = m_dir.filePath("out.conf");
        QCOMPARE(wscm({"export", path, "--redact", "-o", out}).exitCode, 0);
        QCOMPARE(read(out), expected);
    }

    // The dynamic loader's list of what it loaded (LD_DEBUG=files writes it to stderr).
    static QProcessEnvironment loaderTrace() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LD_DEBUG", "files");
        return env;
    }

    // Only the commands that open a window load Qt Gui and Widgets (through the wscm-gui
    // module): a check on a headless server needs no X11, OpenGL or font library.
    void commandLineLoadsNoGuiLibrary() {
        const QString path = write("nogui.conf", validConfig());
        for (const QStringList &args : {QStringList{"check", path}, QStringList{"--version"},
                                        QStringList{"export", path, "--redact"}}) {
            const Run r = wscm(args, loaderTrace());
            QCOMPARE(r.exitCode, 0);
            // The trace is there (so its silence about the GUI libraries means something).
            QVERIFY2(r.err.contains("libQt6Core.so"), r.err.left(2000));
            for (const char *library : {"libQt6Gui", "libQt6Widgets", "wscm-gui", "libX11",
                                        "libxcb", "libGL", "libEGL", "libfontconfig"})
                QVERIFY2(!r.err.contains(library),
                         qPrintable(args.join(' ') + " loads " + QString::fromLatin1(library)));
        }
    }

    // ... and the desktop app's commands do load the module and work (offscreen here).
    void guiCommandLoadsTheModule() {
        const Run r = wscm({"gui", "--help"}, loaderTrace());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Usage:") && r.out.contains("--connect"), r.out);
        QVERIFY2(r.err.contains("wscm-gui.so") && r.err.contains("libQt6Widgets.so"),
                 r.err.left(2000));
    }

    // An executable without its module (copied alone elsewhere) says which file it could not
    // load and why, and exits 1; the command line still works.
    void missingGuiModuleIsReported() {
        QTemporaryDir alone;
        const QString program = alone.filePath("wscm");
        QVERIFY(QFile::copy(QStringLiteral(WSCM_BINARY), program));
        const QString expected =
            QDir::cleanPath(alone.path() + "/" WSCM_GUI_MODULE_RELATIVE_DIR "/" +
                            QFileInfo(WSCM_GUI_MODULE).fileName());
        // A platform set is what makes `wscm demo` want a window.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        for (const QStringList &args : {QStringList{"gui"}, QStringList{"demo"}, QStringList{}}) {
            const Run r = wscm(args, env, program);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(expected.toUtf8()), r.err);
            QVERIFY2(r.err.contains("not found"), r.err);
            QVERIFY(r.out.isEmpty());
        }
        const Run check = wscm({"check", write("alone.conf", validConfig())},
                               QProcessEnvironment::systemEnvironment(), program);
        QCOMPARE(check.exitCode, 0);
    }

    void sampleChecksClean() {
        const Run r = wscm(
            {"check", QStringLiteral(WSCM_SOURCE_DIR "/tests/data/websocket_client.conf.sample")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("0 client objects, 0 would load; 0 errors, 0 warnings"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
