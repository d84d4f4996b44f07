// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FreePort.h"
#include "HttpFetch.h"
#include "LocalWebSocketServer.h"
#include "MetricsSamples.h"
#include "ProgramRun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// The systemd unit of the package, as systemd would load it on a Debian system with the
// package installed (systemd is not running here, so the unit itself is not started): it
// verifies, its sandbox is tight, and its command line runs the probe as an unprivileged
// user on a config it can only read.
class TestSystemdUnit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void systemdAnalyzeVerifies();
    void sandboxIsTight();
    void commandLineRunsUnprivilegedOnReadOnlyConfig();

private:
    static QString unitName() { return u"wscm-probe@.service"_s; }
    QString installedUnit() const {
        return m_root.filePath(u"usr/lib/systemd/system/"_s + unitName());
    }
    QProcessEnvironment manEnvironment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // verify checks the Documentation= man page where the package puts it.
        env.insert(u"MANPATH"_s, m_root.filePath(u"usr/share/man"_s));
        return env;
    }

    QTemporaryDir m_root;
};

void TestSystemdUnit::initTestCase() {
    for (const char *tool : {"systemd-analyze", "setpriv", "kill", "cmake"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(u"%1 is not installed; scripts/test installs it"_s.arg(
                     QLatin1StringView(tool))));
    // Others may enter the image: the probe runs from it as nobody.
    QVERIFY(QFile::setPermissions(
        m_root.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                           QFileDevice::ReadOther | QFileDevice::ExeOther));
    // A Debian system with the package installed: the package's files, the system's own
    // units (the targets the unit is ordered after) and kill (its ExecReload).
    const ProgramRun install = ProgramRun::run(
        u"cmake"_s, {u"--install"_s, WSCM_BUILD_DIR, u"--prefix"_s, m_root.filePath(u"usr"_s)},
        120000);
    QVERIFY2(install.ok(), install.report());
    QVERIFY(QFile::exists(installedUnit()));
    const ProgramRun units =
        ProgramRun::run(u"cp"_s, {u"-a"_s, u"/usr/lib/systemd/system/."_s,
                                  m_root.filePath(u"usr/lib/systemd/system/"_s)});
    QVERIFY2(units.ok(), units.report());
    QVERIFY(
        QFile::copy(QStandardPaths::findExecutable(u"kill"_s), m_root.filePath(u"usr/bin/kill"_s)));
}

void TestSystemdUnit::systemdAnalyzeVerifies() {
    const ProgramRun verify = ProgramRun::run(
        u"systemd-analyze"_s,
        {u"verify"_s, u"--root="_s + m_root.path(), u"wscm-probe@websocket_client.service"_s},
        60000, manEnvironment());
    QVERIFY2(verify.ok() && verify.out.isEmpty() && verify.err.isEmpty(), verify.report());

    // The instance names the config file; the probe serves metrics on loopback, as the
    // dynamic user, with /etc/asterisk read-only, restarted on failure.
    const QString unit = QString::fromUtf8([&] {
        QFile file(installedUnit());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }());
    for (const QString &line :
         {u"ExecStart=/usr/bin/wscm probe /etc/asterisk/%i.conf --metrics ${WSCM_METRICS}"_s,
          u"Environment=WSCM_METRICS=127.0.0.1:"_s, u"DynamicUser=yes"_s,
          u"ReadOnlyPaths=/etc/asterisk"_s, u"Restart=on-failure"_s})
        QVERIFY2(unit.contains(u'\n' + line), qPrintable(line));
}

void TestSystemdUnit::sandboxIsTight() {
    const ProgramRun security =
        ProgramRun::run(u"systemd-analyze"_s,
                        {u"security"_s, u"--offline=yes"_s, u"--root="_s + m_root.path(),
                         u"wscm-probe@websocket_client.service"_s},
                        60000, manEnvironment());
    QVERIFY2(security.ok(), security.report());
    const QRegularExpression level(u"Overall exposure level for [^:]+: ([0-9.]+) "_s);
    const auto match = level.match(QString::fromUtf8(security.out));
    QVERIFY2(match.hasMatch(), security.out);
    // systemd rates 0 to 10; up to 2 is "OK" (the best of its verdicts).
    QVERIFY2(match.captured(1).toDouble() <= 2.0, security.out);
}

void TestSystemdUnit::commandLineRunsUnprivilegedOnReadOnlyConfig() {
    LocalWebSocketServer server;
    QVERIFY(server.listen());
    // /etc/asterisk as a folder of root's that others may only read.
    QTemporaryDir etc;
    const QByteArray config = "[pbx]\ntype = websocket_client\nuri = ws://127.0.0.1:" +
                              QByteArray::number(server.port()) +
                              "/\nconnection_type = persistent\n";
    QFile file(etc.filePath(u"websocket_client.conf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(config) == config.size());
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(etc.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther));

    // ExecStart as systemd would expand it for wscm-probe@websocket_client with an
    // environment file that picks a free port.
    QFile unitFile(installedUnit());
    QVERIFY(unitFile.open(QIODevice::ReadOnly));
    QString execStart;
    for (const QByteArray &line : unitFile.readAll().split('\n')) {
        if (line.startsWith("ExecStart="))
            execStart = QString::fromUtf8(line.mid(10));
    }
    const quint16 port = FreePort::find();
    execStart.replace(u"%i"_s, u"websocket_client"_s)
        .replace(u"${WSCM_METRICS}"_s, u"127.0.0.1:%1"_s.arg(port))
        .replace(u"$WSCM_PROBE_OPTIONS"_s, QString())
        .replace(u"/etc/asterisk/"_s, etc.path() + u'/')
        .replace(u"/usr/bin/wscm"_s, m_root.filePath(u"usr/bin/wscm"_s));
    QStringList arguments = execStart.split(u' ', Qt::SkipEmptyParts);
    // As nobody, with no supplementary group: neither root's rights nor write access.
    arguments = QStringList{u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s,
                            u"--inh-caps=-all"_s} +
                arguments;
    QProcess probe;
    probe.start(u"setpriv"_s, arguments);
    QVERIFY(probe.waitForStarted(5000));
    const QUrl metrics(u"http://127.0.0.1:%1/metrics"_s.arg(port));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return MetricsSamples(HttpFetch::get(metrics, "GET", 1000).body)
                                .value(u"wscm_up"_s, {{u"section"_s, u"pbx"_s}}) == 1.0;
                 },
                 15000),
             probe.readAllStandardError());
    ::kill(static_cast<pid_t>(probe.processId()), SIGTERM);
    QVERIFY(probe.waitForFinished(10000));
    QCOMPARE(probe.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSystemdUnit)
#include "TestSystemdUnit.moc"
