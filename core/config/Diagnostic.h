// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>

namespace wscm {

// One finding about a config file: Asterisk's verdict (errors), wscm's advice (warnings), or
// a fact worth knowing that is no problem (info: a client that nothing in the files uses).
struct Diagnostic {
    enum class Severity { Error, Warning, Info };

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
        switch (severity) {
        case Severity::Error:
            return QStringLiteral("error");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Info:
            break;
        }
        return QStringLiteral("info");
    }
    // FILE:LINE: error|warning|info: [SECTION] MESSAGE
    QString toText() const;
};

} // namespace wscm
