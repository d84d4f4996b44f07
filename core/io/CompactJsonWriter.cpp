// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "CompactJsonWriter.h"

#include <QLocale>

#include <cmath>
#include <cstring>

namespace wscm {

namespace {

char hexDigit(uint value) {
    return "0123456789abcdef"[value & 0xf];
}

} // namespace

CompactJsonWriter::CompactJsonWriter(QByteArray &out)
    : m_out(out)
    , m_used(out.size()) {
    put("{", 1);
}

char *CompactJsonWriter::room(qsizetype bytes) {
    // The buffer grows ahead of the writing and shrinks to fit once, in finish(): one size
    // check per piece instead of QByteArray::append's work per piece.
    if (m_used + bytes > m_out.size())
        m_out.resize(qMax(2 * m_out.size(), m_used + bytes + 128));
    return m_out.data() + m_used;
}

void CompactJsonWriter::put(const char *bytes, qsizetype size) {
    std::memcpy(room(size), bytes, size_t(size));
    m_used += size;
}

void CompactJsonWriter::key(QLatin1StringView key) {
    char *out = room(key.size() + 4);
    if (m_needsComma[m_depth])
        *out++ = ',';
    m_needsComma[m_depth] = true;
    *out++ = '"';
    std::memcpy(out, key.data(), size_t(key.size()));
    out += key.size();
    *out++ = '"';
    *out++ = ':';
    m_used = out - m_out.data();
}

void CompactJsonWriter::add(QLatin1StringView key, QStringView value) {
    this->key(key);
    string(value.utf16(), value.size());
}

void CompactJsonWriter::add(QLatin1StringView key, QLatin1StringView value) {
    this->key(key);
    // Latin-1 is the first 256 code points: the same rules, byte by byte.
    string(reinterpret_cast<const uchar *>(value.data()), value.size());
}

// Qt's rules: '"', '\\' and the C0 controls escaped (the usual five by letter, the others as
// \u00xx), everything else as UTF-8, and a surrogate without its pair as \uxxxx.
template <typename Unit> void CompactJsonWriter::string(const Unit *it, qsizetype size) {
    const Unit *const end = it + size;
    // At most 6 bytes a unit (\u00xx, \uxxxx; a pair of units makes 4 bytes of UTF-8).
    char *out = room(6 * size + 2);
    *out++ = '"';
    while (it != end) {
        const char16_t unit = *it++;
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
                *out++ = char(unit);
                continue;
            }
            *out++ = '\\';
            switch (unit) {
            case u'"':
                *out++ = '"';
                break;
            case u'\\':
                *out++ = '\\';
                break;
            case u'\b':
                *out++ = 'b';
                break;
            case u'\f':
                *out++ = 'f';
                break;
            case u'\n':
                *out++ = 'n';
                break;
            case u'\r':
                *out++ = 'r';
                break;
            case u'\t':
                *out++ = 't';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hexDigit(unit >> 4);
                *out++ = hexDigit(unit);
            }
        } else if (unit < 0x800) {
            *out++ = char(0xc0 | (unit >> 6));
            *out++ = char(0x80 | (unit & 0x3f));
        } else if (!QChar::isSurrogate(unit)) {
            *out++ = char(0xe0 | (unit >> 12));
            *out++ = char(0x80 | ((unit >> 6) & 0x3f));
            *out++ = char(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && it != end && QChar::isLowSurrogate(*it)) {
            const char32_t point = QChar::surrogateToUcs4(unit, char16_t(*it++));
            *out++ = char(0xf0 | (point >> 18));
            *out++ = char(0x80 | ((point >> 12) & 0x3f));
            *out++ = char(0x80 | ((point >> 6) & 0x3f));
            *out++ = char(0x80 | (point & 0x3f));
        } else {
            *out++ = '\\';
            *out++ = 'u';
            *out++ = hexDigit(unit >> 12);
            *out++ = hexDigit(unit >> 8);
            *out++ = hexDigit(unit >> 4);
            *out++ = hexDigit(unit);
        }
    }
    *out++ = '"';
    m_used = out - m_out.data();
}

void CompactJsonWriter::integer(qint64 value) {
    char digits[24];
    char *cursor = digits + sizeof digits;
    // Negated as unsigned, so that the smallest qint64 has its digits too.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--cursor = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        *--cursor = '-';
    put(cursor, digits + sizeof digits - cursor);
}

void CompactJsonWriter::addInteger(QLatin1StringView key, qint64 value) {
    this->key(key);
    integer(value);
}

void CompactJsonWriter::addDouble(QLatin1StringView key, double value) {
    this->key(key);
    constexpr double exactIntegers = 9007199254740992.0; // 2^53
    if (!qIsFinite(value)) {
        put("null", 4);
    } else if (value == std::trunc(value) && std::fabs(value) <= exactIntegers) {
        integer(static_cast<qint64>(value));
    } else if (const qint64 thousandths = qRound64(value * 1000);
               value >= 0.01 && value < 1e12 && double(thousandths) / 1000 == value) {
        // Three decimals at most (milliseconds to the microsecond): below 2^42 the decimal
        // itself, trailing zeros cut, is the shortest form that reads back as this double, and
        // from 0.01 on its plain notation is shorter than an exponent, as Qt then writes it.
        integer(thousandths / 1000);
        char fraction[4] = {'.', char('0' + thousandths / 100 % 10),
                            char('0' + thousandths / 10 % 10), char('0' + thousandths % 10)};
        qsizetype length = 4;
        while (fraction[length - 1] == '0')
            --length;
        put(fraction, length);
    } else {
        const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
        put(text.constData(), text.size());
    }
}

void CompactJsonWriter::addNull(QLatin1StringView key) {
    this->key(key);
    put("null", 4);
}

void CompactJsonWriter::beginObject(QLatin1StringView key) {
    Q_ASSERT(m_depth + 1 < MaxDepth);
    this->key(key);
    put("{", 1);
    m_needsComma[++m_depth] = false;
}

void CompactJsonWriter::endObject() {
    Q_ASSERT(m_depth > 0);
    --m_depth;
    put("}", 1);
}

void CompactJsonWriter::finish() {
    Q_ASSERT(m_depth == 0);
    put("}", 1);
    m_out.resize(m_used);
}

} // namespace wscm
