// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FreePort.h"
#include "LocalWebSocketServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// `wscm probe` as a user runs it: the built binary against servers started here.
class TestProbeCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonLinesForAConnectingSection();
    void sectionThatGivesUpExitsOne();
    void invalidSectionIsReportedAndNotProbed();
    void badArgumentsExitTwo();
    void plainLinesUntilDuration();
    void plainLinesNameTheCauseAndWhatToCheck();
    void ctrlCEndsCleanly();

private:
    QString writeConfig(const QByteArray &text);
    // Starts wscm probe; the event loop keeps running (the servers live in this process).
    bool runProbe(QProcess &process, const QStringList &arguments, int timeoutMs = 15000);

    QTemporaryDir m_dir;
    LocalWebSocketServer m_server;
    int m_files = 0;
};

void TestProbeCommand::initTestCase() {
    QVERIFY(QFile::exists(QStringLiteral(WSCM_BINARY)));
    QVERIFY(m_server.listen());
}

QString TestProbeCommand::writeConfig(const QByteArray &text) {
    const QString path = m_dir.filePath(u"probe%1.conf"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write the config");
    return path;
}

bool TestProbeCommand::runProbe(QProcess &process, const QStringList &arguments, int timeoutMs) {
    process.start(QStringLiteral(WSCM_BINARY), QStringList{u"probe"_s} + arguments);
    return process.waitForStarted(5000) &&
           QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
}

void TestProbeCommand::jsonLinesForAConnectingSection() {
    const QString config = writeConfig("[live]\ntype = websocket_client\nuri = ws://127.0.0.1:" +
                                       QByteArray::number(m_server.port()) +
                                       "/events\nconnection_type = persistent\n"
                                       "enable_pingpongs = yes\npingpong_interval = 1\n"
                                       "password = Pr0be-Secret\nusername = u\n");
    QProcess probe;
    QVERIFY(runProbe(probe, {config, u"--once"_s, u"--json"_s}));
    const QByteArray out = probe.readAllStandardOutput();
    QCOMPARE(probe.exitCode(), 0);
    QVERIFY(!out.contains("Pr0be-Secret"));
    QStringList events;
    static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        for (const char *key : {"ts", "section", "event", "stage", "cause", "http_status", "detail",
                                "rtt_ms", "attempt", "timings"})
            QVERIFY2(object.contains(QLatin1StringView(key)), line.constData());
        QVERIFY2(iso.match(object.value(u"ts"_s).toString()).hasMatch(), line.constData());
        QCOMPARE(object.value(u"section"_s).toString(), u"live"_s);
        events << object.value(u"event"_s).toString();
        // On loopback a stage or a round trip takes well under a millisecond: the values
        // keep microseconds, never 0.
        if (events.constLast() == u"connected"_s) {
            const QJsonObject timings = object.value(u"timings"_s).toObject();
            QVERIFY2(timings.value(u"tcp_ms"_s).toDouble() > 0 &&
                         timings.value(u"upgrade_ms"_s).toDouble() > 0,
                     line.constData());
            QCOMPARE(object.value(u"attempt"_s).toInt(), 1);
        }
        if (events.constLast() == u"pong"_s)
            QVERIFY2(object.value(u"rtt_ms"_s).toDouble() > 0, line.constData());
    }
    QCOMPARE(events.value(0), u"connecting"_s);
    QVERIFY2(events.contains(u"connected"_s) && events.contains(u"pong"_s),
             qPrintable(events.join(u',')));
}

void TestProbeCommand::sectionThatGivesUpExitsOne() {
    const QString config = writeConfig(
        "[dead]\ntype = websocket_client\nuri = ws://127.0.0.1:" +
        QByteArray::number(FreePort::find()) +
        "/\nconnection_type = per_call_config\nreconnect_attempts = 2\nreconnect_interval = 50\n");
    QProcess probe;
    QVERIFY(runProbe(probe, {config, u"--once"_s, u"--json"_s}));
    QCOMPARE(probe.exitCode(), 1);
    const QByteArray out = probe.readAllStandardOutput();
    QCOMPARE(out.count("\"event\":\"connecting\""), 2);
    QVERIFY(out.contains("\"event\":\"gave_up\""));
    QVERIFY(out.contains("\"stage\":\"tcp\""));
    // Every event of the failure names its cause; the others carry none.
    QCOMPARE(out.count("\"cause\":\"refused\""), out.count("\n") - 2);
    QCOMPARE(out.count("\"cause\":null"), 2);
}

