// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace wscm {

// Bytes of a stream cut into lines ending in '\n', holding at most maxLineBytes of a line
// not yet ended: a longer line is dropped whole (up to and with its '\n', whenever that
// comes) and counted, so a peer that never ends a line cannot grow the memory. Which lines
// come out does not depend on how the bytes were cut into reads.
class LineBuffer {
public:
    explicit LineBuffer(qsizetype maxLineBytes);

    void append(QByteArrayView bytes);
    // The next whole line, without its '\n'; false when none has ended yet.
    bool takeLine(QByteArray *line);
    // Bytes held: at most maxLineBytes once takeLine() has returned false.
    qsizetype buffered() const { return m_bytes.size() - m_start; }
    // The start of the line not yet ended (what a stream left when it ended without a '\n').
    QByteArray rest() const { return m_bytes.sliced(m_start); }
    // Lines dropped for their length.
    qsizetype droppedLines() const { return m_dropped; }
    void clear();

private:
    qsizetype m_max;
    QByteArray m_bytes;
    qsizetype m_start = 0;   // where the lines not yet taken begin in m_bytes
    bool m_dropping = false; // inside a line too long, up to its '\n'
    qsizetype m_dropped = 0;
};

} // namespace wscm
