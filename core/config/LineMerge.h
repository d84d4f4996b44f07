// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QList>

namespace wscm {

// Someone else's changes and the user's, both made to the same file as it was read, put
// together line by line (a three-way merge, as diff3 does it). Lines are compared and copied
// with their own endings, so every byte either side did not change stays as it was: comments,
// blank lines, order, "\r\n" and a missing final newline.
class LineMerge {
public:
    // A place where both sides changed the same lines (or added lines at the same place)
    // differently. Lines count from 0, each a range [line, line + count) in its own text, as
    // LineBreaks::withoutEndings numbers them.
    struct Conflict {
        qsizetype baseLine = 0;
        qsizetype baseCount = 0;
        qsizetype theirsLine = 0;
        qsizetype theirsCount = 0;
        qsizetype mineLine = 0;
        qsizetype mineCount = 0;
    };
    struct Result {
        // theirs with mine's changes applied; where they conflict, theirs' lines are kept.
        QByteArray bytes;
        QList<Conflict> conflicts;
        bool clean() const { return conflicts.isEmpty(); }
    };

    // Applies the changes from `base` to `mine` onto `theirs` (which `base` also became).
    static Result merge(const QByteArray &base, const QByteArray &theirs, const QByteArray &mine);
};

} // namespace wscm
