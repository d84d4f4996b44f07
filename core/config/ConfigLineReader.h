// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConfigLine.h"
#include "ConfigParser.h"

#include <QByteArrayView>

#include <vector>

namespace wscm {

// The lines of a file one at a time, exactly as ConfigParser::parse() lists them. A reader
// that looks at each line once (the resolver, for `wscm check` of a large file) then needs
// no line table: 200,000 sections have 2.2 million lines, 88 MB of ConfigLines.
class ConfigLineReader {
public:
    explicit ConfigLineReader(QByteArrayView bytes,
                              ConfigParser::Context context = ConfigParser::Context());

    // The next line; false after the last one.
    bool next(ConfigLine *line);
    // The lines given so far: the 0-based index of the next one.
    qsizetype count() const { return m_count; }
    // The block-comment depth after the lines given so far.
    int depth() const { return m_depth; }
    QByteArrayView bytes() const { return m_bytes; }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    qsizetype m_count = 0;
    int m_depth = 0;
    bool m_firstLine = true;
    std::vector<qint32> m_offsets; // scratch of ConfigParser::readLine, kept for its capacity
};

} // namespace wscm
