// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QtGlobal>

namespace wscm {

// One line of a config file as Asterisk reads it (with fgets into an 8192-byte buffer):
// where its bytes are, and what Asterisk makes of it. That is one physical line, except
// that a line of more than 8191 bytes holding a NUL byte is read in 8191-byte pieces, each
// a line of its own (eolLength 0 but for the last). Offsets only, no copies: a 6 MB file
// has some 300,000 of these.
struct ConfigLine {
    enum class Kind : quint8 {
        Blank,     // nothing but blanks
        Comment,   // nothing Asterisk processes, but not blank (comments, block comments)
        Section,   // [name] / [name](...)
        Variable,  // key = value, key => value, key += value
        Directive, // #include, #tryinclude, #exec, #anything
        NoEquals,  // text without '=': Asterisk warns and skips it
        TooLong,   // longer than Asterisk's line buffer: skipped with a warning
        Invalid,   // a line that makes Asterisk reject the whole file
    };
    enum class Op : quint8 { None, Assign, Object, Append }; // =, =>, +=
    enum class Problem : quint8 { None, NoClosingBracket, NoClosingParen, EscapeControl };

    qsizetype offset = 0; // of the first byte, in the document
    qint32 length = 0;    // without the line ending
    qint32 depthAtStart =
        0; // block-comment nesting when the line starts (Asterisk lets it go below 0)
    qint32 depthAtEnd = 0;
    // Byte ranges relative to the line start (a range whose first byte is an escaped ';'
    // starts at the backslash); meaning by kind:
    //  Variable: name = key, op = operator, value = value
    //  Section: name = between [ and ]; op = '(' .. ')' inclusive or empty; value = inside ( )
    //  Directive: name = word after '#'; value = argument
    // 16 bits are enough: a TooLong line has no parts, and a longer line that is not
    // TooLong holds a NUL in its first 8191 bytes, where what Asterisk reads of it ends. A
    // 20,000-section file has 256,000 lines.
    qint16 nameBegin = 0, nameEnd = 0;
    qint16 opBegin = 0, opEnd = 0;
    qint16 valueBegin = 0, valueEnd = 0;
    quint8 eolLength = 0; // 0 (last line without newline), 1 (\n) or 2 (\r\n)
    Kind kind = Kind::Blank;
    Op op = Op::None;
    Problem problem = Problem::None;
    // True when what Asterisk reads is a plain slice of the raw bytes (no escapes removed,
    // no block comment inside): then name/value ranges are the effective text itself.
    bool plain = true;
    // The first line starts with a UTF-8 byte order mark, which Asterisk skips.
    bool bom = false;

    qsizetype end() const { return offset + length; }
    qsizetype endWithEol() const { return offset + length + eolLength; }
    bool hasParens() const { return opEnd > opBegin; }
};
static_assert(sizeof(ConfigLine) == 40, "a 20,000-section file has 256,000 of these");

} // namespace wscm
