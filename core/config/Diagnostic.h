// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>

namespace wscm {

// One finding about a config file: Asterisk's verdict (errors) or wscm's advice (warnings).
struct Diagnostic {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0; // 1-based; the option's line, or the section header for object rules
    QString section;
    QString option;
    QString message;
    int fileIndex = 0; // position of `file` in the load order, for sorting
    // True for errors that make Asterisk load nothing from the file.
    bool rejectsFile = false;

    bool isError() const { return severity == Severity::Error; }
    QString severityName() const {
        return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    }
    // FILE:LINE: error|warning: [SECTION] MESSAGE
    QString toText() const;
};

} // namespace wscm
