// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace wscm {

// Where a line of a .conf file ends, decided here for every reader (the parser, the diff,
// the merge, the raw editor): a line runs through the next '\n', and a '\r' is part of its
// ending only right before that '\n' — config.c reads lines with fgets() and strips "\r\n"
// and "\n" alike, so a lone '\r' stays in the line.
class LineBreaks {
public:
    // The index after the '\n' that ends the line starting at `from`, or the size.
    static qsizetype nextLineStart(QByteArrayView bytes, qsizetype from);
    // The length of the ending of `line`, a line read through its '\n' (or through the last
    // byte): 2 for "\r\n", 1 for "\n", 0 for none.
    static int endingLength(QByteArrayView line);
    // Each line with its ending: joined, they give the bytes back exactly.
    static QList<QByteArray> withEndings(const QByteArray &bytes);
    // Each line without its ending, numbered as an editor shows them: "a\n" gives {"a", ""}
    // and the empty file one empty line.
    static QList<QByteArray> withoutEndings(const QByteArray &bytes);
};

} // namespace wscm
