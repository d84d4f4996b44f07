// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QList>
#include <QString>

namespace wscm {

class ObjectOptions;
class UriFacts;

// What Asterisk accepts in a client object but an admin would want to hear about: its
// surprises, each found in a real Asterisk or in its source and listed in
// docs/ASTERISK-PARITY.md, and settings that weaken the connection (verification off,
// credentials in clear text). `check` shows them as warnings at the option they are about,
// or at the section when that option is not set.
class AsteriskQuirks {
public:
    struct Finding {
        int option = -1; // OptionSchema index
        QString message;
    };
    // Appends the findings to `found`. uri: the options' uri (read once per object by the
    // caller). localFiles: the config is on this computer, so its folders may be looked
    // into.
    static void find(const ObjectOptions &options, const UriFacts &uri, const QString &configFolder,
                     bool localFiles, QList<Finding> &found);
};

} // namespace wscm
