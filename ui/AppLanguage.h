// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace wscm {

// The desktop app's language: wscm's own translations (translations/*.ts, compiled into the
// binary) and Qt's for its standard dialogs. Only the app loads them; the command line stays
// English because scripts read it.
class AppLanguage {
public:
    struct Choice {
        QString code;       // "de", "pt_BR"; empty for the desktop's language
        QString nativeName; // as its speakers write it, so that anyone finds their own
    };
    // System default first, then every language wscm is translated into.
    static QList<Choice> choices();
    // The locale `code` stands for; the desktop's for an empty code.
    static QLocale locale(const QString &code);
    // Loads the translators for `code` (empty: the desktop's language) into the application,
    // replacing any loaded before, and makes its locale the default. False when wscm has no
    // translation for it: the app then shows its English source texts.
    static bool install(const QString &code);
};

} // namespace wscm
