// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "LineDiff.h"

#include "LineBreaks.h"

#include <algorithm>
#include <vector>

namespace wscm {

namespace {

// Above this many cells the middle is shown as one replaced block: an exact diff of two
// wholly different large files is not worth the memory.
constexpr qsizetype maxTableCells = 4'000'000;

} // namespace

QList<LineDiff::Entry> LineDiff::compare(const QList<QByteArray> &oldLines,
                                         const QList<QByteArray> &newLines) {
    // Edits touch a few lines of large files: the common head and tail are matched first
    // so that the table below only covers what changed.
    qsizetype head = 0;
    while (head < oldLines.size() && head < newLines.size() &&
           oldLines.at(head) == newLines.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < oldLines.size() - head && tail < newLines.size() - head &&
           oldLines.at(oldLines.size() - 1 - tail) == newLines.at(newLines.size() - 1 - tail))
        ++tail;

    QList<Entry> entries;
    for (qsizetype i = 0; i < head; ++i)
        entries.append({Op::Equal, i, i});

    const qsizetype n = oldLines.size() - head - tail;
    const qsizetype m = newLines.size() - head - tail;
    if (n * m <= maxTableCells) {
        // Longest common subsequence, filled from the end so the walk below goes forward.
        std::vector<std::vector<quint32>> lcs(static_cast<size_t>(n + 1),
                                              std::vector<quint32>(static_cast<size_t>(m + 1)));
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                auto &cell = lcs[size_t(i)][size_t(j)];
                if (oldLines.at(head + i) == newLines.at(head + j))
                    cell = lcs[size_t(i + 1)][size_t(j + 1)] + 1;
                else
                    cell = std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && oldLines.at(head + i) == newLines.at(head + j)) {
                entries.append({Op::Equal, head + i, head + j});
                ++i;
                ++j;
            } else if (i < n &&
                       (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
                // Removals first, as diff tools show them.
                entries.append({Op::Removed, head + i, -1});
                ++i;
            } else {
                entries.append({Op::Added, -1, head + j});
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            entries.append({Op::Removed, head + i, -1});
        for (qsizetype j = 0; j < m; ++j)
            entries.append({Op::Added, -1, head + j});
    }
    for (qsizetype k = 0; k < tail; ++k)
        entries.append({Op::Equal, oldLines.size() - tail + k, newLines.size() - tail + k});
    return entries;
}

QString LineDiff::unified(const QByteArray &oldBytes, const QByteArray &newBytes,
                          const QByteArray &oldShown, const QByteArray &newShown, int context) {
    const QList<Entry> entries =
        compare(LineBreaks::withoutEndings(oldBytes), LineBreaks::withoutEndings(newBytes));
    const QList<QByteArray> oldLines = LineBreaks::withoutEndings(oldShown);
    const QList<QByteArray> newLines = LineBreaks::withoutEndings(newShown);

    // Entries within `context` of a change are shown.
    QList<bool> shown(entries.size(), false);
    for (qsizetype k = 0; k < entries.size(); ++k) {
        if (entries.at(k).op == Op::Equal)
            continue;
        const qsizetype from = std::max<qsizetype>(0, k - context);
        const qsizetype to = std::min<qsizetype>(entries.size() - 1, k + context);
        for (qsizetype s = from; s <= to; ++s)
            shown[s] = true;
    }

    QString out;
    bool inHunk = false;
    for (qsizetype k = 0; k < entries.size(); ++k) {
        if (!shown.at(k)) {
            inHunk = false;
            continue;
        }
        const Entry &e = entries.at(k);
        if (!inHunk) {
            const qsizetype oldAt = e.oldLine >= 0 ? e.oldLine : e.newLine;
            out += QStringLiteral("@@ line %1 @@\n").arg(oldAt + 1);
            inHunk = true;
        }
        switch (e.op) {
        case Op::Equal:
            out += QLatin1Char(' ') + QString::fromUtf8(oldLines.at(e.oldLine));
            break;
        case Op::Removed:
            out += QLatin1Char('-') + QString::fromUtf8(oldLines.at(e.oldLine));
            break;
        case Op::Added:
            out += QLatin1Char('+') + QString::fromUtf8(newLines.at(e.newLine));
            break;
        }
        out += QLatin1Char('\n');
    }
    if (out.isEmpty() && oldBytes != newBytes)
        out = QStringLiteral("@@ line endings @@\n");
    return out;
}

} // namespace wscm
