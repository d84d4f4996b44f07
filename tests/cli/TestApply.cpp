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
        // An `asterisk` that records its arguments, prints `answer` and exits with `code`.
        void installAsterisk(const QByteArray &answer, int code = 0) const {
            QVERIFY(QDir().mkpath(bin()));
            QByteArray quoted = answer;
            quoted.replace('\'', "'\\''");
            const QString path = CliRun::write(
                bin(), QStringLiteral("asterisk"),
                "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + calls().toUtf8() + "'\nprintf '%s\\n' '" +
                    quoted + "'\nexit " + QByteArray::number(code) + "\n");
            QVERIFY(QFile::setPermissions(path,
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
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
            QProcess p;
            p.setProgram(QStringLiteral(WSCM_BINARY));
            p.setArguments(QStringList{QStringLiteral("apply"), QStringLiteral("--ari"), ari.url(),
                                       QStringLiteral("--ari-user"), QStringLiteral("wscm"),
                                       QStringLiteral("--ari-password-file"), passwordFile} +
                           args);
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
        QVERIFY2(run.out.endsWith("reloaded; not confirmed (no ARI given)\n"), run.out.constData());
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
};

QTEST_GUILESS_MAIN(TestApply)
#include "TestApply.moc"
