#include "Console.h"

#include <cstdio>
#include <unistd.h>

namespace wscm {

namespace {
void write(std::FILE *stream, const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void Console::out(const QString &text) {
    write(stdout, text);
}

void Console::line(const QString &text) {
    write(stdout, text + QLatin1Char('\n'));
}

void Console::error(const QString &text) {
    write(stderr, text + QLatin1Char('\n'));
}

bool Console::stdoutIsTerminal() {
    return isatty(STDOUT_FILENO) == 1;
}

} // namespace wscm
