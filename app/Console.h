// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArrayView>
#include <QMetaObject>
#include <QString>

namespace wscm {

// stdout/stderr for the command line, UTF-8, flushed per call — or, while an IdleFlush
// exists, stdout flushed each time the event loop is about to wait.
class Console {
public:
    static void out(const QString &text);      // text as is
    static void line(const QString &text);     // text and a newline
    static void lineUtf8(QByteArrayView utf8); // UTF-8 bytes and a newline
    static void error(const QString &text);    // text and a newline, on stderr
    static bool stdoutIsTerminal();

    // While one exists, stdout is written when the thread's event loop is about to wait (and
    // before anything goes to stderr, and once 64 KiB are waiting) instead of once per call:
    // a probe's burst of a thousand event lines costs one write instead of a thousand, and
    // every line is still out before the program sleeps.
    class IdleFlush {
    public:
        IdleFlush();
        ~IdleFlush();
        IdleFlush(const IdleFlush &) = delete;
        IdleFlush &operator=(const IdleFlush &) = delete;

    private:
        QMetaObject::Connection m_connection;
    };

private:
    static void flushOut();
};

} // namespace wscm
