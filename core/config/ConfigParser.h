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
    // Asterisk reads lines into an 8192-byte buffer; longer lines are skipped.
    static constexpr qsizetype maxLineLength = 8190;
    static constexpr int maxNestedComments = 128;

    static QList<ConfigLine> parse(QByteArrayView bytes);
    // One line, as parse() reads it inside a file: `depth` is the block-comment depth before
    // the line and becomes the depth after it; `eolLength` (0, 1 or 2) counts toward
    // Asterisk's line buffer. The line's offset is 0.
    static ConfigLine parseLine(QByteArrayView rawLine, int eolLength, int *depth);

    // What Asterisk processes of one line (comments removed, "\;" unescaped, blanks
    // stripped). rawOffsets, when given, receives the raw offset of every byte of the result.
    static QByteArray effectiveText(QByteArrayView rawLine, int *depth,
                                    std::vector<qint32> *rawOffsets = nullptr);

    // Blanks as C's isspace() sees them.
    static bool isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    }
    static QByteArrayView trimmed(QByteArrayView text);

private:
    static void readLine(QByteArrayView raw, ConfigLine &line, int *depth,
                         std::vector<qint32> &offsets);
};

} // namespace wscm
