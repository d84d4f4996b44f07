// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "io/ConfigLocation.h"
#include "reload/ReloadPrediction.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace wscm {

class ConfigSource;

// Apply after the save, for `wscm apply` and the app's Save and Apply alike: reload
// res_websocket_client where the file is, remember what Asterisk now has loaded (unless it
// refused the file), and confirm the prediction from what the running Asterisk shows. Never
// touches the file. Blocks (ssh, asterisk -rx, HTTP): the app runs it off its window's thread.
// What Asterisk loaded is read through ARI: the user's address and credentials, else those of
// the http.conf and ari.conf beside the file (AriDiscovery). Without ARI, the log file that
// logger.conf names is read from just before the reload to after it (AsteriskLogFile,
// ReloadLogCheck): that confirms refusals, kept old objects and rejected sections, never
// field values. A confirmation that cannot be made is "not confirmed", never "applied".
class ReloadApply {
public:
    struct AriAccess {
        QUrl url;
        QString user;
        QByteArray password;
    };
    struct Request {
        ConfigLocation location;
        QByteArray appliedBytes; // the main file as saved
        ReloadPrediction prediction;
        std::optional<AriAccess> ari;         // the user's; without it, found beside the file
        qint64 maxBytes = 0;                  // for the files beside it
        std::shared_ptr<ConfigSource> source; // reads them (the app's SSH login); may be null
    };
    enum class Outcome {
        Confirmed,    // Asterisk shows what was predicted (summary)
        NotConfirmed, // reloaded, but what Asterisk loaded could not be read (message says why)
        Contradicted, // Asterisk shows something else: a wscm bug (contradictions)
        AsteriskMissing,
        AsteriskNotRunning,
        SshFailed,
        ReloadFailed,
    };
    struct Report {
        Outcome outcome = Outcome::ReloadFailed;
        QString message;
        QStringList contradictions;
        QString summary;
        // Confirmed from Asterisk's log, which tells which objects it kept or refused but not
        // their field values; false when ARI answered for every field.
        bool fromLog = false;
        bool reloaded() const {
            return outcome == Outcome::Confirmed || outcome == Outcome::NotConfirmed ||
                   outcome == Outcome::Contradicted;
        }
    };
    // Each step as it happens ("Asterisk on pbx1 answered: ..."), for a terminal or a window.
    using Progress = std::function<void(const QString &line)>;

    static Report run(const Request &request, const Progress &progress);
};

} // namespace wscm
