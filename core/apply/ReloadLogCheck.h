// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "reload/ReloadPrediction.h"

#include <QByteArray>
#include <QStringList>

namespace wscm {

// What Asterisk's log says a reload of res_websocket_client did, against the prediction,
// from the lines it writes (recorded in tests/parity/reload): a refused file ("Contents of
// config file 'websocket_client.conf' are invalid and cannot be parsed", "Config file
// 'websocket_client.conf' could not be loaded; configuration contains a duplicate object"),
// each section it could not create ("Could not create an object of type 'websocket_client'
// with id '<id>'") and each old object it kept ("Retaining existing configuration for object
// of type 'websocket_client' with id '<id>'"). The log shows no field values: those stay
// unconfirmed.
class ReloadLogCheck {
public:
    enum class Verdict {
        AsPredicted,
        Contradicted,
        NotSeen, // the lines of this reload are not (yet) in the log: nothing can be told
    };
    struct Result {
        Verdict verdict = Verdict::NotSeen;
        QStringList contradictions;
        QString summary; // AsPredicted: what the log confirmed, and what it cannot tell
        QString whyNot;  // NotSeen
    };

    // `appended`: what the log file gained since just before the reload. `verbose`: the file
    // takes VERBOSE messages, where the reload names itself ("Reloading module
    // 'res_websocket_client.so'"); without that line, a log with none of the lines above
    // cannot tell a clean reload from one whose lines were not written.
    static Result judge(const ReloadPrediction &prediction, const QByteArray &appended,
                        bool verbose);
    // The reload's own line is in `appended`.
    static bool seesReload(const QByteArray &appended);
};

} // namespace wscm
