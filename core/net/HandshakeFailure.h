#pragma once

#include <QString>

namespace wscm {

// What a failed WebSocket upgrade meant, recovered from QWebSocket's error text (Qt 6.4 keeps
// the server's HTTP status only there). Named the way Asterisk names them.
struct HandshakeFailure {
    enum class Kind { HttpStatus, UnwantedSubprotocol, InvalidResponse, Other };

    Kind kind = Kind::Other;
    int httpStatus = 0; // 101 for a 101 with a bad accept key or headers
    QString subprotocol;
    QString detail;

    static HandshakeFailure fromQtError(const QString &errorString);
};

} // namespace wscm
