// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SectionHeaderScan.h"

#include <algorithm>

namespace wscm {

namespace {

// ASCII letters only, as config.c's strcasecmp() compares.
void lower(QByteArrayView text, std::string *out) {
    out->resize(static_cast<size_t>(text.size()));
    std::transform(text.begin(), text.end(), out->begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c; });
}

std::string lower(QByteArrayView text) {
    std::string out;
    lower(text, &out);
    return out;
}

} // namespace

SectionHeaderScan::SectionHeaderScan(QByteArrayView bytes) {
    // A header's "(…)" is the bytes from a '(' to the next ')' on its line, as config.c
    // cuts it, unless a comment (';') or an escape ('\') changed the line first, or a NUL
    // cut it short: then the scan cannot tell what the header names. Every '(' is looked
    // at, not only the headers', so that no header is missed however it is written.
    for (qsizetype open = bytes.indexOf('('); open >= 0 && !m_unsure;
         open = bytes.indexOf('(', open + 1)) {
        qsizetype close = open + 1;
        while (close < bytes.size() && bytes[close] != ')' && bytes[close] != '\n')
            ++close;
        note(bytes.sliced(open + 1, close - open - 1));
    }
}

void SectionHeaderScan::note(QByteArrayView inside) {
    // Most sections name the same few templates: the words of the last "(…)" are known.
    if (!m_lastInside.isNull() && inside == m_lastInside)
        return;
    m_lastInside = inside;
    if (std::any_of(inside.begin(), inside.end(),
                    [](char c) { return c == ';' || c == '\\' || c == '\0' || c == '+'; })) {
        m_unsure = true;
        return;
    }
    // config.c splits at every ',' and trims nothing; the trimmed word is kept as well, so
    // that the answer does not hang on how the words are cut.
    for (qsizetype from = 0; from <= inside.size();) {
        qsizetype to = inside.indexOf(',', from);
        if (to < 0)
            to = inside.size();
        const QByteArrayView word = inside.sliced(from, to - from);
        m_named.insert(lower(word));
        if (word.trimmed().size() != word.size())
            m_named.insert(lower(word.trimmed()));
        from = to + 1;
    }
}

bool SectionHeaderScan::mayBeNamed(QByteArrayView name) const {
    if (m_unsure)
        return true;
    // Lower case into one buffer, not a new string per section asked about.
    lower(name, &m_key);
    return m_named.contains(m_key);
}

qsizetype SectionHeaderScan::headerCount(QByteArrayView bytes) {
    qsizetype count = 0;
    // Each '[' (a memchr), then a look at the byte before: QByteArrayView::count() of a
    // two-byte needle is a slow general search.
    for (qsizetype at = bytes.indexOf('['); at >= 0; at = bytes.indexOf('[', at + 1))
        count += at == 0 || bytes[at - 1] == '\n' ? 1 : 0;
    return std::min(count, bytes.size() / 16 + 1);
}

} // namespace wscm
