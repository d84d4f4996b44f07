#pragma once

#include <QString>
#include <QStringList>

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
    // Commands that open windows get a QApplication; the rest run without a display.
    virtual bool needsGui() const { return false; }
    // arguments[0] is "wscm NAME"; returns the process exit code.
    virtual int run(const QStringList &arguments) = 0;

protected:
    // Sets up --help and the description; returns false (with the exit code in *exitCode)
    // when the arguments are wrong or --help was answered.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode) const;
};

} // namespace wscm
