// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

// `wscm apply`, run as the built binary against a stand-in `asterisk` on its PATH that plays
// back what a real Asterisk answered in a recorded reload (tests/parity/reload/cases), or
// fails as a stopped one does. Everything but Asterisk is real: the process, the shell, the
// files and the folder where wscm keeps the last applied file.

#include "AriStandIn.h"
#include "CliRun.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using CliRun::Run;

class TestApply : public QObject {
    Q_OBJECT
private:
    static QString caseFile(const QString &name, const QString &side) {
        return QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/reload/cases/%1/%2/"
                                              "websocket_client.conf")
            .arg(name, side);
    }
    static QByteArray recordedCli(const QString &name) {
        const QJsonObject expected =
            QJsonDocument::fromJson(
                CliRun::read(QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/reload/cases/%1/"
                                                            "expected.json")
                                 .arg(name)))
                .object();
        return expected[u"cli"].toString().toUtf8();
    }
    static QJsonObject recorded(const QString &name, const char *key) {
        return QJsonDocument::fromJson(
                   CliRun::read(QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/reload/cases/%1/"
                                                               "expected.json")
                                    .arg(name)))
            .object()[QLatin1StringView(key)]
            .toObject();
    }

    // A user with a bin folder first on the PATH and an empty data folder.
    struct User {
        QTemporaryDir dir;
        QString bin() const { return dir.filePath(QStringLiteral("bin")); }
        QString calls() const { return dir.filePath(QStringLiteral("asterisk-calls")); }
        QProcessEnvironment env() const {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PATH"), bin() + QStringLiteral(":/usr/bin:/bin"));
            env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
            return env;
        }
        // The stand-in `asterisk` (CliRun::installAsterisk), logging to logFile().
        void installAsterisk(const QByteArray &answer, int code = 0,
                             const QByteArray &log = {}) const {
            QVERIFY(CliRun::installAsterisk(bin(), calls(), answer, code, logFile(), log));
        }
        // Where logger.conf and asterisk.conf beside the applied file send Asterisk's log.
        QString logFile() const { return dir.filePath(QStringLiteral("log/full")); }
        // Those two files, and a log that already holds earlier lines.
        void configureLog(const QByteArray &levels = "notice,warning,error,verbose") const {
            CliRun::write(dir.path(), QStringLiteral("logger.conf"),
                          "[general]\ndateformat = %F %T.%3q\n\n[logfiles]\nconsole => "
                          "notice\nfull => " +
                              levels + "\n");
            CliRun::write(dir.path(), QStringLiteral("asterisk.conf"),
                          "[directories]\nastlogdir => " + dir.filePath("log").toUtf8() + "\n");
            QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("log"))));
            CliRun::write(dir.filePath(QStringLiteral("log")), QStringLiteral("full"),
                          "[2026-12-07 21:00:00.000] NOTICE[100] res_sorcery_config.c: Retaining "
                          "existing configuration for object of type 'websocket_client' with id "
                          "'media-old'\n");
        }
        // ARI's address and user in the http.conf and ari.conf beside the applied file.
        void configureAri(const AriStandIn &ari, const QByteArray &password) const {
            CliRun::write(dir.path(), QStringLiteral("http.conf"),
                          "[general]\nenabled = yes\nbindaddr = 127.0.0.1:" +
                              QByteArray::number(ari.serverPort()) + "\n");
            CliRun::write(dir.path(), QStringLiteral("ari.conf"),
                          "[general]\nenabled = yes\n\n[hashed]\ntype = user\npassword = "
                          "$6$salt$hash\npassword_format = crypt\n\n[wscm]\ntype = user\n"
                          "password = " +
                              password + "\n");
        }
        QByteArray asteriskCalls() const {
            QFile file(calls());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }
        Run apply(const QStringList &args) const {
            return CliRun::wscm(QStringList{QStringLiteral("apply")} + args, env());
        }
        // The same, with this test's event loop running, so that an AriStandIn answers.
        Run applyAskingAri(const QStringList &args, const AriStandIn &ari,
                           const QByteArray &password = "ari-secret") const {
            const QString passwordFile = CliRun::write(dir.path(), "ari-password", password + '\n');
            return applyWithLoop(QStringList{QStringLiteral("--ari"), ari.url(),
                                             QStringLiteral("--ari-user"), QStringLiteral("wscm"),
                                             QStringLiteral("--ari-password-file"), passwordFile} +
                                 args);
        }
        Run applyWithLoop(const QStringList &args) const {
            QProcess p;
            p.setProgram(QStringLiteral(WSCM_BINARY));
            p.setArguments(QStringList{QStringLiteral("apply")} + args);
            p.setProcessEnvironment(env());
            QEventLoop loop;
            QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
            p.start();
            loop.exec();
            if (p.state() != QProcess::NotRunning || p.exitStatus() != QProcess::NormalExit)
                qFatal("wscm apply did not finish");
            return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        }
        // `apply --force --against BEFORE` of a recorded case's AFTER file.
        Run applyCase(const QString &name, const AriStandIn &ari,
                      const QByteArray &password = "ari-secret") const {
            installAsterisk(recordedCli(name));
            const QString file = CliRun::write(dir.path(), QStringLiteral("websocket_client.conf"),
                                               CliRun::read(caseFile(name, "after")));
            return applyAskingAri({QStringLiteral("--force"), QStringLiteral("--against"),
                                   caseFile(name, "before"), file},
                                  ari, password);
        }
    };

    // Applies a recorded case's AFTER file, with --force and --against BEFORE, to a stand-in
    // that writes `log` to the log file; no ARI options.
    static Run applyCaseLogging(const User &user, const QString &name, const QByteArray &log,
                                const AriStandIn *ari = nullptr) {
        user.installAsterisk(recordedCli(name), 0, log);
        const QString file = CliRun::write(user.dir.path(), QStringLiteral("websocket_client.conf"),
                                           CliRun::read(caseFile(name, "after")));
        const QStringList args{QStringLiteral("--force"), QStringLiteral("--against"),
                               caseFile(name, "before"), file};
        if (!ari)
            return user.apply(args);
        return user.applyWithLoop(args);
    }

