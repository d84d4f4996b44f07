// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <optional>

namespace wscm {

class AsteriskUri;

// The bytes Asterisk writes to open a connection, header for header and in its order
// (recorded in tests/parity/wire): the proxy's CONNECT and the WebSocket upgrade.
class HandshakeRequest {
public:
    // The userinfo Asterisk builds Basic credentials from: the URI's own userinfo when it has
    // one (it wins over username/password), else "username:password" when both are set.
    static std::optional<QByteArray> userInfo(const AsteriskUri &uri, const QByteArray &username,
                                              const QByteArray &password);
    // "Basic " + base64(userinfo). A userinfo without ':' gives nothing: Asterisk then fails
    // the attempt ("Allocation error") instead of sending a request.
    static std::optional<QByteArray> basicAuthorization(const QByteArray &userInfo);

    static QByteArray upgrade(const AsteriskUri &uri, const QByteArray &authorization,
                              const QByteArray &protocols, const QByteArray &key);
    static QByteArray proxyConnect(const AsteriskUri &uri, const QByteArray &proxyAuthorization);

    // A fresh Sec-WebSocket-Key (16 random bytes, base64) and the accept value it calls for.
    static QByteArray newKey();
    static QByteArray acceptFor(const QByteArray &key);
};

} // namespace wscm
