// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ValueParser.h"

#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <string>

namespace wscm {

namespace {

bool isOneOf(QByteArrayView value, std::initializer_list<QByteArrayView> words) {
    for (const QByteArrayView word : words) {
        if (word.size() == value.size() && value.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Up to 9 decimal digits without a leading zero (or "0" itself): what strtol and strtoul make
// of them is plain, so the numbers every config is full of skip the copy and the C library.
std::optional<qint32> plainDecimal(QByteArrayView value) {
    if (value.isEmpty() || value.size() > 9 || (value.size() > 1 && value[0] == '0'))
        return std::nullopt;
    qint32 result = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
        result = result * 10 + (c - '0');
    }
    return result;
}

// The C library is the reference here: strtol/strtoul decide what a number is, exactly as
// in Asterisk. The copy gives the C functions their terminating NUL.
template <typename Convert> bool convertWhole(QByteArrayView value, Convert convert) {
    if (value.isEmpty())
        return false;
    const std::string text(value.data(), static_cast<size_t>(value.size()));
    if (text.find('\0') != std::string::npos)
        return false;
    char *end = nullptr;
    errno = 0;
    convert(text.c_str(), &end);
    return errno == 0 && end != text.c_str() && *end == '\0';
}

} // namespace

bool ValueParser::isTrue(QByteArrayView value) {
    return isOneOf(value, {"yes", "true", "y", "t", "1", "on"});
}

bool ValueParser::isFalseWord(QByteArrayView value) {
    return isOneOf(value, {"no", "false", "n", "f", "0", "off"});
}

std::optional<qint32> ValueParser::parseInt(QByteArrayView value) {
    if (const auto plain = plainDecimal(value))
        return plain;
    long result = 0;
    const bool ok =
        convertWhole(value, [&](const char *s, char **end) { result = std::strtol(s, end, 0); });
    if (!ok || result < INT_MIN || result > INT_MAX)
        return std::nullopt;
    return static_cast<qint32>(result);
}

std::optional<quint32> ValueParser::parseUInt(QByteArrayView value) {
    if (const auto plain = plainDecimal(value))
        return static_cast<quint32>(*plain);
    qsizetype first = 0;
    while (first < value.size() && std::isspace(static_cast<unsigned char>(value[first])))
        ++first;
    if (first < value.size() && value[first] == '-')
        return std::nullopt;
    unsigned long result = 0;
    const bool ok =
        convertWhole(value, [&](const char *s, char **end) { result = std::strtoul(s, end, 0); });
    if (!ok || result > UINT_MAX)
        return std::nullopt;
    return static_cast<quint32>(result);
}

bool ValueParser::hasPort(QByteArrayView hostPort) {
    // ast_sockaddr_split_hostport() with PARSE_PORT_REQUIRE only asks whether there is a
    // port part, not what it holds: after "[...]" a ':' must follow; without brackets
    // there must be exactly one ':' ("host:" counts, "::1" does not).
    if (hostPort.startsWith('[')) {
        const qsizetype close = hostPort.indexOf(']');
        return close >= 0 && close + 1 < hostPort.size() && hostPort[close + 1] == ':';
    }
    return hostPort.count(':') == 1;
}

} // namespace wscm