private Q_SLOTS:
    void refusesAFileWithErrors() {
        User user;
        user.installAsterisk(recordedCli(QStringLiteral("mixed")));
        const QString file = CliRun::write(user.dir.path(), QStringLiteral("websocket_client.conf"),
                                           CliRun::read(caseFile("mixed", "after")));
        const Run run = user.apply({file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("[media-b] Error parsing reconnect_interval=soon"),
                 run.err.constData());
        QVERIFY2(run.err.contains("has errors (1 error); nothing was reloaded. Fix them"),
                 run.err.constData());
        QVERIFY2(run.err.contains("--force"), run.err.constData());
        QCOMPARE(user.asteriskCalls(), QByteArray()); // Asterisk was not asked
    }

    void forceReloadsAndSaysWhatToExpect() {
        User user;
        user.installAsterisk(recordedCli(QStringLiteral("mixed")));
        const QByteArray bytes = CliRun::read(caseFile("mixed", "after"));
        const QString file =
            CliRun::write(user.dir.path(), QStringLiteral("websocket_client.conf"), bytes);
        const Run run = user.apply({QStringLiteral("--force"), QStringLiteral("--against"),
                                    caseFile("mixed", "before"), file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(user.asteriskCalls(), QByteArray("-rx module reload res_websocket_client\n"));
        // The prediction comes first, then Asterisk's answer, which is no confirmation.
        const qsizetype predicted = run.out.indexOf(
            "After a reload Asterisk will add [media-d]; change [media-a]; keep the OLD "
            "[media-b], because the new one is invalid (line 19: ");
        const qsizetype answered = run.out.indexOf(
            "Asterisk on this computer answered: Module 'res_websocket_client' reloaded "
            "successfully.\n");
        QVERIFY2(predicted >= 0 && answered > predicted, run.out.constData());
        // Nothing beside the file says where ARI or the log is: no confirmation, and why.
        QVERIFY2(run.out.endsWith("reloaded; not confirmed (no ARI (no http.conf beside the "
                                  "file: Asterisk's HTTP server, and so ARI, is off without "
                                  "one), and no log to read (no logger.conf beside the file: "
                                  "Asterisk then logs to its console only))\n"),
                 run.out.constData());
        QVERIFY2(run.out.contains("Applying despite errors (1 error), as --force says."),
                 run.out.constData());
        QCOMPARE(CliRun::read(file), bytes); // never touched
    }

    void predictsAgainstTheLastApply() {
        User user;
        user.installAsterisk(recordedCli(QStringLiteral("change-field")));
        const QString file = CliRun::write(user.dir.path(), QStringLiteral("websocket_client.conf"),
                                           CliRun::read(caseFile("change-field", "before")));
        const Run first = user.apply({file});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains("the prediction assumes Asterisk loaded nothing yet"),
                 first.out.constData());
        QVERIFY2(first.out.contains("After a reload Asterisk will add [ari_client], [media-a], "
                                    "[media-b]"),
                 first.out.constData());

        CliRun::write(user.dir.path(), QStringLiteral("websocket_client.conf"),
                      CliRun::read(caseFile("change-field", "after")));
        const Run second = user.apply({file});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(!second.out.contains("assumes Asterisk loaded nothing"), second.out.constData());
        QVERIFY2(second.out.contains("After a reload Asterisk will change [media-b]"),
                 second.out.constData());
        QCOMPARE(user.asteriskCalls().count('\n'), 2);
    }

    void aRefusedFileIsNotWhatAsteriskLoaded() {
        User user;
        user.installAsterisk(recordedCli(QStringLiteral("duplicate-section")));
        const QString file = CliRun::write(user.dir.path(), QStringLiteral("websocket_client.conf"),
                                           CliRun::read(caseFile("duplicate-section", "before")));
        QCOMPARE(user.apply({file}).exitCode, 0);
        CliRun::write(user.dir.path(), QStringLiteral("websocket_client.conf"),
                      CliRun::read(caseFile("duplicate-section", "after")));
        const Run refused = user.apply({QStringLiteral("--force"), file});
        QCOMPARE(refused.exitCode, 0);
        QVERIFY2(refused.out.contains("After a reload Asterisk will change nothing: the file "
                                      "cannot be loaded"),
                 refused.out.constData());
        // Asterisk kept the first file's objects: the next prediction starts from them.
        CliRun::write(user.dir.path(), QStringLiteral("websocket_client.conf"),
                      CliRun::read(caseFile("duplicate-section", "before")));
        const Run again = user.apply({file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("After a reload Asterisk will change nothing: every client "
                                    "stays as it is"),
                 again.out.constData());
    }

    void asteriskNotInstalled() {
        User user;
        const QString file = CliRun::write(user.dir.path(), QStringLiteral("websocket_client.conf"),
                                           CliRun::read(caseFile("change-field", "after")));
        const Run run = user.apply({file});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("Asterisk is not installed on this computer"),
                 run.err.constData());
        QVERIFY2(run.err.contains("nothing was reloaded"), run.err.constData());
        QVERIFY2(!run.out.contains("reloaded;"), run.out.constData());
    }

    void asteriskNotRunning() {
        User user;
        // What `asterisk -rx` says, and its exit code, when no Asterisk listens on its socket.
        user.installAsterisk("Unable to connect to remote asterisk (does "
                             "/var/run/asterisk/asterisk.ctl exist?)",
                             1);
        const QString file = CliRun::write(user.dir.path(), QStringLiteral("websocket_client.conf"),
                                           CliRun::read(caseFile("change-field", "after")));
        const Run run = user.apply({file});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("Asterisk on this computer is not running, or its control "
                                  "socket cannot be read by this user"),
                 run.err.constData());
        QVERIFY2(run.err.contains("Start Asterisk"), run.err.constData());
        QVERIFY2(!run.out.contains("reloaded;"), run.out.constData());

        // A failed reload is not remembered: the next prediction still starts from nothing.
        user.installAsterisk(recordedCli(QStringLiteral("change-field")));
        const Run next = user.apply({file});
        QCOMPARE(next.exitCode, 0);
        QVERIFY2(next.out.contains("assumes Asterisk loaded nothing yet"), next.out.constData());
    }

    void asteriskAnswersSomethingElse() {
        User user;
        user.installAsterisk("No such module 'res_websocket_client'", 0);
        const QString file = CliRun::write(user.dir.path(), QStringLiteral("websocket_client.conf"),
                                           CliRun::read(caseFile("change-field", "after")));
        const Run run = user.apply({file});
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains("did not reload res_websocket_client; it answered: No such "
                                  "module"),
                 run.err.constData());
    }

    void confirmedAsPredicted() {
        User user;
        // What the real Asterisk held after this reload.
        AriStandIn ari(recorded("mixed", "objects_after"), "wscm", "ari-secret");
        const Run run = user.applyCase(QStringLiteral("mixed"), ari);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.endsWith("Asterisk loaded 4 clients as predicted; kept the old "
                                  "[media-b] (line 19); [media-c] is gone\n"),
                 run.out.constData());
        QVERIFY2(!run.out.contains("not confirmed"), run.out.constData());
        // Every object the prediction knows was asked for, the removed one too.
        for (const char *id : {"ari_client", "media-a", "media-b", "media-c", "media-d"})
            QVERIFY2(ari.requests().contains(
                         QStringLiteral("/ari/asterisk/config/dynamic/res_websocket_client/"
                                        "websocket_client/") +
                         QLatin1StringView(id)),
                     id);
    }

    void contradictionShownLoudly() {
        User user;
        // Asterisk still holding what it had before: as if the reload had not happened.
        QJsonObject stale = recorded("mixed", "objects_before");
        stale.remove(QStringLiteral("media-d"));
        AriStandIn ari(stale, "wscm", "ari-secret");
        const Run run = user.applyCase(QStringLiteral("mixed"), ari);
        QCOMPARE(run.exitCode, 7);
        QVERIFY2(run.err.contains("Asterisk CONTRADICTS the prediction"), run.err.constData());
        QVERIFY2(run.err.contains("CONTRADICTION [media-a] uri: predicted "
                                  "'ws://127.0.0.1:18091/media-a2', Asterisk has "
                                  "'ws://127.0.0.1:18091/media-a'"),
                 run.err.constData());
        QVERIFY2(run.err.contains("CONTRADICTION [media-c]: predicted removed, Asterisk still "
                                  "has it"),
                 run.err.constData());
        QVERIFY2(run.err.contains("CONTRADICTION [media-d]: predicted loaded, Asterisk has no "
                                  "such object"),
                 run.err.constData());
        QVERIFY2(run.err.contains("wscm bug"), run.err.constData());
        QVERIFY2(!run.out.contains("as predicted"), run.out.constData());
    }

    void passwordsNeverShown() {
        const QByteArray filePassword = "not-a-real-secret"; // in the case's after file
        QVERIFY(CliRun::read(caseFile("ari-credentials-change", "after")).contains(filePassword));
        // ARI answers passwords in clear: the recording's redaction undone for the stand-in.
        QJsonObject objects = recorded("ari-credentials-change", "objects_after");
        QJsonObject client = objects[u"ari_client"].toObject();
        QCOMPARE(client[u"password"].toString(), QStringLiteral("<redacted>"));
        client[u"password"] = QString::fromUtf8(filePassword);
        objects[u"ari_client"] = client;
        {
            User user;
            AriStandIn ari(objects, "wscm", "ari-secret");
            const Run run = user.applyCase(QStringLiteral("ari-credentials-change"), ari);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY2(run.out.contains("Asterisk loaded 3 clients as predicted"),
                     run.out.constData());
            QVERIFY(!(run.out + run.err).contains(filePassword));
            QVERIFY(!(run.out + run.err).contains("ari-secret"));
        }
        // Asterisk holding another password: said to differ, neither value shown.
        const QByteArray otherPassword = "another-secret-value";
        client[u"password"] = QString::fromUtf8(otherPassword);
        objects[u"ari_client"] = client;
        User user;
        AriStandIn ari(objects, "wscm", "ari-secret");
        const Run run = user.applyCase(QStringLiteral("ari-credentials-change"), ari);
        QCOMPARE(run.exitCode, 7);
        QVERIFY2(run.err.contains("CONTRADICTION [ari_client] password: Asterisk has another "
                                  "value than predicted (secret: values not shown)"),
                 run.err.constData());
        for (const QByteArray &secret : {filePassword, otherPassword, QByteArray("ari-secret")})
            QVERIFY2(!(run.out + run.err).contains(secret), secret.constData());
    }

    void ariRefusingTheCredentialsIsNotConfirmed() {
        User user;
        AriStandIn ari(recorded("mixed", "objects_after"), "wscm", "ari-secret");
        const Run run = user.applyCase(QStringLiteral("mixed"), ari, "wrong-password");
        QCOMPARE(run.exitCode, 8);
        QVERIFY2(run.err.contains("reloaded; not confirmed: ARI at " + ari.url().toUtf8() +
                                  " refused the user and password (HTTP 401)"),
                 run.err.constData());
        QVERIFY(!(run.out + run.err).contains("wrong-password"));
        QCOMPARE(ari.requests(), QStringList{QStringLiteral("/ari/asterisk/ping")});
    }
    void confirmedFromTheLog() {
        User user;
        user.configureLog();
        const Run run =
            applyCaseLogging(user, QStringLiteral("mixed"), CliRun::recordedReloadLog("mixed"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Not confirming through ARI: no http.conf beside the file"),
                 run.out.constData());
        QVERIFY2(run.out.contains("Reading what Asterisk logged in " + user.logFile().toUtf8() +
                                  " (logger.conf: full => notice,warning,error,verbose)."),
                 run.out.constData());
        // The old line about [media-old] was there before the reload: not this reload's.
        QVERIFY2(run.out.endsWith("Asterisk's log agrees with the prediction: kept the old "
                                  "[media-b]. The log does not show field values: those are "
                                  "not confirmed (ARI would show them)\n"),
                 run.out.constData());
    }

    void theLogContradicts() {
        User user;
        user.configureLog();
        // Asterisk logging no rejection where wscm predicted the old [media-b] kept.
        const Run run =
            applyCaseLogging(user, QStringLiteral("mixed"), CliRun::recordedReloadLog("untouched"));
        QCOMPARE(run.exitCode, 7);
        QVERIFY2(run.err.contains("CONTRADICTION [media-b]: predicted the old object kept, the "
                                  "log does not say it was retained"),
                 run.err.constData());
        QVERIFY2(!run.out.contains("agrees"), run.out.constData());
    }

    void aRefusedFileFromTheLog() {
        User user;
        user.configureLog();
        const Run run = applyCaseLogging(user, QStringLiteral("duplicate-section"),
                                         CliRun::recordedReloadLog("duplicate-section"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Asterisk's log agrees with the prediction: it refused the "
                                  "file and kept every old object."),
                 run.out.constData());
    }

    void aLogThatCannotTellIsNotConfirmed() {
        User user;
        // No VERBOSE in the log file, and a reload that logs nothing else.
        user.configureLog("notice,warning,error");
        QByteArray quiet;
        for (const QByteArray &line : CliRun::recordedReloadLog("untouched").split('\n')) {
            if (!line.contains("VERBOSE") && !line.contains("DEBUG") && !line.isEmpty())
                quiet += line + '\n';
        }
        const Run run = applyCaseLogging(user, QStringLiteral("untouched"), quiet);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("reloaded; not confirmed (no ARI (no http.conf beside the "
                                  "file: Asterisk's HTTP server, and so ARI, is off without "
                                  "one), and the log shows no line of this reload, and takes no "
                                  "VERBOSE messages"),
                 run.out.constData());
        QVERIFY2(!run.out.contains("agrees"), run.out.constData());
    }

    void aLogThatIsNotThereIsNotConfirmed() {
        User user;
        user.configureLog();
        QVERIFY(QFile::remove(user.logFile()));
        const Run run = applyCaseLogging(user, QStringLiteral("mixed"), QByteArray());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("and no log to read (the log file " + user.logFile().toUtf8() +
                                  " (logger.conf: full => notice,warning,error,verbose) does not "
                                  "exist))"),
                 run.out.constData());
        QCOMPARE(user.asteriskCalls().count('\n'), 1); // reloaded all the same
    }

    void ariFoundBesideTheFile() {
        User user;
        AriStandIn ari(recorded("mixed", "objects_after"), "wscm", "pass-from-ari-conf");
        user.configureAri(ari, "pass-from-ari-conf");
        const Run run = applyCaseLogging(user, QStringLiteral("mixed"), QByteArray(), &ari);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Confirming through ARI at http://127.0.0.1:" +
                                  QByteArray::number(ari.serverPort()) +
                                  " as user 'wscm' (http.conf and ari.conf beside the file; the "
                                  "first ari.conf user with a plain password)."),
                 run.out.constData());
        QVERIFY2(run.out.endsWith("Asterisk loaded 4 clients as predicted; kept the old "
                                  "[media-b] (line 19); [media-c] is gone\n"),
                 run.out.constData());
        QVERIFY(!(run.out + run.err).contains("pass-from-ari-conf"));
    }

    void ariRefusingFallsBackToTheLog() {
        User user;
        AriStandIn ari(recorded("mixed", "objects_after"), "wscm", "the-real-one");
        user.configureAri(ari, "an-old-one");
        user.configureLog();
        const Run run = applyCaseLogging(user, QStringLiteral("mixed"),
                                         CliRun::recordedReloadLog("mixed"), &ari);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("ARI cannot be asked: ARI at http://127.0.0.1:" +
                                  QByteArray::number(ari.serverPort()) +
                                  " refused the user and password (HTTP 401)"),
                 run.out.constData());
        QVERIFY2(run.out.contains("Asterisk's log agrees with the prediction: kept the old "
                                  "[media-b]."),
                 run.out.constData());
        QVERIFY(!(run.out + run.err).contains("an-old-one"));
    }
};

QTEST_GUILESS_MAIN(TestApply)
#include "TestApply.moc"
