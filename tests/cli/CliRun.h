// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The command-line tests run the built wscm binary on real files; these run it and make them.
namespace CliRun {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the program (the built wscm unless told) to its end; a hang or a crash ends the test.
Run wscm(const QStringList &args,
         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
         const QString &program = QStringLiteral(WSCM_BINARY));

// Writes bytes to dir/name and returns its path; a file that cannot be written ends the test.
QString write(const QString &dir, const QString &name, const QByteArray &bytes);
QByteArray read(const QString &path);

// A stand-in `asterisk` in `bin`: it records its arguments in `calls`, appends `log` to
// `logFile` as Asterisk's logger would after a reload (nothing when empty), prints `answer`
// and exits with `code`. Returns false when it cannot be written.
// The log lines Asterisk wrote in a recorded reload (tests/parity/reload/cases/NAME), as its
// log file has them.
QByteArray recordedReloadLog(const QString &name);

// With `recordSshLogin`, each call also records whether it ran in an SSH login
// ("... via-ssh=yes"): the remote tests' proof that the reload ran on the file's host.
bool installAsterisk(const QString &bin, const QString &calls, const QByteArray &answer,
                     int code = 0, const QString &logFile = {}, const QByteArray &log = {},
                     bool recordSshLogin = false);

} // namespace CliRun
