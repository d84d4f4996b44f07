// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "UriFacts.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace wscm {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// 1 to `maxDigits` decimal digits without a leading zero, up to `max`; -1 otherwise.
int plainNumber(QByteArrayView digits, int maxDigits, int max) {
    if (digits.isEmpty() || digits.size() > maxDigits || (digits.size() > 1 && digits[0] == '0'))
        return -1;
    int value = 0;
    for (const char c : digits) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value <= max ? value : -1;
}

bool isLowerLetter(char c) {
    return c >= 'a' && c <= 'z';
}

// A label QUrl's IDNA step keeps as it is: lower-case ASCII letters, digits and inner single
// hyphens (so no "xn--" label that it would decode), at most 63 of them.
bool isPlainLabel(QByteArrayView label) {
    if (label.isEmpty() || label.size() > 63 || label.front() == '-' || label.back() == '-' ||
        label.contains("--"))
        return false;
    return std::all_of(label.begin(), label.end(),
                       [](char c) { return isLowerLetter(c) || isDigit(c) || c == '-'; });
}

// Four decimal numbers up to 255 without leading zeros: QUrl keeps such an IPv4 address as
// it is (it would rewrite 127.1, 0x7f.0.0.1 or 010.0.0.1).
bool isDottedQuad(QByteArrayView host) {
    int parts = 0;
    for (qsizetype from = 0; from <= host.size(); ++parts) {
        qsizetype to = host.indexOf('.', from);
        if (to < 0)
            to = host.size();
        if (plainNumber(host.sliced(from, to - from), 3, 255) < 0)
            return false;
        from = to + 1;
    }
    return parts == 4;
}

// Text QUrl may read as a number (its IPv4 parser takes decimal, octal and 0x hex parts).
bool mayBeNumeric(QByteArrayView host) {
    return std::all_of(host.begin(), host.end(), [](char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || c == 'x' || c == '.';
    });
}

// The characters QUrl takes as they are in a path, query or fragment: unreserved,
// sub-delims and ":@/?" (RFC 3986). '%', '#' and the rest go through QUrl. A table: a uri's
// path is looked at character by character.
constexpr std::array<bool, 128> plainPathCharacters = [] {
    std::array<bool, 128> table{};
    for (char c = 'a'; c <= 'z'; ++c)
        table[static_cast<size_t>(c)] = true;
    for (char c = 'A'; c <= 'Z'; ++c)
        table[static_cast<size_t>(c)] = true;
    for (char c = '0'; c <= '9'; ++c)
        table[static_cast<size_t>(c)] = true;
    for (const char c : std::string_view("-._~!$&'()*+,;=:@/?"))
        table[static_cast<size_t>(c)] = true;
    return table;
}();

bool isPlainPathCharacter(char c) {
    const auto code = static_cast<unsigned char>(c);
    return code < plainPathCharacters.size() && plainPathCharacters[code];
}

} // namespace

UriFacts::UriFacts(QByteArrayView text) {
    m_plain = readPlain(text);
    if (!m_plain)
        m_url = QUrl(QString::fromUtf8(text), QUrl::TolerantMode);
}

bool UriFacts::readPlain(QByteArrayView text) {
    if (text.startsWith("ws://"))
        m_scheme = text.first(2);
    else if (text.startsWith("wss://"))
        m_scheme = text.first(3);
    else
        return false;
    const QByteArrayView rest = text.sliced(m_scheme.size() + 3);
    const qsizetype end =
        std::find_if(rest.begin(), rest.end(), [](char c) { return c == '/' || c == '?'; }) -
        rest.begin();
    const QByteArrayView authority = rest.first(end);
    if (!std::all_of(rest.begin() + end, rest.end(), isPlainPathCharacter))
        return false;
    const qsizetype colon = authority.indexOf(':');
    m_host = colon < 0 ? authority : authority.first(colon);
    if (colon >= 0) {
        // Port 0 and leading zeros go through QUrl too.
        m_port = plainNumber(authority.sliced(colon + 1), 5, 65535);
        if (m_port <= 0)
            return false;
    }
    if (m_host.isEmpty() || m_host.size() > 253)
        return false;
    // What inet_pton() makes of a plain host follows from its form: a dotted quad is an IPv4
    // address; a name has a character that is neither a digit nor a '.' (so no IPv4
    // address) and no ':' (so no IPv6 address).
    if (mayBeNumeric(m_host)) {
        m_hostKind = HostKind::Ipv4;
        return isDottedQuad(m_host);
    }
    m_hostKind = HostKind::Name;
    for (qsizetype from = 0; from <= m_host.size();) {
        qsizetype to = m_host.indexOf('.', from);
        if (to < 0)
            to = m_host.size();
        if (!isPlainLabel(m_host.sliced(from, to - from)))
            return false;
        from = to + 1;
    }
    return true;
}

bool UriFacts::hasHost() const {
    return m_plain || (m_url.isValid() && !m_url.host().isEmpty());
}

QString UriFacts::scheme() const {
    if (!m_plain)
        return m_url.scheme();
    return m_scheme.size() == 2 ? QStringLiteral("ws") : QStringLiteral("wss");
}

QString UriFacts::host(QUrl::ComponentFormattingOptions options) const {
    return m_plain ? QString::fromLatin1(m_host) : m_url.host(options);
}

int UriFacts::port(int defaultPort) const {
    if (!m_plain)
        return m_url.port(defaultPort);
    return m_port < 0 ? defaultPort : m_port;
}

bool UriFacts::hasUserInfo() const {
    return !m_plain && !m_url.userInfo().isEmpty();
}

bool UriFacts::hasUserName() const {
    return !m_plain && !m_url.userName().isEmpty();
}

UriFacts::HostKind UriFacts::hostKind() const {
    if (m_plain)
        return m_hostKind;
    const QByteArray host = m_url.host().toLatin1();
    unsigned char address[16];
    if (inet_pton(AF_INET6, host.constData(), address) == 1)
        return HostKind::Ipv6;
    if (inet_pton(AF_INET, host.constData(), address) == 1)
        return HostKind::Ipv4;
    return HostKind::Name;
}

} // namespace wscm