void TestProbeCommand::invalidSectionIsReportedAndNotProbed() {
    const QString config =
        writeConfig("[good]\ntype = websocket_client\nuri = ws://127.0.0.1:" +
                    QByteArray::number(m_server.port()) +
                    "/\n\n[bad]\ntype = websocket_client\nuri = ws://127.0.0.1:" +
                    QByteArray::number(m_server.port()) + "/\nconnection_type = sometimes\n");
    QProcess probe;
    QVERIFY(runProbe(probe, {config, u"--once"_s, u"--json"_s}));
    const QString err = QString::fromUtf8(probe.readAllStandardError());
    const QByteArray out = probe.readAllStandardOutput();
    QCOMPARE(probe.exitCode(), 1);
    QVERIFY2(err.contains(config + u":8: error: [bad]"_s), qPrintable(err));
    QVERIFY(out.contains("\"section\":\"good\""));
    QVERIFY(!out.contains("\"section\":\"bad\""));

    // The same diagnostics as `wscm check`.
    QProcess check;
    check.start(QStringLiteral(WSCM_BINARY), {u"check"_s, config});
    QVERIFY(check.waitForFinished(10000));
    const QString checkOut = QString::fromUtf8(check.readAllStandardOutput());
    const QString line = err.split(u'\n').constFirst();
    QVERIFY2(checkOut.contains(line), qPrintable(checkOut + u"\n---\n"_s + line));
}

void TestProbeCommand::badArgumentsExitTwo() {
    const QString config = writeConfig("[x]\ntype = websocket_client\nuri = ws://127.0.0.1:1/\n");
    const QList<QStringList> cases = {
        {},
        {m_dir.filePath(u"missing.conf"_s)},
        {config, u"nosuchsection"_s},
        {config, u"--duration"_s, u"soon"_s},
        {config, u"--no-such-option"_s},
    };
    for (const QStringList &arguments : cases) {
        QProcess probe;
        QVERIFY(runProbe(probe, arguments));
        QVERIFY2(probe.exitCode() == 2, qPrintable(arguments.join(u' ')));
    }
}

void TestProbeCommand::plainLinesUntilDuration() {
    const QString config = writeConfig("[plain]\ntype = websocket_client\nuri = ws://127.0.0.1:" +
                                       QByteArray::number(m_server.port()) + "/\n");
    QProcess probe;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runProbe(probe, {config, u"--duration"_s, u"1"_s}));
    QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(probe.exitCode(), 0);
    const QString out = QString::fromUtf8(probe.readAllStandardOutput());
    QVERIFY2(out.contains(u" plain connected"_s), qPrintable(out));
    QVERIFY(!out.contains(u"\x1b["_s)); // not a terminal: no table
    QVERIFY(out.contains(u"1 of 1 section(s) connected at least once"_s));
}

void TestProbeCommand::plainLinesNameTheCauseAndWhatToCheck() {
    const QString config = writeConfig(
        "[dead]\ntype = websocket_client\nuri = ws://127.0.0.1:" +
        QByteArray::number(FreePort::find()) +
        "/\nconnection_type = per_call_config\nreconnect_attempts = 3\nreconnect_interval = 50\n");
    QProcess probe;
    QVERIFY(runProbe(probe, {config, u"--once"_s}));
    QCOMPARE(probe.exitCode(), 1);
    const QString out = QString::fromUtf8(probe.readAllStandardOutput());
    QVERIFY2(out.count(u" dead error [tcp] "_s) == 3 && out.count(u" cause=refused "_s) >= 3,
             qPrintable(out));
    // What to check follows the first failure, and is not repeated for the same cause.
    const QString hint = u"\n  dead: Nothing accepts connections at that address"_s;
    QVERIFY2(out.count(hint) == 1, qPrintable(out));
    QVERIFY2(out.indexOf(hint) > out.indexOf(u" cause=refused "_s), qPrintable(out));
}

void TestProbeCommand::ctrlCEndsCleanly() {
    const QString config = writeConfig("[sig]\ntype = websocket_client\nuri = ws://127.0.0.1:" +
                                       QByteArray::number(m_server.port()) + "/\n");
    QProcess probe;
    probe.start(QStringLiteral(WSCM_BINARY), {u"probe"_s, config, u"--json"_s});
    QVERIFY(probe.waitForStarted(5000));
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += probe.readAllStandardOutput();
            return out.contains("\"event\":\"connected\"");
        },
        10000));
    ::kill(pid_t(probe.processId()), SIGINT);
    QVERIFY(QTest::qWaitFor([&] { return probe.state() == QProcess::NotRunning; }, 3000));
    QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
    QCOMPARE(probe.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestProbeCommand)
#include "TestProbeCommand.moc"
