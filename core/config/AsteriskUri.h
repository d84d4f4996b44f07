// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <optional>

namespace wscm {

// The uri option split exactly as Asterisk splits it before connecting (main/uri.c's own
// parser, not RFC 3986, recorded in tests/parity/wire): the first '@' ends the userinfo, the
// first ':' after it ends the host, the first '/' after that ends the port, and so on. Any
// text gives a result, as it does in Asterisk; a strange URI gives a strange host that then
// fails to resolve, which is exactly what Asterisk would do with it.
//
// A missing or empty port becomes 443 when the scheme ends in 's' — "ws" does, so ws:// URIs
// without a port go to 443 — and 80 otherwise. Text not starting with "ws" gets "ws://" put
// in front first, so "WS://host/" and "http://host/" do not mean what they seem to.
class AsteriskUri {
public:
    static AsteriskUri parse(const QByteArray &text);
    // The text res_websocket_client connects to when a call gave it query parameters (v() of
    // a dial string, recorded in tests/parity/dial): appended to the whole uri text, after
    // '&' when that text has a '?' anywhere (even in the userinfo) and after '?' otherwise,
    // so a fragment keeps them ("/p#f?a=1"). Empty parameters leave the text as it is.
    static QByteArray withParameters(const QByteArray &text, const QByteArray &parameters);

    QByteArray scheme() const { return m_scheme.value_or(QByteArray()); }
    std::optional<QByteArray> userInfo() const { return m_userInfo; }
    QByteArray host() const { return m_host.value_or(QByteArray()); }
    // As written, or the default when it was missing or empty.
    QByteArray port() const { return m_port.value_or(QByteArray()); }
    bool portWasDefaulted() const { return m_portDefaulted; }
    std::optional<QByteArray> path() const { return m_path; }
    std::optional<QByteArray> query() const { return m_query; }

    // Host, ':' and port as text: the Host header, the CONNECT target, and what is resolved.
    QByteArray hostWithPort() const;
    // The request target of the upgrade: '/' + path, then '?' + query when there is one.
    QByteArray resource() const;
    // The name TLS sends as SNI and checks the certificate against: hostWithPort() up to its
    // first ':' — for an IPv6 literal that leaves "[".
    QByteArray tlsHostName() const;
    // scheme://host[:port]/path as Asterisk reads them, the port only when written: the uri
    // without its userinfo, query and fragment, which may carry a password or a token (a
    // label anyone may see, like the metrics').
    QByteArray shownWithoutSecrets() const;

private:
    std::optional<QByteArray> m_scheme;
    std::optional<QByteArray> m_userInfo;
    std::optional<QByteArray> m_host;
    std::optional<QByteArray> m_port;
    std::optional<QByteArray> m_path;
    std::optional<QByteArray> m_query;
    bool m_portDefaulted = false;
};

} // namespace wscm
