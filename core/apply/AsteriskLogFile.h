// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>

namespace wscm {

class ResolvedConfig;

// The log file where Asterisk writes what a reload of res_websocket_client rejected, found
// as its logger does (main/logger.c): each [logfiles] entry of logger.conf that is not
// `console` or `syslog.*` is a file, in asterisk.conf's [directories] astlogdir (default
// /var/log/asterisk) unless absolute. Without logger.conf Asterisk logs to its console only.
// The file must take ERROR and NOTICE ("Could not create …", "Retaining existing …"); the
// first such entry in file order is used.
class AsteriskLogFile {
public:
    struct Result {
        QString path;         // on the file's host; empty when none fits (whyNot says why)
        QString entry;        // "full => notice,warning,error,verbose", for messages
        bool verbose = false; // takes VERBOSE, where the reload names itself
        QString whyNot;
    };

    // `logger` / `asterisk`: nullptr when that file could not be read (then the reasons say
    // why; empty: it does not exist).
    static Result find(const ResolvedConfig *logger, const QString &loggerReason,
                       const ResolvedConfig *asterisk);
};

} // namespace wscm
