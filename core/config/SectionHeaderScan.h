// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <string>
#include <unordered_set>

namespace wscm {

// What a config's section headers may do to the sections before them, found by a quick
// look at the bytes (no line is parsed): which names a header may inherit from
// ("[s](name)") and whether one may add to an earlier section ("[s](+)").
// It errs on one side only: every name a header inherits from is among mayBeNamed(), and
// every file with an addition says mayAddToEarlier(); the converse need not hold (a "(…)" in
// a comment or a value counts too). A check of a large file uses it to let go of a section's
// variables once the section is judged, when no later header can need them.
class SectionHeaderScan {
public:
    explicit SectionHeaderScan(QByteArrayView bytes);

    // About as many sections as `bytes` has headers: the lines that begin with '['. Capped
    // for a file with no room for so many, so that it can size a list at once.
    static qsizetype headerCount(QByteArrayView bytes);

    // A header may add to an earlier section, or the scan could not tell.
    bool mayAddToEarlier() const { return m_unsure; }
    // A header may inherit from a section called `name` (compared as Asterisk does: ASCII
    // letters without case).
    bool mayBeNamed(QByteArrayView name) const;

private:
    void note(QByteArrayView inside);

    // Lower case. The standard library's string hash: asked once per section, QHash's seeded
    // one cost 5 % of a check.
    std::unordered_set<std::string> m_named;
    QByteArrayView m_lastInside;
    mutable std::string m_key;
    bool m_unsure = false;
};

} // namespace wscm
