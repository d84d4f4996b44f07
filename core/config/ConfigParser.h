// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConfigLine.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <vector>

namespace wscm {

// Reads bytes the way Asterisk's config loader reads them (main/config.c), one line at a
// time in linear time, and records for every line its kind and the byte ranges of its
// parts. It never drops a byte: the lines cover the input exactly.
class ConfigParser {
public:
    // Asterisk reads with fgets into an 8192-byte buffer: 8191 bytes, the line end
    // included; a longer line is skipped.
    static constexpr qsizetype bufferBytes = 8191;
    static constexpr int maxNestedComments = 128;

    // Where reading starts. Asterisk reads the files one #include glob matches in one go:
    // a block comment left open in one continues in the next, and only the very first line
    // may start with a byte order mark.
    struct Context {
        int depth = 0;
        bool firstLine = true;
    };
    static QList<ConfigLine> parse(QByteArrayView bytes, Context context);
    static QList<ConfigLine> parse(QByteArrayView bytes) { return parse(bytes, Context()); }
    // One line, as parse() reads it inside a file: `depth` is the block-comment depth before
    // the line and becomes the depth after it; `eolLength` (0, 1 or 2) counts toward
    // Asterisk's line buffer; only a first line may start with a byte order mark. The
    // line's offset is 0.
    static ConfigLine parseLine(QByteArrayView rawLine, int eolLength, int *depth,
                                bool firstLine = false);

    // What Asterisk processes of one line (comments removed, "\;" unescaped, blanks
    // stripped). rawOffsets, when given, receives the raw offset of every byte of the result.
    static QByteArray effectiveText(QByteArrayView rawLine, int *depth,
                                    std::vector<qint32> *rawOffsets = nullptr);

    // Blanks as Asterisk's ast_strip() sees them: every byte from 1 to 32.
    static bool isBlank(char c) {
        const auto u = static_cast<unsigned char>(c);
        return u != 0 && u < 33;
    }
    static QByteArrayView trimmed(QByteArrayView text);

    // The parts of a line parse() gave for `bytes` (all of its file's bytes), as Asterisk
    // reads them: the raw slice for a plain line, otherwise the line read again without its
    // escapes and comments.
    static QByteArrayView rawLine(QByteArrayView bytes, const ConfigLine &line);
    static QByteArray effectiveSlice(QByteArrayView bytes, const ConfigLine &line, qint32 begin,
                                     qint32 end);
    static QByteArray name(QByteArrayView bytes,
                           const ConfigLine &line); // key, section or directive word
    static QByteArray value(QByteArrayView bytes,
                            const ConfigLine &line); // value, template list or argument
    static QByteArray appendedText(QByteArrayView bytes, const ConfigLine &line); // after "+="
    static QList<QByteArray> sectionOptions(QByteArrayView bytes, const ConfigLine &line);

private:
    friend class ConfigLineReader;
    // Classifies a line whose offset, length and line end are set (a TooLong line only
    // gets its depths).
    static void readLine(QByteArrayView raw, bool firstLine, ConfigLine &line, int *depth,
                         std::vector<qint32> &offsets);
};

} // namespace wscm
