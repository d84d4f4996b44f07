// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

// `wscm demo` as a newcomer meets it: the built binary writes its config to a temporary
// folder, starts its servers (and squid) on 127.0.0.1, shows every kind of behaviour
// within seconds, and leaves nothing behind.
class TestDemo : public QObject {
    Q_OBJECT

private:
    // Each run gets its own home and temporary folder, so that "nothing written outside the
    // demo folder" can be checked by looking at them afterwards.
    struct Sandbox {
        QTemporaryDir root;
        QString home() const { return root.filePath("home"); }
        QString tmp() const { return root.filePath("tmp"); }

        QProcessEnvironment environment(bool display) const {
            QDir().mkpath(home());
            QDir().mkpath(tmp());
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                                     "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
                env.remove(name);
            if (display) {
                env.insert("QT_QPA_PLATFORM", "offscreen");
                // A desktop session always has a runtime folder; without one Qt would make
                // its own in TMPDIR.
                QDir().mkpath(root.filePath("runtime"));
                QFile::setPermissions(root.filePath("runtime"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                env.insert("XDG_RUNTIME_DIR", root.filePath("runtime"));
            }
            env.insert("HOME", home());
            env.insert("TMPDIR", tmp());
            return env;
        }

        QStringList leftovers() const {
            QStringList files;
            for (const QString &dir : {home(), tmp()}) {
                QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                QDirIterator::Subdirectories);
                while (it.hasNext())
                    files << it.next();
            }
            return files;
        }
    };

    struct SectionLog {
        bool connected = false;
        bool pong = false;
        QStringList failures; // "stage: detail" of error and disconnected events
        bool reconnectedAfterPingTimeout = false;
        bool pingTimedOut = false;
    };

    // The folder the demo announces on stderr once it has started; empty when it did not.
    static QString waitForDemoFolder(QProcess &demo, QByteArray *errors) {
        const QRegularExpression line(QStringLiteral("wscm demo: config (\\S+) "));
        QString folder;
        [[maybe_unused]] const bool started = QTest::qWaitFor(
            [&] {
                *errors += demo.readAllStandardError();
                const auto match = line.match(QString::fromUtf8(*errors));
                if (match.hasMatch())
                    folder = QFileInfo(match.captured(1)).absolutePath();
                return !folder.isEmpty() || demo.state() == QProcess::NotRunning;
            },
            20000);
        return folder;
    }

    static QList<quint16> portsIn(const QString &config) {
        QList<quint16> ports;
        const QRegularExpression address(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"));
        auto it = address.globalMatch(config);
        while (it.hasNext())
            ports << it.next().captured(1).toUShort();
        return ports;
    }

    static bool refuses(quint16 port) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return !socket.waitForConnected(1000);
    }

    static void stopAndVerifyNothingLeft(QProcess &demo, const Sandbox &sandbox,
                                         const QString &folder, const QList<quint16> &ports) {
        if (demo.state() != QProcess::NotRunning) {
            demo.terminate();
            QVERIFY(demo.waitForFinished(15000));
        }
        QCOMPARE(demo.exitStatus(), QProcess::NormalExit);
        QCOMPARE(demo.exitCode(), 0);
        QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder + " was not removed"));
        const QStringList leftovers = sandbox.leftovers();
        QVERIFY2(leftovers.isEmpty(),
                 qPrintable("written outside the demo folder: " + leftovers.join(' ')));
        for (const quint16 port : ports)
            QVERIFY2(refuses(port), qPrintable(QString("port %1 still answers").arg(port)));
    }

    // The targets of a process's open descriptors, from /proc.
    static QStringList openFiles(qint64 pid) {
        QStringList files;
        const QDir fds(QString("/proc/%1/fd").arg(pid));
        for (const QString &fd : fds.entryList(QDir::Files | QDir::System))
            files << QFileInfo(fds.filePath(fd)).symLinkTarget();
        return files;
    }

    static qint64 squidServing(const QString &folder) {
        for (const QString &pid : QDir("/proc").entryList(QDir::Dirs)) {
            QFile cmdline("/proc/" + pid + "/cmdline");
            if (!cmdline.open(QIODevice::ReadOnly))
                continue;
            const QByteArray args = cmdline.readAll();
            if (args.contains("squid") && args.contains(folder.toUtf8()))
                return pid.toLongLong();
        }
        return 0;
    }

