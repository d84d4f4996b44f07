// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ProgramRun.h"

#include <QProcess>

ProgramRun ProgramRun::run(const QString &program, const QStringList &arguments, int timeoutMs,
                           const QProcessEnvironment &environment, const QByteArray &input) {
    ProgramRun result;
    result.m_command = (QStringList{program} + arguments).join(QLatin1Char(' ')).toLocal8Bit();
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toLocal8Bit();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    result.finished =
        process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
