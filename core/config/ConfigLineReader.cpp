// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigLineReader.h"

#include "LineBreaks.h"

#include <algorithm>
#include <cstring>

namespace wscm {

ConfigLineReader::ConfigLineReader(QByteArrayView bytes, ConfigParser::Context context)
    : m_bytes(bytes)
    , m_depth(context.depth)
    , m_firstLine(context.firstLine) {}

bool ConfigLineReader::next(ConfigLine *line) {
    const char *data = m_bytes.data();
    const qsizetype size = m_bytes.size();
    if (m_pos >= size)
        return false;
    // One fgets(): up to bufferBytes bytes, through the first '\n'. It is "full" (a line
    // too long for the buffer) when it holds bufferBytes bytes before any NUL and does not
    // end the line: config.c tests strlen(), so a NUL byte hides the length.
    const auto read = [&](qsizetype from, bool *full) {
        const qsizetype limit = std::min(size, from + ConfigParser::bufferBytes);
        const void *nl = std::memchr(data + from, '\n', static_cast<size_t>(limit - from));
        const qsizetype end = nl ? static_cast<const char *>(nl) - data + 1 : limit;
        *full = end - from == ConfigParser::bufferBytes && data[end - 1] != '\n' &&
                !std::memchr(data + from, '\0', static_cast<size_t>(end - from));
        return end;
    };
    *line = ConfigLine();
    line->offset = m_pos;
    bool full = false;
    qsizetype next = read(m_pos, &full);
    if (full) {
        // Skipped, and so are the following pieces until one that is not full.
        bool more = true;
        while (more && next < size)
            next = read(next, &more);
        line->kind = ConfigLine::Kind::TooLong;
    }
    line->eolLength =
        static_cast<quint8>(LineBreaks::endingLength(QByteArrayView(data + m_pos, next - m_pos)));
    line->length = static_cast<qint32>(next - m_pos - line->eolLength);
    ConfigParser::readLine(QByteArrayView(data + m_pos, line->length), m_firstLine, *line, &m_depth,
                           m_offsets);
    m_firstLine = false;
    m_pos = next;
    ++m_count;
    return true;
}

} // namespace wscm
