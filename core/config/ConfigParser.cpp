// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigParser.h"

#include "ConfigLineReader.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace wscm {

namespace {

// Mirrors the comment loop of Asterisk's config_text_file_load() on a private copy of the
// line, keeping for each byte its raw offset so that edits can later find it again.
struct LineBuffer {
    std::string text;
    std::vector<qint32> offsets;

    char at(size_t i) const { return i < text.size() ? text[i] : '\0'; }
    // C's strchr on the NUL-terminated string starting at `from`.
    size_t findSemicolon(size_t from) const {
        for (size_t i = from; i < text.size() && text[i] != '\0'; ++i) {
            if (text[i] == ';')
                return i;
        }
        return std::string::npos;
    }
    size_t stringEnd(size_t from) const {
        size_t i = from;
        while (i < text.size() && text[i] != '\0')
            ++i;
        return i;
    }
    void erase(size_t from, size_t count) {
        text.erase(from, count);
        offsets.erase(offsets.begin() + static_cast<std::ptrdiff_t>(from),
                      offsets.begin() + static_cast<std::ptrdiff_t>(from + count));
    }
};

struct Range {
    qsizetype begin = 0;
    qsizetype end = 0;
};

Range trimRange(QByteArrayView text, qsizetype begin, qsizetype end) {
    while (begin < end && ConfigParser::isBlank(text[begin]))
        ++begin;
    while (end > begin && ConfigParser::isBlank(text[end - 1]))
        --end;
    return {begin, end};
}

// Where each byte of a line's effective text stands in the raw line: listed byte by byte
// when the text was copied (comments or escapes taken out of it), or counted from its first
// byte when it is a plain slice of the line, as nearly every line is.
struct CopiedOffsets {
    const std::vector<qint32> &offsets;
    qsizetype size() const { return static_cast<qsizetype>(offsets.size()); }
    qint32 operator[](qsizetype i) const { return offsets[static_cast<size_t>(i)]; }
};
struct SliceOffsets {
    qint32 first = 0;
    qsizetype count = 0;
    qsizetype size() const { return count; }
    qint32 operator[](qsizetype i) const { return first + static_cast<qint32>(i); }
};

// Classifies one line's effective text (already stripped, non-empty) and fills the ranges,
// translated to raw offsets through `raw`.
template <typename Offsets>
void classify(QByteArrayView t, const Offsets &raw, QByteArrayView rawLine, ConfigLine &line) {
    const auto rawLength = static_cast<qint32>(rawLine.size());
    // Raw position of effective index i; one past the last byte maps to just after it.
    const auto rawAt = [&](qsizetype i) -> qint32 {
        if (i < raw.size())
            return raw[i];
        return raw.size() == 0 ? rawLength : raw[raw.size() - 1] + 1;
    };
    const auto rawEnd = [&](qsizetype i) -> qint32 {
        return i == 0 ? rawAt(0) : rawAt(i - 1) + 1;
    };
    const auto setRange = [&](qint16 &b, qint16 &e, Range r) {
        b = rawAt(r.begin);
        e = r.end > r.begin ? rawEnd(r.end) : b;
        // A part that starts with an escaped ';' starts at its backslash: replacing the part
        // must replace the backslash too, or it would escape whatever comes instead.
        if (e > b && b > 0 && rawLine[b] == ';' && rawLine[b - 1] == '\\' &&
            (r.begin == 0 || rawAt(r.begin - 1) != b - 1))
            --b;
    };

    if (t.front() == '[') {
        const qsizetype close = t.indexOf(']');
        if (close < 0) {
            line.kind = ConfigLine::Kind::Invalid;
            line.problem = ConfigLine::Problem::NoClosingBracket;
            return;
        }
        line.kind = ConfigLine::Kind::Section;
        setRange(line.nameBegin, line.nameEnd, {1, close});
        if (close + 1 < t.size() && t[close + 1] == '(') {
            const qsizetype paren = t.indexOf(')', close + 2);
            if (paren < 0) {
                line.kind = ConfigLine::Kind::Invalid;
                line.problem = ConfigLine::Problem::NoClosingParen;
                return;
            }
            line.opBegin = rawAt(close + 1);
            line.opEnd = rawAt(paren) + 1;
            setRange(line.valueBegin, line.valueEnd, {close + 2, paren});
            if (paren == close + 2)
                line.valueBegin = line.valueEnd = rawAt(paren);
        } else {
            line.opBegin = line.opEnd = rawEnd(close + 1);
        }
        return;
    }
    if (t.front() == '#') {
        line.kind = ConfigLine::Kind::Directive;
        qsizetype k = 1;
        // config.c stops the directive word at a byte <= 32 with a signed char, so also at
        // every byte >= 0x80.
        while (k < t.size() && static_cast<signed char>(t[k]) > 32)
            ++k;
        setRange(line.nameBegin, line.nameEnd, {1, k});
        const Range arg = k < t.size() ? trimRange(t, k + 1, t.size()) : Range{k, k};
        setRange(line.valueBegin, line.valueEnd, arg);
        return;
    }
    // A variable line. A backslash first escapes the next byte (so that a name may start
    // with '[', '#' or ';'): it is dropped, and config.c then looks for '=' only from the
    // byte after the escaped one. A blank, a control byte or a byte above 0x7f (char is
    // signed: below 33) after it is an invalid escape.
    const bool escaped = t.front() == '\\';
    if (escaped && (t.size() < 2 || static_cast<signed char>(t[1]) < 33)) {
        line.kind = ConfigLine::Kind::Invalid;
        line.problem = ConfigLine::Problem::EscapeControl;
        return;
    }
    const qsizetype keyBegin = escaped ? 1 : 0;
    const qsizetype eq = t.indexOf('=', escaped ? 2 : 0);
    if (eq < 0) {
        line.kind = ConfigLine::Kind::NoEquals;
        setRange(line.nameBegin, line.nameEnd, {keyBegin, t.size()});
        return;
    }
    line.kind = ConfigLine::Kind::Variable;
    qsizetype keyEnd = eq;
    qsizetype valueStart = eq + 1;
    if (eq > keyBegin + (escaped ? 1 : 0) && t[eq - 1] == '+') {
        line.op = ConfigLine::Op::Append;
        keyEnd = eq - 1;
    } else if (valueStart < t.size() && t[valueStart] == '>') {
        line.op = ConfigLine::Op::Object;
        ++valueStart;
    } else {
        line.op = ConfigLine::Op::Assign;
    }
    setRange(line.nameBegin, line.nameEnd, trimRange(t, keyBegin, keyEnd));
    line.opBegin = rawAt(keyEnd);
    line.opEnd = rawEnd(valueStart);
    const Range value = trimRange(t, valueStart, t.size());
    setRange(line.valueBegin, line.valueEnd, value);
    if (value.end == value.begin)
        line.valueBegin = line.valueEnd = line.opEnd;
}

// A line whose effective text is empty: blank, or a comment (a byte order mark alone counts
// as one).
void setEmptyKind(QByteArrayView raw, ConfigLine &line) {
    const Range r = trimRange(raw, 0, raw.size());
    line.kind = r.begin == r.end && !line.bom ? ConfigLine::Kind::Blank : ConfigLine::Kind::Comment;
}

} // namespace

