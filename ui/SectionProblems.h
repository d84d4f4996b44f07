// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "config/Diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wscm {

class ConfigSession;

// One finding about a section, with what an admin needs to act on it: the option and its
// value as written (secrets hidden) beside Asterisk's own words.
struct SectionProblem {
    Diagnostic diagnostic;
    // The option the finding is about, when the form has a field for it; empty otherwise.
    QString field;
    // "pingpong_interval = 1s (line 12): Asterisk's error: Error parsing …"
    QString sentence;
    // About a user of the client in ari.conf or extensions.conf, at its file and line there.
    bool neighbour = false;
};

// What Asterisk (errors) and wscm (warnings) say about one section of the open document and,
// for a client, about what uses it in ari.conf and extensions.conf (ConsumerCheck), errors
// first, the section's own lines before its users': for the Settings tab's banner and the
// Health tab's "why".
class SectionProblems {
    Q_DECLARE_TR_FUNCTIONS(wscm::SectionProblems)
public:
    enum class Include { ErrorsOnly, ErrorsAndWarnings };
    static QList<SectionProblem> of(const ConfigSession &session, const QString &section,
                                    Include include = Include::ErrorsAndWarnings);
};

} // namespace wscm
