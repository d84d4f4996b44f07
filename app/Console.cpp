// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "Console.h"

#include <QAbstractEventDispatcher>
#include <QByteArray>

#include <cstdio>
#include <unistd.h>

namespace wscm {

namespace {

constexpr qsizetype flushAtBytes = 64 * 1024;

QByteArray g_pending; // stdout not yet written, while an IdleFlush exists
bool g_deferred = false;

void write(std::FILE *stream, QByteArrayView bytes) {
    std::fwrite(bytes.data(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void writeOut(QByteArrayView bytes, bool newline) {
    if (!g_deferred) {
        if (!newline)
            return write(stdout, bytes);
        QByteArray text(bytes.data(), bytes.size());
        text.append('\n');
        return write(stdout, text);
    }
    g_pending.append(bytes);
    if (newline)
        g_pending.append('\n');
    if (g_pending.size() >= flushAtBytes) {
        write(stdout, g_pending);
        g_pending.resize(0); // keeps the buffer: a large check fills it hundreds of times
    }
}

} // namespace

void Console::flushOut() {
    if (g_pending.isEmpty())
        return;
    write(stdout, g_pending);
    g_pending.resize(0);
}

void Console::out(const QString &text) {
    writeOut(text.toUtf8(), false);
}

void Console::line(const QString &text) {
    writeOut(text.toUtf8(), true);
}

void Console::lineUtf8(QByteArrayView utf8) {
    writeOut(utf8, true);
}

void Console::error(const QString &text) {
    // What was printed before comes before it, as without deferring.
    flushOut();
    write(stderr, (text + QLatin1Char('\n')).toUtf8());
}

bool Console::stdoutIsTerminal() {
    return isatty(STDOUT_FILENO) == 1;
}

Console::IdleFlush::IdleFlush() {
    if (auto *dispatcher = QAbstractEventDispatcher::instance()) {
        m_connection = QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock,
                                        &Console::flushOut);
        g_deferred = true;
    }
}

Console::IdleFlush::~IdleFlush() {
    QObject::disconnect(m_connection);
    g_deferred = false;
    flushOut();
}

} // namespace wscm
