// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FailureClassifier.h"

#include <QWebSocketProtocol>

namespace wscm {

namespace {

using C = FailureCause;
using Socket = QAbstractSocket;

bool isOneOf(Socket::SocketError error, std::initializer_list<Socket::SocketError> errors) {
    return std::find(errors.begin(), errors.end(), error) != errors.end();
}

// The alerts a server sends about the certificate it got from us (or did not get).
bool isAboutClientCertificate(QSsl::AlertType alert) {
    switch (alert) {
    case QSsl::AlertType::BadCertificate:
    case QSsl::AlertType::UnsupportedCertificate:
    case QSsl::AlertType::CertificateRevoked:
    case QSsl::AlertType::CertificateExpired:
    case QSsl::AlertType::CertificateUnknown:
    case QSsl::AlertType::UnknownCa:
    case QSsl::AlertType::AccessDenied:
    case QSsl::AlertType::CertificateRequired:
        return true;
    default:
        return false;
    }
}

// With several errors the one to fix first: a certificate from an unknown CA says nothing
// trustworthy about its dates or names.
FailureCause fromCertificateErrors(const QList<QSslError::SslError> &errors) {
    static const std::pair<QSslError::SslError, FailureCause> byPriority[] = {
        {QSslError::CertificateExpired, C::TlsExpired},
        {QSslError::CertificateNotYetValid, C::TlsNotYetValid},
        {QSslError::HostNameMismatch, C::TlsName},
    };
    bool other = false;
    for (const QSslError::SslError error : errors) {
        other |= std::none_of(std::begin(byPriority), std::end(byPriority),
                              [error](const auto &entry) { return entry.first == error; });
    }
    // Every other verification error (unknown issuer, self-signed, bad signature, chain too
    // long, revoked, unusable CA...) means the certificate is not trusted.
    if (other)
        return C::TlsUntrusted;
    for (const auto &[error, cause] : byPriority) {
        if (errors.contains(error))
            return cause;
    }
    return C::TlsUntrusted;
}

} // namespace

FailureCause FailureClassifier::classify(const Facts &facts) {
    using Stage = ConnectionHealth::Stage;
    switch (facts.stage) {
    case Stage::None:
        return C::None;
    case Stage::Resolve:
        // With a proxy only proxy_host is resolved here; the proxy resolves the server's host.
        return facts.viaProxy || facts.socketError == Socket::ProxyNotFoundError ? C::ProxyDns
                                                                                 : C::Dns;
    case Stage::Tcp:
        return tcp(facts);
    case Stage::Proxy:
        return proxy(facts);
    case Stage::Tls:
        return tls(facts);
    case Stage::Upgrade:
        return upgrade(facts);
    case Stage::PingTimeout:
        return C::PingTimeout;
    case Stage::Keepalive:
        return C::KeepaliveTimeout;
    case Stage::Closed:
        return closed(facts);
    }
    return C::Other;
}

FailureCause FailureClassifier::tcp(const Facts &facts) {
    const Socket::SocketError error = facts.socketError;
    if (facts.timedOut ||
        isOneOf(error, {Socket::SocketTimeoutError, Socket::ProxyConnectionTimeoutError}))
        return facts.viaProxy ? C::ProxyConnectTimeout : C::ConnectTimeout;
    if (isOneOf(error, {Socket::ConnectionRefusedError, Socket::ProxyConnectionRefusedError}))
        return facts.viaProxy ? C::ProxyRefused : C::Refused;
    if (error == Socket::NetworkError)
        return C::Unreachable;
    return C::Other;
}

FailureCause FailureClassifier::proxy(const Facts &facts) {
    if (facts.timedOut)
        return C::ProxyTimeout;
    switch (facts.httpStatus) {
    case 0:
        break;
    case 407:
        return C::ProxyAuth;
    case 403:
    case 405:
        return C::ProxyDenied;
    case 404:
        return C::ProxyTargetNotFound;
    case 503:
        return C::ProxyTargetRefused;
    default:
        return C::ProxyStatus;
    }
    switch (facts.socketError) {
    case Socket::ProxyAuthenticationRequiredError:
        return C::ProxyAuth;
    case Socket::ProxyConnectionClosedError:
    case Socket::RemoteHostClosedError:
        return C::ProxyClosed;
    case Socket::ProxyProtocolError:
        return C::ProxyStatus;
    default:
        return C::Other;
    }
}

FailureCause FailureClassifier::tls(const Facts &facts) {
    if (facts.tlsFilesUnusable)
        return C::TlsFiles;
    if (facts.timedOut)
        return C::TlsTimeout;
    if (!facts.certificateErrors.isEmpty())
        return fromCertificateErrors(facts.certificateErrors);
    if (facts.tlsAlert)
        return isAboutClientCertificate(*facts.tlsAlert) ? C::TlsClientCert : C::TlsHandshake;
    // In TLS 1.3 the server checks the client certificate after our side has finished; a
    // server that refuses it closes without a word (Qt often loses the alert).
    if (facts.tlsEstablished && facts.socketError == Socket::RemoteHostClosedError)
        return C::TlsClientCert;
    return C::TlsHandshake;
}

FailureCause FailureClassifier::upgrade(const Facts &facts) {
    if (facts.timedOut)
        return C::UpgradeTimeout;
    switch (facts.upgradeAnswer) {
    case UpgradeAnswer::UnwantedSubprotocol:
        return C::ProtocolMismatch;
    case UpgradeAnswer::InvalidResponse:
        return C::InvalidResponse;
    case UpgradeAnswer::HttpStatus:
    case UpgradeAnswer::Other:
        break;
    }
    switch (facts.httpStatus) {
    case 0:
        break;
    case 101:
        return C::InvalidResponse;
    case 401:
        return C::Unauthorized;
    case 403:
        return C::Forbidden;
    case 404:
        return C::NotFound;
    default:
        return C::UpgradeStatus;
    }
    if (facts.socketError == Socket::RemoteHostClosedError)
        return C::UpgradeClosed;
    return C::Other;
}

FailureCause FailureClassifier::closed(const Facts &facts) {
    if (facts.closeCode == QWebSocketProtocol::CloseCodeTooMuchData)
        return C::MessageTooBig;
    if (isOneOf(facts.socketError, {Socket::UnknownSocketError, Socket::RemoteHostClosedError}))
        return C::ClosedByServer;
    return C::ConnectionLost;
}

} // namespace wscm
