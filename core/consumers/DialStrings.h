// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace wscm {

class ResolvedConfig;

// The WebSocket/<id>[/options] dial strings of a dialplan (extensions.conf as pbx_config
// reads it: the same reader, includes and templates): in Dial() or any application argument
// that passes one on. chan_websocket takes the id up to the first '/', then the options.
struct DialString {
    QString file;
    int fileIndex = 0;
    int line = 0; // 1-based
    QString context;
    QByteArray text;   // WebSocket/... as written
    QByteArray client; // the connection id, byte for byte (ids are case-sensitive)
    QByteArray options;
    bool hasVariables = false; // ${...} in the id: only known at call time

    // chan_websocket's own id for its incoming connections, not a websocket_client.
    bool isIncoming() const { return client == "INCOMING"; }
    // The value of option letter `letter`'s argument, or nullopt-like empty with found=false.
    QByteArray optionArgument(char letter, bool *found) const;

    static QList<DialString> scan(const ResolvedConfig &dialplan);
    // Where the dial string whose resource starts at `from` in `text` ends: a ',' or '&'
    // (Dial's argument and parallel separators), a blank, a quote, or a ')' that closes the
    // application's parenthesis.
    static qsizetype endOf(QByteArrayView text, qsizetype from);
    // Whether "WebSocket/" found at `at` in `text` starts a dial string (not the tail of a
    // longer word or path).
    static bool startsAt(QByteArrayView text, qsizetype at);
};

} // namespace wscm
