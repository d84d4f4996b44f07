#include "HandshakeFailure.h"

#include <QRegularExpression>

namespace wscm {

namespace {

QString statusName(int status, const QString &reasonPhrase) {
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 404:
        return QStringLiteral("URL not found");
    default:
        return reasonPhrase.isEmpty() ? QStringLiteral("invalid response") : reasonPhrase;
    }
}

} // namespace

HandshakeFailure HandshakeFailure::fromQtError(const QString &errorString) {
    HandshakeFailure failure;
    static const QRegularExpression statusPattern(
        QStringLiteral("status code:\\s*(\\d{3})\\s*(?:\\((.*)\\))?"));
    static const QRegularExpression protocolPattern(
        QStringLiteral("chosen protocol (.*) which has not been requested"));

    if (const auto match = statusPattern.match(errorString); match.hasMatch()) {
        failure.kind = Kind::HttpStatus;
        failure.httpStatus = match.captured(1).toInt();
        failure.detail = QStringLiteral("HTTP %1 %2")
                             .arg(failure.httpStatus)
                             .arg(statusName(failure.httpStatus, match.captured(2).trimmed()));
    } else if (const auto protocol = protocolPattern.match(errorString); protocol.hasMatch()) {
        failure.kind = Kind::UnwantedSubprotocol;
        failure.httpStatus = 101;
        failure.subprotocol = protocol.captured(1).trimmed();
        failure.detail = QStringLiteral("server chose subprotocol '%1' which was not offered")
                             .arg(failure.subprotocol);
    } else if (errorString.contains(QLatin1StringView("Unknown error condition")) ||
               errorString.contains(QLatin1StringView("version that we don't support"))) {
        // Qt reaches these texts only for a 400 answer and does not repeat the number.
        failure.kind = Kind::HttpStatus;
        failure.httpStatus = 400;
        failure.detail = QStringLiteral("HTTP 400 Bad Request");
    } else if (errorString.contains(QLatin1StringView("Accept-Key")) ||
               errorString.contains(QLatin1StringView("Invalid parameter"))) {
        failure.kind = Kind::InvalidResponse;
        failure.httpStatus = 101;
        failure.detail = QStringLiteral("invalid response: %1").arg(errorString);
    } else if (errorString.contains(QLatin1StringView("handshake request status"))) {
        // Qt's words when the first line of the answer is no HTTP status line at all.
        failure.kind = Kind::InvalidResponse;
        failure.detail = QStringLiteral("invalid response: the server's answer is not HTTP (%1)")
                             .arg(errorString);
    } else {
        failure.detail = errorString;
    }
    return failure;
}

} // namespace wscm
