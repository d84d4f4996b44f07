// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "net/FailureCause.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace wscm {

class HealthSource;
struct ConnectionEvent;

// How `wscm probe` prints what it sees, wherever it is measured from: one line per event,
// or a table of every section's health redrawn in place on a terminal.
class ProbeOutput {
public:
    static QString eventLine(const ConnectionEvent &event);
    static QString table(const HealthSource &source);
    // What to check about a section's failure, indented under the lines it explains.
    static QString hintLine(const QString &section, FailureCause cause, int httpStatus);
    // One event as `wscm probe` prints it, wherever it was measured: a JSON line, or a text
    // line with the hint of what to check under the event that first shows a section's cause
    // (once per section and cause); nothing while a live table shows the health instead.
    void print(const ConnectionEvent &event, bool json, bool liveTable);
    // After a live table, which shows only the last cause: what to check for each section.
    static QStringList lastHints(const HealthSource &source);

private:
    QHash<QString, FailureCause> m_hinted;
    QByteArray m_jsonLine; // one buffer for every line
};

} // namespace wscm
