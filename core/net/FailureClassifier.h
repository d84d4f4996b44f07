// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConnectionHealth.h"
#include "FailureCause.h"

#include <QAbstractSocket>
#include <QList>
#include <QSsl>
#include <QSslError>

#include <optional>

namespace wscm {

// Names the cause of a failed attempt or a lost connection from the facts the engine
// gathered: no sockets, no texts (Qt's messages are translated), so it is tested from tables.
// Whatever produced a fact — Qt's socket, proxy and TLS code, or wscm's own proxy CONNECT or
// certificate check — the same facts give the same cause.
class FailureClassifier {
public:
    // What was wrong with the server's answer to the upgrade.
    enum class UpgradeAnswer {
        Other,
        HttpStatus,          // a status other than 101
        UnwantedSubprotocol, // a subprotocol that was not offered
        InvalidResponse      // not HTTP/1.1, or a 101 without the right headers
    };

    struct Facts {
        // The stage the engine reports the failure at.
        ConnectionHealth::Stage stage = ConnectionHealth::Stage::None;
        bool viaProxy = false;
        // The stage's own time limit ran out.
        bool timedOut = false;
        // The last error a socket reported, if any.
        QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
        // The proxy's answer to CONNECT (at Stage::Proxy) or the server's to the upgrade (at
        // Stage::Upgrade); 101 for a 101 that was wrong; 0 when there was none or it is unknown.
        int httpStatus = 0;
        // What was wrong with the server's answer to the upgrade.
        UpgradeAnswer upgradeAnswer = UpgradeAnswer::Other;
        // Verification errors of the server's certificate that were not forgiven.
        QList<QSslError::SslError> certificateErrors;
        // A fatal alert the server sent.
        std::optional<QSsl::AlertType> tlsAlert;
        // Our side of the TLS handshake had finished.
        bool tlsEstablished = false;
        // A TLS file of the section could not be used, so no connection was made.
        bool tlsFilesUnusable = false;
        // The WebSocket close code of a connection that was up (0: none).
        int closeCode = 0;
    };

    static FailureCause classify(const Facts &facts);

private:
    static FailureCause tcp(const Facts &facts);
    static FailureCause proxy(const Facts &facts);
    static FailureCause tls(const Facts &facts);
    static FailureCause upgrade(const Facts &facts);
    static FailureCause closed(const Facts &facts);
};

} // namespace wscm
