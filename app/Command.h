// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>
#include <QStringList>

class QAbstractEventDispatcher;
class QCommandLineOption;
class QCommandLineParser;

namespace wscm {

// Exit codes shared by every subcommand.
enum ExitCode { ExitOk = 0, ExitInvalid = 1, ExitUsage = 2 };

// One `wscm NAME ...` subcommand. Commands are thin: they parse arguments, call core and
// print; the logic lives in wscm_core.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Commands that open windows get a QApplication; the rest run without a display. Asked
    // before the application object exists: `arguments` are the command's own, unparsed.
    virtual bool needsGui(const QStringList &arguments) const {
        Q_UNUSED(arguments);
        return false;
    }
    // The main thread's event dispatcher, made before the application object; nullptr keeps
    // Qt's own.
    virtual QAbstractEventDispatcher *createEventDispatcher() const { return nullptr; }
    // arguments[0] is "wscm NAME"; returns the process exit code.
    virtual int run(const QStringList &arguments) = 0;

protected:
    // Sets up --help and the description; returns false (with the exit code in *exitCode)
    // when the arguments are wrong or --help was answered.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode) const;
    // The positional arguments, at least one; otherwise says so and returns false.
    bool requireFiles(const QCommandLineParser &parser, QStringList *files) const;
    // The value of a --duration-like option in seconds (unchanged when the option is not
    // given); says so and returns false when it is not a positive number.
    bool positiveSeconds(const QCommandLineParser &parser, const QCommandLineOption &option,
                         double *seconds) const;
};

} // namespace wscm
