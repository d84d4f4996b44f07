// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "config/ClientSettings.h"
#include "config/Diagnostic.h"
#include "config/EffectiveOptions.h"

#include <QList>
#include <QStringList>

namespace wscm {

// One websocket_client object as Asterisk would build it.
struct ClientObject {
    QByteArray id; // the section name, byte for byte, as Asterisk names the object
    QString name;
    QString file;
    int line = 0; // header, 1-based
    // Asterisk accepts the object itself (its own options and rules).
    bool objectValid = true;
    // ...and also loads it: the object is valid and the file as a whole is not rejected.
    bool valid = true;
    EffectiveOptions effective;
    ClientSettings settings;
};

// Asterisk's verdict on a config file, plus wscm's warnings.
struct CheckResult {
    QStringList files;
    bool fileRejected = false;
    // Empty when checked with Validator::Detail::Verdict: the counts below say it all.
    QList<ClientObject> objects;
    int objectCount = 0;  // client objects, kept in `objects` or not
    int loadingCount = 0; // of those, the ones Asterisk loads (ClientObject::valid)
    QList<Diagnostic> diagnostics;

    // What `wscm check` exits 0 for: every client object would load, and Asterisk reads
    // every line.
    bool asteriskLoadsEverything() const;
    int errorCount() const;
    int warningCount() const;
    const ClientObject *object(const QString &name) const;
};

} // namespace wscm
