#pragma once

#include <QString>

namespace wscm {

// stdout/stderr for the command line, UTF-8, flushed per call.
class Console {
public:
    static void out(const QString &text);   // text as is
    static void line(const QString &text);  // text and a newline
    static void error(const QString &text); // text and a newline, on stderr
    static bool stdoutIsTerminal();
};

} // namespace wscm
