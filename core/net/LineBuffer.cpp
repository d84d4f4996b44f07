// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "LineBuffer.h"

namespace wscm {

LineBuffer::LineBuffer(qsizetype maxLineBytes)
    : m_max(maxLineBytes) {}

void LineBuffer::append(QByteArrayView bytes) {
    if (m_dropping) {
        const qsizetype newline = bytes.indexOf('\n');
        if (newline < 0)
            return;
        m_dropping = false;
        ++m_dropped;
        bytes = bytes.sliced(newline + 1);
    }
    // Taken lines leave the front once per append, not once per line.
    if (m_start > 0) {
        m_bytes.remove(0, m_start);
        m_start = 0;
    }
    m_bytes.append(bytes);
}

bool LineBuffer::takeLine(QByteArray *line) {
    while (true) {
        const qsizetype newline = m_bytes.indexOf('\n', m_start);
        const qsizetype length = (newline < 0 ? m_bytes.size() : newline) - m_start;
        if (newline < 0) {
            if (length > m_max) {
                // Dropped now, the rest of it when it comes.
                m_bytes.clear();
                m_start = 0;
                m_dropping = true;
            }
            return false;
        }
        const qsizetype begin = m_start;
        m_start = newline + 1;
        if (length > m_max) {
            ++m_dropped;
            continue;
        }
        *line = m_bytes.sliced(begin, length);
        return true;
    }
}

void LineBuffer::clear() {
    m_bytes.clear();
    m_start = 0;
    m_dropping = false;
}

} // namespace wscm
