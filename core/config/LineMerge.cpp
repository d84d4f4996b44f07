// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "LineMerge.h"

#include "LineBreaks.h"
#include "LineDiff.h"

#include <algorithm>

namespace wscm {

namespace {

enum class Side { Theirs, Mine };

// Base lines [baseBegin, baseEnd) became the other text's lines [otherBegin, otherEnd).
struct Change {
    Side side;
    qsizetype baseBegin;
    qsizetype baseEnd;
    qsizetype otherBegin;
    qsizetype otherEnd;
    bool isInsertion() const { return baseBegin == baseEnd; }
    qsizetype growth() const { return (otherEnd - otherBegin) - (baseEnd - baseBegin); }
};

// The runs of LineDiff's entries that are not Equal, each as one change.
QList<Change> changesOf(Side side, const QList<QByteArray> &base, const QList<QByteArray> &other) {
    const QList<LineDiff::Entry> entries = LineDiff::compare(base, other);
    QList<Change> changes;
    qsizetype b = 0;
    qsizetype o = 0;
    qsizetype k = 0;
    while (k < entries.size()) {
        if (entries.at(k).op == LineDiff::Op::Equal) {
            ++b;
            ++o;
            ++k;
            continue;
        }
        Change change{side, b, b, o, o};
        for (; k < entries.size() && entries.at(k).op != LineDiff::Op::Equal; ++k) {
            if (entries.at(k).op == LineDiff::Op::Removed)
                ++b;
            else
                ++o;
        }
        change.baseEnd = b;
        change.otherEnd = o;
        changes.append(change);
    }
    return changes;
}

bool touchesAny(qsizetype at, const QList<Change> &others) {
    return std::any_of(others.cbegin(), others.cend(), [at](const Change &other) {
        return other.baseBegin <= at && at <= other.baseEnd;
    });
}

// Where lines are added among equal lines, diff's choice of place is arbitrary: "\n[ari]"
// added after a blank line is "[ari]\n" added before it. An addition that touches the other
// side's changes is moved, within its equal places, to the nearest one that touches none, so
// that it conflicts only where every place would.
void slideInsertions(QList<Change> &changes, const QList<QByteArray> &other, qsizetype baseSize,
                     const QList<Change> &others) {
    for (qsizetype i = 0; i < changes.size(); ++i) {
        Change &change = changes[i];
        if (!change.isInsertion() || !touchesAny(change.baseBegin, others))
            continue;
        // The lines between this side's neighbouring changes are equal on both sides; the
        // addition never moves next to a neighbour.
        const qsizetype previousEnd = i > 0 ? changes.at(i - 1).baseEnd : -1;
        const qsizetype nextBegin =
            i + 1 < changes.size() ? changes.at(i + 1).baseBegin : baseSize + 1;
        qsizetype down = 0;
        while (change.baseBegin + down + 1 < nextBegin && change.otherEnd + down < other.size() &&
               other.at(change.otherBegin + down) == other.at(change.otherEnd + down))
            ++down;
        qsizetype up = 0;
        while (change.baseBegin - up - 1 > previousEnd && change.otherBegin - up - 1 >= 0 &&
               other.at(change.otherEnd - up - 1) == other.at(change.otherBegin - up - 1))
            ++up;
        for (qsizetype distance = 1; distance <= std::max(down, up); ++distance) {
            for (const qsizetype shift : {distance, -distance}) {
                if ((shift > 0 && shift > down) || (shift < 0 && -shift > up) ||
                    touchesAny(change.baseBegin + shift, others))
                    continue;
                change.baseBegin += shift;
                change.baseEnd += shift;
                change.otherBegin += shift;
                change.otherEnd += shift;
                distance = std::max(down, up); // done
                break;
            }
        }
    }
}

// The base lines [from, to) as one side made them, from that side's changes within them.
QList<QByteArray> version(Side side, const QList<Change> &group, qsizetype from, qsizetype to,
                          const QList<QByteArray> &base, const QList<QByteArray> &other) {
    QList<QByteArray> lines;
    qsizetype at = from;
    for (const Change &change : group) {
        if (change.side != side)
            continue;
        lines.append(base.mid(at, change.baseBegin - at));
        lines.append(other.mid(change.otherBegin, change.otherEnd - change.otherBegin));
        at = change.baseEnd;
    }
    lines.append(base.mid(at, to - at));
    return lines;
}

} // namespace

LineMerge::Result LineMerge::merge(const QByteArray &base, const QByteArray &theirs,
                                   const QByteArray &mine) {
    const QList<QByteArray> baseLines = LineBreaks::withEndings(base);
    const QList<QByteArray> theirLines = LineBreaks::withEndings(theirs);
    const QList<QByteArray> myLines = LineBreaks::withEndings(mine);

    QList<Change> changes = changesOf(Side::Theirs, baseLines, theirLines);
    QList<Change> myChanges = changesOf(Side::Mine, baseLines, myLines);
    slideInsertions(changes, theirLines, baseLines.size(), myChanges);
    slideInsertions(myChanges, myLines, baseLines.size(), changes);
    changes.append(myChanges);
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return a.baseBegin != b.baseBegin ? a.baseBegin < b.baseBegin : a.baseEnd < b.baseEnd;
    });

    Result result;
    QList<QByteArray> merged;
    qsizetype at = 0;         // base lines before this are in `merged`
    qsizetype theirShift = 0; // theirs' line = base line + shift, before the current group
    qsizetype myShift = 0;
    qsizetype k = 0;
    while (k < changes.size()) {
        // A group: changes whose base lines overlap, or that touch where one of them only
        // adds lines. Lines added next to lines the other side replaced or removed belong
        // with them (an option added at the end of a section someone else removed would
        // otherwise land in the section before), and which of two additions at one place
        // comes first is no one's decision but the user's.
        QList<Change> group{changes.at(k)};
        qsizetype groupBegin = changes.at(k).baseBegin;
        qsizetype groupEnd = changes.at(k).baseEnd;
        bool insertionAtEnd = changes.at(k).isInsertion();
        for (++k; k < changes.size(); ++k) {
            const Change &next = changes.at(k);
            const bool overlaps = next.baseBegin < groupEnd;
            const bool touches =
                next.baseBegin == groupEnd && (next.isInsertion() || insertionAtEnd);
            if (!overlaps && !touches)
                break;
            group.append(next);
            if (next.baseEnd > groupEnd) {
                groupEnd = next.baseEnd;
                insertionAtEnd = false;
            }
            if (next.isInsertion() && next.baseBegin == groupEnd)
                insertionAtEnd = true;
        }

        merged.append(baseLines.mid(at, groupBegin - at));
        const bool both = std::any_of(group.cbegin(), group.cend(),
                                      [](const Change &c) { return c.side == Side::Theirs; }) &&
                          std::any_of(group.cbegin(), group.cend(),
                                      [](const Change &c) { return c.side == Side::Mine; });
        const QList<QByteArray> theirVersion =
            version(Side::Theirs, group, groupBegin, groupEnd, baseLines, theirLines);
        if (both) {
            const QList<QByteArray> myVersion =
                version(Side::Mine, group, groupBegin, groupEnd, baseLines, myLines);
            // The same change made on both sides is no conflict.
            if (theirVersion != myVersion) {
                result.conflicts.append({groupBegin, groupEnd - groupBegin, groupBegin + theirShift,
                                         theirVersion.size(), groupBegin + myShift,
                                         myVersion.size()});
            }
            merged.append(theirVersion);
        } else if (group.constFirst().side == Side::Theirs) {
            merged.append(theirVersion);
        } else {
            merged.append(version(Side::Mine, group, groupBegin, groupEnd, baseLines, myLines));
        }
        for (const Change &change : group)
            (change.side == Side::Theirs ? theirShift : myShift) += change.growth();
        at = groupEnd;
    }
    merged.append(baseLines.mid(at));

    for (const QByteArray &line : std::as_const(merged))
        result.bytes += line;
    return result;
}

} // namespace wscm
