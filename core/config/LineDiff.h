// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace wscm {

// Which lines two texts share, for showing a save's changes and for keeping line endings
// when edited text goes back into a document.
class LineDiff {
public:
    enum class Op { Equal, Removed, Added };
    struct Entry {
        Op op;
        qsizetype oldLine; // index in the old lines, -1 for Added
        qsizetype newLine; // index in the new lines, -1 for Removed
    };

    static QList<Entry> compare(const QList<QByteArray> &oldLines,
                                const QList<QByteArray> &newLines);
    // A unified diff ("-", "+" and " " lines, @@ headers with 1-based line numbers) with
    // `context` unchanged lines around each change; empty when nothing changed. Lines are
    // compared as in old/new but printed from oldShown/newShown, which have the same lines
    // with secrets hidden.
    static QString unified(const QByteArray &oldBytes, const QByteArray &newBytes,
                           const QByteArray &oldShown, const QByteArray &newShown, int context = 2);
};

} // namespace wscm
