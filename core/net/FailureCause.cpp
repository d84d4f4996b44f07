// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FailureCause.h"

namespace wscm {

const QList<FailureCauses::Entry> &FailureCauses::all() {
    using C = FailureCause;
    static const QList<Entry> table = {
        {C::Dns, "dns", "resolve", "the host in uri does not resolve"},
        {C::ProxyDns, "proxy-dns", "resolve", "the host in proxy_host does not resolve"},
        {C::Refused, "refused", "tcp", "nothing accepts TCP connections at the server's address"},
        {C::ProxyRefused, "proxy-refused", "tcp",
         "nothing accepts TCP connections at the proxy's address"},
        {C::Unreachable, "unreachable", "tcp",
         "no route to the server or proxy (network or host unreachable)"},
        {C::ConnectTimeout, "connect-timeout", "tcp",
         "the TCP connect to the server did not finish within connection_timeout"},
        {C::ProxyConnectTimeout, "proxy-connect-timeout", "tcp",
         "the TCP connect to the proxy did not finish within connection_timeout"},
        {C::ProxyAuth, "proxy-auth", "proxy",
         "the proxy wants credentials (HTTP 407): none were sent or it refused them"},
        {C::ProxyDenied, "proxy-denied", "proxy",
         "the proxy refuses a tunnel to this host and port (HTTP 403 or 405)"},
        {C::ProxyTargetNotFound, "proxy-target-not-found", "proxy",
         "the proxy cannot find the server's host (HTTP 404)"},
        {C::ProxyTargetRefused, "proxy-target-refused", "proxy",
         "the proxy could not connect to the server (HTTP 503)"},
        {C::ProxyStatus, "proxy-status", "proxy",
         "the proxy answered the CONNECT with another status than 200 (http_status says "
         "which, when it is known)"},
        {C::ProxyClosed, "proxy-closed", "proxy",
         "the proxy closed the connection without answering the CONNECT"},
        {C::ProxyTimeout, "proxy-timeout", "proxy",
         "the proxy did not answer the CONNECT within twice connection_timeout"},
        {C::TlsFiles, "tls-files", "tls",
         "ca_list_file, ca_list_path, cert_file or priv_key_file cannot be used; no connection "
         "was made"},
        {C::TlsUntrusted, "tls-untrusted", "tls",
         "the server's certificate is not signed by a CA of ca_list_file or ca_list_path"},
        {C::TlsName, "tls-name", "tls", "the server's certificate is for another host name"},
        {C::TlsExpired, "tls-expired", "tls", "the server's certificate has expired"},
        {C::TlsNotYetValid, "tls-not-yet-valid", "tls",
         "the server's certificate is not valid yet"},
        {C::TlsClientCert, "tls-client-cert", "tls",
         "the server refused the client certificate, or wanted one and got none"},
        {C::TlsHandshake, "tls-handshake", "tls",
         "the TLS handshake failed for another reason (no TLS on that port, no common "
         "protocol version or cipher)"},
        {C::TlsTimeout, "tls-timeout", "tls",
         "the TLS handshake did not finish within twice connection_timeout"},
        {C::Unauthorized, "unauthorized", "upgrade", "the server answered HTTP 401"},
        {C::Forbidden, "forbidden", "upgrade", "the server answered HTTP 403"},
        {C::NotFound, "not-found", "upgrade", "the server answered HTTP 404"},
        {C::UpgradeStatus, "upgrade-status", "upgrade",
         "the server answered another status than 101 (http_status says which)"},
        {C::ProtocolMismatch, "protocol-mismatch", "upgrade",
         "the server chose a subprotocol that was not offered in protocols"},
        {C::InvalidResponse, "invalid-response", "upgrade",
         "the server's answer is not HTTP, or a 101 with a wrong Sec-WebSocket-Accept or headers"},
        {C::UpgradeClosed, "upgrade-closed", "upgrade",
         "the server closed the connection without answering the upgrade"},
        {C::UpgradeTimeout, "upgrade-timeout", "upgrade",
         "the server did not answer the upgrade within twice connection_timeout"},
        {C::PingTimeout, "ping-timeout", "ping-timeout",
         "pingpong_probes PINGs in a row went unanswered; the client closed the connection"},
        {C::KeepaliveTimeout, "keepalive-timeout", "keepalive",
         "the kernel's TCP keepalive probes went unanswered"},
        {C::ClosedByServer, "closed-by-server", "closed",
         "the server closed the connection (with a WebSocket close, or by closing TCP)"},
        {C::MessageTooBig, "message-too-big", "closed",
         "a frame or message over 1 MiB arrived; the connection was closed with code 1009"},
        {C::ConnectionLost, "connection-lost", "closed",
         "the connection broke with a network error (reset, unreachable)"},
        {C::Other, "other", "any", "a failure the engine could not tell apart from others"},
    };
    return table;
}

const FailureCauses::Entry *FailureCauses::entryOf(FailureCause cause) {
    const QList<Entry> &table = all();
    const auto it = std::find_if(table.cbegin(), table.cend(),
                                 [cause](const Entry &entry) { return entry.cause == cause; });
    return it == table.cend() ? nullptr : &*it;
}

QString FailureCauses::name(FailureCause cause) {
    const Entry *entry = entryOf(cause);
    return entry ? QString::fromLatin1(entry->name) : QString();
}

std::optional<FailureCause> FailureCauses::fromName(QStringView name) {
    for (const Entry &entry : all()) {
        if (name == QLatin1StringView(entry.name))
            return entry.cause;
    }
    return std::nullopt;
}

QString FailureCauses::meaning(FailureCause cause) {
    const Entry *entry = entryOf(cause);
    return entry ? QString::fromLatin1(entry->meaning) : QString();
}

} // namespace wscm
