// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace CliRun {

Run wscm(const QStringList &args, const QProcessEnvironment &env, const QString &program) {
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(30000))
        qFatal("wscm %s did not finish", qPrintable(args.join(' ')));
    if (p.exitStatus() != QProcess::NormalExit)
        qFatal("wscm %s crashed", qPrintable(args.join(' ')));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString write(const QString &dir, const QString &name, const QByteArray &bytes) {
    QFile f(QDir(dir).filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

QByteArray read(const QString &path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QByteArray recordedReloadLog(const QString &name) {
    QByteArray log;
    const QJsonArray lines =
        QJsonDocument::fromJson(
            read(QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/reload/cases/%1/expected.json")
                     .arg(name)))
            .object()[u"log"]
            .toArray();
    for (const QJsonValue &line : lines)
        log += "[2026-12-08 03:00:00.000] " + line[u"level"].toString().toUtf8() + "[4242] " +
               line[u"source"].toString().toUtf8() + ": " + line[u"message"].toString().toUtf8() +
               '\n';
    return log;
}

bool installAsterisk(const QString &bin, const QString &calls, const QByteArray &answer, int code,
                     const QString &logFile, const QByteArray &log, bool recordSshLogin) {
    if (!QDir().mkpath(bin))
        return false;
    const auto quote = [](QByteArray text) {
        text.replace('\'', "'\\''");
        return '\'' + text + '\'';
    };
    const QString path =
        write(bin, QStringLiteral("asterisk"),
              "#!/bin/sh\n" +
                  (recordSshLogin
                       ? QByteArray("printf '%s via-ssh=%s\\n' \"$*\" \"${SSH_CONNECTION:+yes}\"")
                       : QByteArray("printf '%s\\n' \"$*\"")) +
                  " >> " + quote(calls.toUtf8()) + "\n" +
                  (log.isEmpty()
                       ? QByteArray()
                       : "printf '%s' " + quote(log) + " >> " + quote(logFile.toUtf8()) + "\n") +
                  "printf '%s\\n' " + quote(answer) + "\nexit " + QByteArray::number(code) + "\n");
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace CliRun
