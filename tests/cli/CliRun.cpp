// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "CliRun.h"

#include <QDir>
#include <QFile>
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

} // namespace CliRun
