// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace wscm {

// Asterisk's own value rules (ast_true, ast_false and ast_parse_arg with PARSE_INT32 or
// PARSE_UINT32), so that wscm accepts exactly what Asterisk accepts.
class ValueParser {
public:
    // yes, true, y, t, 1, on, in any case.
    static bool isTrue(QByteArrayView value);
    // no, false, n, f, 0, off, in any case: the words Asterisk documents as false.
    static bool isFalseWord(QByteArrayView value);
    // strtol with base 0: decimal, 0x hex, 0 octal; the whole value must be used and fit
    // in 32 bits.
    static std::optional<qint32> parseInt(QByteArrayView value);
    // strtoul with base 0, no leading '-', 32 bits.
    static std::optional<quint32> parseUInt(QByteArrayView value);
    // host:port with the port part Asterisk requires of proxy_host (it may be empty).
    static bool hasPort(QByteArrayView hostPort);
};

} // namespace wscm
