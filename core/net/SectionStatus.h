// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConnectionHealth.h"
#include "FailureCause.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace wscm {

class ConnectionStability;
struct Diagnostic;

// What one client section is doing and why, as facts: the state a person should be told
// (a flapping connection is "unstable", never "connected"), the cause and since when. Every
// place that names a section's state (the list's rows, tooltips and accessible names, the
// status bar, the Health tab, later the command line) builds it here and words it with
// sentence() or shortText(), so they never disagree. No text here holds a secret: causes
// are names, and Asterisk's errors show secret values masked.
struct SectionStatus {
    // In the order of how much attention a section needs, least first.
    enum class Kind { NotConnected, Connected, Connecting, Retrying, Unstable, GaveUp, Invalid };

    Kind kind = Kind::NotConnected;

    // The last failure (drop or failed attempt), for Unstable, Retrying and GaveUp.
    FailureCause cause = FailureCause::None;
    ConnectionHealth::Stage stage = ConnectionHealth::Stage::None;
    int httpStatus = 0;
    // Connected: since it came up. Connecting: unknown. Retrying: since the first failure of
    // the current run. Unstable: the first drop counted in `drops`.
    QDateTime since;
    int tries = 0; // failed attempts in a row
    qint64 lastRttUs = -1;

    // Unstable: the drops counted, and whether the reason is that no spell held longer than
    // holdMs (else it is the number of drops within ConnectionStability::WindowMs).
    int drops = 0;
    bool neverHeld = false;
    qint64 holdMs = 0;

    // The connection runs edits that are not saved (the user chose to try them): said with
    // every live state, so nobody takes it for what the file holds.
    bool runsUnsaved = false;

    // Invalid: Asterisk's first error for the section, where it points, and how many more.
    QString error;
    QString option;
    int line = 0;
    int moreErrors = 0;

    // A live connection, judged at `now`; holdMs from ConnectionStability::holdMs().
    static SectionStatus ofConnection(const ConnectionHealth &health,
                                      const ConnectionStability &stability, qint64 holdMs,
                                      const QDateTime &now);
    // A section Asterisk would not load: `first` is its first error (nullptr when the reason
    // lies elsewhere, such as a file Asterisk rejects as a whole), `errors` how many it has.
    static SectionStatus ofInvalid(const Diagnostic *first, int errors);

    // "unstable", "retrying", …: fixed names for scripts and tests, never translated.
    static QString kindName(Kind kind);
    // The kind in words for people: "unstable", "gave up", "not connected".
    static QString kindText(Kind kind);
    // The last failure in a few words: "HTTP 401 at upgrade", "ping-timeout", "refused at tcp";
    // empty without one.
    QString causeText() const;
    // For a row under the section's name: kind and cause, no times (it is kept, not rebuilt on
    // every repaint): "unstable: ping-timeout, dropped 9×", "retrying: HTTP 401 at upgrade",
    // "invalid: pingpong_interval (line 48)".
    QString shortText() const;
    // The whole truth in one sentence, times at `now`: "media-silent — unstable: dropped 9× in
    // 1 min (ping-timeout)", "media-wrong-password — retrying for 40 s: HTTP 401 at upgrade,
    // failed 14×", "media-plain — connected for 2 min, last PONG 0.3 ms", "media-typo — invalid:
    // Error parsing pingpong_interval=1s at line 48 of …".
    QString sentence(const QString &section, const QDateTime &now,
                     const QLocale &locale = QLocale()) const;
    // The sentence without the section's name, for a view that names it already.
    QString description(const QDateTime &now, const QLocale &locale = QLocale()) const;
    // What to check, from FailureHint; empty when there is nothing to fix.
    QString hint() const;

    Q_DECLARE_TR_FUNCTIONS(wscm::SectionStatus)
};

} // namespace wscm