private Q_SLOTS:
    // A descriptor that wscm inherited without close-on-exec (the lock a build tool holds
    // around the tests) is not handed on to squid, which may outlive a crashed wscm.
    void squidInheritsNoDescriptorOfOurs() {
        if (QStandardPaths::findExecutable("squid").isEmpty())
            QSKIP("squid is not installed: the demo runs without its proxy");
        Sandbox sandbox;
        QTemporaryDir markerDir;
        const QByteArray marker = markerDir.filePath("held-by-a-build-tool").toUtf8();
        const int fd = ::open(marker.constData(), O_CREAT | O_RDWR, 0600); // no O_CLOEXEC
        QVERIFY(fd >= 0);
        QProcess demo;
        demo.setProcessEnvironment(sandbox.environment(false));
        demo.start(WSCM_BINARY, {"demo", "--no-gui", "--duration", "60"});
        const bool started = demo.waitForStarted();
        ::close(fd);
        QVERIFY(started);
        QByteArray errors;
        const QString folder = waitForDemoFolder(demo, &errors);
        QVERIFY2(!folder.isEmpty(), errors);
        // wscm itself holds it: what the test looks for is there to be found.
        QVERIFY(openFiles(demo.processId()).contains(QString::fromUtf8(marker)));
        qint64 squid = 0;
        QTRY_VERIFY((squid = squidServing(folder)) != 0);
        QVERIFY2(!openFiles(squid).contains(QString::fromUtf8(marker)),
                 qPrintable(openFiles(squid).join(' ')));
        demo.terminate();
        QVERIFY(demo.waitForFinished(15000));
    }

    void headlessDemoShowsEveryBehaviour() {
        Sandbox sandbox;
        QProcess demo;
        demo.setProcessEnvironment(sandbox.environment(false));
        demo.start(WSCM_BINARY, {"demo", "--no-gui", "--json", "--duration", "60"});
        QVERIFY(demo.waitForStarted());

        QByteArray errors;
        const QString folder = waitForDemoFolder(demo, &errors);
        QVERIFY2(!folder.isEmpty(), errors);
        QFile configFile(folder + "/websocket_client.conf");
        QVERIFY(configFile.open(QIODevice::ReadOnly));
        const QString config = QString::fromUtf8(configFile.readAll());
        const QList<quint16> ports = portsIn(config);
        QVERIFY2(ports.size() >= 4, qPrintable(config));

        // Asterisk would load every demo section but the one with the deliberate typo.
        QProcess check;
        check.start(WSCM_BINARY, {"check", configFile.fileName()});
        QVERIFY(check.waitForFinished(30000));
        const QString verdict = QString::fromUtf8(check.readAllStandardOutput());
        QCOMPARE(check.exitCode(), 1);
        QVERIFY2(verdict.count(": error: ") == 1 &&
                     verdict.contains(": error: [media-typo] Error parsing pingpong_interval=1s"),
                 qPrintable(verdict));

        const bool proxy = !QStandardPaths::findExecutable("squid").isEmpty();
        QCOMPARE(config.contains("[media-via-proxy]"), proxy);

        QHash<QString, SectionLog> sections;
        QByteArray output;
        const auto allSeen = [&] {
            return sections["media-plain"].connected && sections["media-plain"].pong &&
                   sections["media-tls"].connected && sections["media-tls"].pong &&
                   sections["media-silent"].reconnectedAfterPingTimeout &&
                   !sections["media-wrong-password"].failures.isEmpty() &&
                   (!proxy || sections["media-via-proxy"].pong);
        };
        const auto read = [&] {
            output += demo.readAllStandardOutput();
            while (output.contains('\n')) {
                const qsizetype end = output.indexOf('\n');
                const QJsonObject event = QJsonDocument::fromJson(output.left(end)).object();
                output.remove(0, end + 1);
                SectionLog &log = sections[event["section"].toString()];
                const QString kind = event["event"].toString();
                const QString stage = event["stage"].toString();
                if (kind == "connected") {
                    log.connected = true;
                    log.reconnectedAfterPingTimeout |= log.pingTimedOut;
                } else if (kind == "pong") {
                    log.pong = true;
                } else if (kind == "error" || kind == "disconnected") {
                    log.failures << stage + ": " + event["detail"].toString();
                    log.pingTimedOut |= stage == "ping-timeout";
                }
            }
            return allSeen() || demo.state() == QProcess::NotRunning;
        };
        [[maybe_unused]] const bool done = QTest::qWaitFor(read, 20000); // judged below, one by one
        errors += demo.readAllStandardError();
        const QByteArray seen = output + errors;

        QVERIFY2(sections["media-plain"].connected && sections["media-plain"].pong, seen);
        QVERIFY2(sections["media-plain"].failures.isEmpty(),
                 qPrintable(sections["media-plain"].failures.join('\n')));
        QVERIFY2(sections["media-tls"].connected && sections["media-tls"].pong,
                 qPrintable(sections["media-tls"].failures.join('\n')));
        QVERIFY2(sections["media-silent"].pingTimedOut,
                 qPrintable(sections["media-silent"].failures.join('\n')));
        QVERIFY2(sections["media-silent"].reconnectedAfterPingTimeout, "no reconnect after the "
                                                                       "PING timeout");
        const QStringList refused = sections["media-wrong-password"].failures;
        QVERIFY2(!refused.isEmpty() && refused.first().startsWith("upgrade: ") &&
                     refused.first().contains("401"),
                 qPrintable(refused.join('\n')));
        QVERIFY(!sections["media-wrong-password"].connected);
        QVERIFY2(!sections.contains("media-typo") &&
                     errors.contains("[media-typo] is not valid and is not probed"),
                 errors);
        if (proxy)
            QVERIFY2(sections["media-via-proxy"].connected && sections["media-via-proxy"].pong,
                     qPrintable(sections["media-via-proxy"].failures.join('\n')));
        QVERIFY2(!seen.contains("demo-only-wrong-password"), "the demo password was printed");

        stopAndVerifyNothingLeft(demo, sandbox, folder, ports);
    }

    void windowedDemoEndsCleanlyOnCtrlC() {
        Sandbox sandbox;
        QProcess demo;
        demo.setProcessEnvironment(sandbox.environment(true));
        demo.start(WSCM_BINARY, {"demo"});
        QByteArray errors;
        const QString folder = waitForDemoFolder(demo, &errors);
        QVERIFY2(!folder.isEmpty(), errors);
        QTest::qWait(2000); // the window is up and connecting
        QCOMPARE(demo.state(), QProcess::Running);
        stopAndVerifyNothingLeft(demo, sandbox, folder, {});
    }

    void noGuiIgnoresADisplayThatIsGone() {
        // A DISPLAY left over from a closed session: a window could not open, and --no-gui
        // must not try (a QApplication would abort).
        Sandbox sandbox;
        QProcessEnvironment env = sandbox.environment(false);
        env.insert("DISPLAY", ":4711");
        QProcess demo;
        demo.setProcessEnvironment(env);
        demo.start(WSCM_BINARY, {"demo", "--no-gui", "--no-proxy", "--duration", "2"});
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitStatus(), QProcess::NormalExit);
        QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError());
        QVERIFY(sandbox.leftovers().isEmpty());
    }

    void headlessNeedsNoDisplayButTheWindowDoes() {
        Sandbox sandbox;
        QProcess demo;
        demo.setProcessEnvironment(sandbox.environment(false));
        demo.start(WSCM_BINARY, {"demo"});
        QVERIFY(demo.waitForFinished(30000));
        QCOMPARE(demo.exitCode(), 2);
        QVERIFY(demo.readAllStandardError().contains("--no-gui"));
        QVERIFY(sandbox.leftovers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "TestDemo.moc"
