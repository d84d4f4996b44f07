// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConfigLine.h"

#include <QByteArrayView>
#include <QList>

namespace wscm {

// What each byte of one line is to Asterisk, for colouring it: part of a section header, a
// key, an operator, a value or a directive, or not read at all (a comment, a line too long,
// what follows a NUL). Taken from the parser's own classification of the line, so that the
// colours can never disagree with what wscm checks.
class ConfigLineSyntax {
public:
    enum class Role : quint8 { Plain, Comment, Section, Key, Operator, Value, Directive };
    struct Span {
        qint32 begin = 0;
        qint32 length = 0;
        Role role = Role::Plain;
        bool operator==(const Span &) const = default;
    };

    // The spans of `rawLine` (without its line ending), which ConfigParser classified as
    // `line`; Plain bytes (blanks, text Asterisk reads but gives no role) get no span.
    static QList<Span> spans(QByteArrayView rawLine, const ConfigLine &line);
};

} // namespace wscm
