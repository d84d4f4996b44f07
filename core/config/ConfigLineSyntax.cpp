// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigLineSyntax.h"

#include "ConfigParser.h"

#include <algorithm>
#include <vector>

namespace wscm {

namespace {

using Role = ConfigLineSyntax::Role;

Role roleOf(const ConfigLine &line, qint32 offset) {
    const auto in = [offset](qint32 begin, qint32 end) {
        return offset >= begin && offset < end;
    };
    switch (line.kind) {
    case ConfigLine::Kind::Section:
        return Role::Section;
    case ConfigLine::Kind::Directive:
        return Role::Directive;
    case ConfigLine::Kind::Variable:
        if (in(line.nameBegin, line.nameEnd))
            return Role::Key;
        if (in(line.opBegin, line.opEnd))
            return Role::Operator;
        if (in(line.valueBegin, line.valueEnd))
            return Role::Value;
        return Role::Plain;
    default:
        return Role::Plain;
    }
}

} // namespace

QList<ConfigLineSyntax::Span> ConfigLineSyntax::spans(QByteArrayView raw, const ConfigLine &line) {
    const auto n = static_cast<size_t>(raw.size());
    std::vector<Role> roles(n, Role::Plain);
    if (line.kind != ConfigLine::Kind::Blank) {
        // Whatever Asterisk does not read is a comment to it; blanks need no colour.
        for (size_t k = 0; k < n; ++k) {
            if (!ConfigParser::isBlank(raw[qsizetype(k)]))
                roles[k] = Role::Comment;
        }
    }
    if (line.kind != ConfigLine::Kind::Blank && line.kind != ConfigLine::Kind::Comment &&
        line.kind != ConfigLine::Kind::TooLong) {
        int depth = line.depthAtStart;
        std::vector<qint32> read;
        // A byte order mark Asterisk skipped is not read either.
        const qint32 skipped = line.bom ? 3 : 0;
        ConfigParser::effectiveText(raw.sliced(skipped), &depth, &read);
        std::vector<bool> isRead(n, false);
        for (qint32 offset : read) {
            offset += skipped;
            roles[size_t(offset)] = roleOf(line, offset);
            isRead[size_t(offset)] = true;
        }
        // The backslash of "\;" is dropped, but it belongs to the ';' it escapes.
        for (size_t k = 0; k + 1 < n; ++k) {
            if (raw[qsizetype(k)] == '\\' && raw[qsizetype(k + 1)] == ';' && !isRead[k] &&
                isRead[k + 1])
                roles[k] = roles[k + 1];
        }
    }
    // Blanks between two bytes of one role (inside a comment, a value) take that role.
    for (size_t k = 0; k < n;) {
        if (roles[k] != Role::Plain) {
            ++k;
            continue;
        }
        size_t end = k;
        while (end < n && roles[end] == Role::Plain && ConfigParser::isBlank(raw[qsizetype(end)]))
            ++end;
        if (end > k && k > 0 && end < n && roles[k - 1] == roles[end])
            std::fill(roles.begin() + qsizetype(k), roles.begin() + qsizetype(end), roles[end]);
        k = std::max(end, k + 1);
    }
    QList<Span> result;
    for (size_t k = 0; k < n;) {
        size_t end = k + 1;
        while (end < n && roles[end] == roles[k])
            ++end;
        if (roles[k] != Role::Plain)
            result.append({qint32(k), qint32(end - k), roles[k]});
        k = end;
    }
    return result;
}

} // namespace wscm
