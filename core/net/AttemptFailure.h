// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConnectionHealth.h"
#include "FailureClassifier.h"

#include <QString>

namespace wscm {

// Why one connection attempt failed, told twice: in wscm's own words (detail) and the way
// Asterisk's warning line would put it (result and osError, e.g. "Client start error
// (Connection timed out)"), as recorded from a real Asterisk in tests/parity/retry.
struct AttemptFailure {
    // Asterisk's ast_websocket_result, in its order.
    enum class Result {
        Ok,
        AllocateError,
        KeyError,
        UriParseError,
        UriResolveError,
        BadStatus,
        InvalidResponse,
        BadRequest,
        UrlNotFound,
        HeaderMismatch,
        HeaderMissing,
        NotSupported,
        WriteError,
        ClientStartError,
        Unauthorized,
        TlsError
    };

    ConnectionHealth::Stage stage = ConnectionHealth::Stage::None;
    Result result = Result::ClientStartError;
    // The errno text Asterisk appends in parentheses; empty when it prints none (errno 0).
    QString osError;
    int httpStatus = 0; // of the proxy or the server, when the failure had one
    QString detail;     // never contains a secret
    // What the attempt showed, for FailureClassifier to name the cause.
    FailureClassifier::Facts facts;

    // As Asterisk prints it; TlsError has no text there and prints as "(null)".
    static QString resultText(Result result);
    // "<result>" or "<result> (<osError>)", the middle of Asterisk's warning line.
    QString asteriskText() const;
};

} // namespace wscm
