// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One finished run of an external program (desktop-file-validate, cpack, dpkg-deb, ...), with
// everything a failing test needs to say why.
struct ProgramRun {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    // `input` is written to the program's standard input, which is then closed.
    static ProgramRun
    run(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
        const QByteArray &input = QByteArray());
    bool ok() const { return finished && exitCode == 0; }
    // "program args: exit N\nstdout\nstderr", for QVERIFY2.
    QByteArray report() const {
        return m_command + ": exit " + QByteArray::number(exitCode) + "\n" + out + "\n" + err;
    }

private:
    QByteArray m_command;
};