QByteArrayView ConfigParser::trimmed(QByteArrayView text) {
    const Range r = trimRange(text, 0, text.size());
    return text.sliced(r.begin, r.end - r.begin);
}

QByteArray ConfigParser::effectiveText(QByteArrayView rawLine, int *depth,
                                       std::vector<qint32> *rawOffsets) {
    // C strings end at the first NUL: Asterisk never sees what follows it.
    qsizetype n = rawLine.indexOf('\0');
    if (n < 0)
        n = rawLine.size();

    LineBuffer buf;
    buf.text.assign(rawLine.data(), static_cast<size_t>(n));
    buf.offsets.resize(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        buf.offsets[static_cast<size_t>(i)] = static_cast<qint32>(i);

    constexpr size_t none = std::string::npos;
    size_t process = *depth != 0 ? none : 0;
    size_t newBuf = 0;
    for (;;) {
        const size_t p = buf.findSemicolon(newBuf);
        if (p == none)
            break;
        if (p > newBuf && buf.text[p - 1] == '\\') {
            // Escaped semicolons are not comments; the backslash goes.
            buf.erase(p - 1, 1);
            newBuf = p;
        } else if (buf.at(p + 1) == '-' && buf.at(p + 2) == '-' && buf.at(p + 3) != '-') {
            if (*depth < maxNestedComments) {
                buf.text[p] = '\0';
                newBuf = p + 3;
                ++*depth;
            } else {
                newBuf = p + 1; // Asterisk logs an error here (and would loop forever).
            }
        } else if (p >= newBuf + 2 && buf.text[p - 1] == '-' && buf.text[p - 2] == '-') {
            --*depth;
            newBuf = p + 1;
            if (*depth == 0) {
                if (process != none) {
                    const size_t oldEnd = buf.stringEnd(process);
                    buf.erase(oldEnd, newBuf - oldEnd);
                    newBuf = oldEnd;
                } else {
                    process = newBuf;
                }
            }
        } else if (*depth == 0) {
            buf.text[p] = '\0';
            break;
        } else {
            newBuf = p + 1;
        }
    }
    if (process == none) {
        if (rawOffsets)
            rawOffsets->clear();
        return {};
    }
    const size_t end = buf.stringEnd(process);
    const QByteArrayView all(buf.text.data() + process, static_cast<qsizetype>(end - process));
    const Range r = trimRange(all, 0, all.size());
    if (rawOffsets) {
        rawOffsets->assign(buf.offsets.begin() + static_cast<std::ptrdiff_t>(process + r.begin),
                           buf.offsets.begin() + static_cast<std::ptrdiff_t>(process + r.end));
    }
    return QByteArray(all.data() + r.begin, r.end - r.begin);
}

void ConfigParser::readLine(QByteArrayView raw, bool firstLine, ConfigLine &line, int *depth,
                            std::vector<qint32> &offsets) {
    line.depthAtStart = *depth;
    if (line.kind != ConfigLine::Kind::TooLong) {
        // The offsets below count from the line's start, byte order mark included.
        const QByteArrayView whole = raw;
        qsizetype skipped = 0;
        if (firstLine && raw.startsWith("\xEF\xBB\xBF")) {
            line.bom = true;
            skipped = 3;
            raw = raw.sliced(3);
        }
        // Outside block comments, a line without NUL bytes whose first ';' neither is
        // escaped nor opens or closes a block comment reads as the bytes before that ';'
        // (or all of them): a slice of the line, with no copy to take comments out of.
        bool fast = *depth == 0 && !raw.contains('\0');
        qsizetype cut = raw.size();
        if (const qsizetype p = fast ? raw.indexOf(';') : -1; p >= 0) {
            const auto at = [&](qsizetype k) {
                return k < raw.size() ? raw[k] : '\0';
            };
            const bool escaped = p > 0 && raw[p - 1] == '\\';
            const bool opens = at(p + 1) == '-' && at(p + 2) == '-' && at(p + 3) != '-';
            const bool closes = p >= 2 && raw[p - 1] == '-' && raw[p - 2] == '-';
            fast = !escaped && !opens && !closes;
            cut = p;
        }
        if (fast) {
            const Range r = trimRange(raw, 0, cut);
            if (r.end > r.begin) {
                classify(raw.sliced(r.begin, r.end - r.begin),
                         SliceOffsets{static_cast<qint32>(r.begin + skipped), r.end - r.begin},
                         whole, line);
            } else {
                setEmptyKind(raw, line);
            }
        } else {
            const QByteArray text = effectiveText(raw, depth, &offsets);
            if (skipped > 0) {
                for (qint32 &o : offsets)
                    o += static_cast<qint32>(skipped);
            }
            if (text.isEmpty()) {
                setEmptyKind(raw, line);
            } else {
                for (size_t i = 1; i < offsets.size(); ++i) {
                    if (offsets[i] != offsets[i - 1] + 1) {
                        line.plain = false;
                        break;
                    }
                }
                classify(text, CopiedOffsets{offsets}, whole, line);
            }
        }
    }
    line.depthAtEnd = *depth;
}

ConfigLine ConfigParser::parseLine(QByteArrayView rawLine, int eolLength, int *depth,
                                   bool firstLine) {
    ConfigLine line;
    line.length = static_cast<qint32>(rawLine.size());
    line.eolLength = static_cast<quint8>(eolLength);
    // The first fgets() piece is full when the line with its end does not fit in the
    // buffer (a last line without end: when it fills it) and no NUL hides its length. A
    // NUL in a later piece, which would end the skipping inside the line, is not followed
    // here: one line in, one line out.
    const qsizetype withEnd = rawLine.size() + eolLength;
    const bool full = (eolLength > 0 ? withEnd > bufferBytes : withEnd >= bufferBytes) &&
                      !rawLine.first(std::min(rawLine.size(), bufferBytes)).contains('\0');
    if (full)
        line.kind = ConfigLine::Kind::TooLong;
    std::vector<qint32> offsets;
    readLine(rawLine, firstLine, line, depth, offsets);
    return line;
}

QList<ConfigLine> ConfigParser::parse(QByteArrayView bytes, Context context) {
    QList<ConfigLine> lines;
    // Counting first costs one pass and saves the list's growth copies, which for a large
    // file are the biggest allocations of a document.
    lines.reserve(bytes.count('\n') + 1);
    ConfigLineReader reader(bytes, context);
    ConfigLine line;
    while (reader.next(&line))
        lines.append(line);
    return lines;
}

QByteArrayView ConfigParser::rawLine(QByteArrayView bytes, const ConfigLine &line) {
    return bytes.sliced(line.offset, line.length);
}

QByteArray ConfigParser::effectiveSlice(QByteArrayView bytes, const ConfigLine &line, qint32 begin,
                                        qint32 end) {
    if (line.plain)
        return bytes.sliced(line.offset + begin, std::max(0, end - begin)).toByteArray();
    // Rare lines with "\;" or an inline block comment: read them again the way Asterisk
    // does and keep the bytes that came from the range.
    int depth = line.depthAtStart;
    std::vector<qint32> offsets;
    const qint32 skipped = line.bom ? 3 : 0;
    const QByteArray text = effectiveText(rawLine(bytes, line).sliced(skipped), &depth, &offsets);
    QByteArray result;
    for (size_t i = 0; i < offsets.size(); ++i) {
        if (offsets[i] + skipped >= begin && offsets[i] + skipped < end)
            result.append(text.at(static_cast<qsizetype>(i)));
    }
    return result;
}

QByteArray ConfigParser::name(QByteArrayView bytes, const ConfigLine &line) {
    return effectiveSlice(bytes, line, line.nameBegin, line.nameEnd);
}

QByteArray ConfigParser::value(QByteArrayView bytes, const ConfigLine &line) {
    return effectiveSlice(bytes, line, line.valueBegin, line.valueEnd);
}

QByteArray ConfigParser::appendedText(QByteArrayView bytes, const ConfigLine &line) {
    return effectiveSlice(bytes, line, line.opEnd, std::max(line.valueEnd, line.opEnd));
}

QList<QByteArray> ConfigParser::sectionOptions(QByteArrayView bytes, const ConfigLine &line) {
    if (line.kind != ConfigLine::Kind::Section || !line.hasParens())
        return {};
    // strsep(): empty items are kept, nothing is trimmed.
    return value(bytes, line).split(',');
}

} // namespace wscm
