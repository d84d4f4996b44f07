// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "HandshakeRequest.h"

#include "config/AsteriskUri.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace wscm {

std::optional<QByteArray> HandshakeRequest::userInfo(const AsteriskUri &uri,
                                                     const QByteArray &username,
                                                     const QByteArray &password) {
    if (const auto fromUri = uri.userInfo(); fromUri && !fromUri->isEmpty())
        return fromUri;
    if (!username.isEmpty() && !password.isEmpty())
        return username + ':' + password;
    return std::nullopt;
}

std::optional<QByteArray> HandshakeRequest::basicAuthorization(const QByteArray &userInfo) {
    if (!userInfo.contains(':'))
        return std::nullopt;
    return "Basic " + userInfo.toBase64();
}

QByteArray HandshakeRequest::upgrade(const AsteriskUri &uri, const QByteArray &authorization,
                                     const QByteArray &protocols, const QByteArray &key) {
    QByteArray request = "GET " + uri.resource() + " HTTP/1.1\r\n";
    request += "Sec-WebSocket-Version: 13\r\n"
               "Upgrade: websocket\r\n"
               "Connection: Upgrade\r\n";
    request += "Host: " + uri.hostWithPort() + "\r\n";
    if (!authorization.isEmpty())
        request += "Authorization: " + authorization + "\r\n";
    if (!protocols.isEmpty())
        request += "Sec-WebSocket-Protocol: " + protocols + "\r\n";
    request += "Sec-WebSocket-Key: " + key + "\r\n\r\n";
    return request;
}

QByteArray HandshakeRequest::proxyConnect(const AsteriskUri &uri,
                                          const QByteArray &proxyAuthorization) {
    const QByteArray target = uri.hostWithPort();
    QByteArray request = "CONNECT " + target + " HTTP/1.1\r\n";
    request += "Host: " + target + "\r\n";
    if (!proxyAuthorization.isEmpty())
        request += "Proxy-Authorization: " + proxyAuthorization + "\r\n";
    request += "Proxy-Connection: Keep-Alive\r\n\r\n";
    return request;
}

QByteArray HandshakeRequest::newKey() {
    QByteArray bytes(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return bytes.toBase64();
}

QByteArray HandshakeRequest::acceptFor(const QByteArray &key) {
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                    QCryptographicHash::Sha1)
        .toBase64();
}

} // namespace wscm
