// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FailureHint.h"

#include "ConnectionHealth.h"

#include <QCoreApplication>

namespace wscm {

QString FailureHint::forCause(FailureCause cause, int httpStatus) {
    using C = FailureCause;
    switch (cause) {
    case C::None:
        return QString();
    case C::Dns:
        return tr("The host name in uri could not be resolved: check the host in uri and the "
                  "DNS settings.");
    case C::ProxyDns:
        return tr("The proxy's host name could not be resolved: check proxy_host and the DNS "
                  "settings.");
    case C::Refused:
        return tr("Nothing accepts connections at that address: check the host and port in uri "
                  "and that the server is running.");
    case C::ProxyRefused:
        return tr("Nothing accepts connections at the proxy's address: check proxy_host and "
                  "that the proxy is running.");
    case C::Unreachable:
        return tr("There is no route to that address: check the host in uri (or proxy_host), "
                  "the network and firewalls.");
    case C::ConnectTimeout:
        return tr("No answer within connection_timeout: check the address in uri and "
                  "firewalls, or raise connection_timeout.");
    case C::ProxyConnectTimeout:
        return tr("The proxy did not accept the connection within connection_timeout: check "
                  "proxy_host and firewalls, or raise connection_timeout.");
    case C::ProxyAuth:
        return tr("The proxy answered 407: check proxy_username and proxy_password.");
    case C::ProxyDenied:
        return tr("The proxy refused the tunnel (HTTP %1): check that the proxy in proxy_host "
                  "allows CONNECT to the host and port in uri.")
            .arg(httpStatus);
    case C::ProxyTargetNotFound:
        return tr("The proxy could not find the server (HTTP 404): check the host in uri, as "
                  "the proxy resolves it.");
    case C::ProxyTargetRefused:
        return tr("The proxy could not connect to the server (HTTP 503): check the host and "
                  "port in uri and that the server is running.");
    case C::ProxyStatus:
        return httpStatus > 0
                   ? tr("The proxy refused the tunnel (HTTP %1): check proxy_host and that "
                        "the proxy allows CONNECT to this host and port.")
                         .arg(httpStatus)
                   : tr("The proxy did not open a tunnel: check proxy_host and that it is an "
                        "HTTP proxy that allows CONNECT.");
    case C::ProxyClosed:
        return tr("The proxy closed the connection without answering: check proxy_host and "
                  "that it is an HTTP proxy.");
    case C::ProxyTimeout:
        return tr("The proxy did not answer the CONNECT in time: check the proxy, or raise "
                  "connection_timeout.");
    case C::TlsFiles:
        return tr("A TLS file cannot be used: check ca_list_file, ca_list_path, cert_file and "
                  "priv_key_file (paths, permissions, PEM format).");
    case C::TlsUntrusted:
        return tr("The server's certificate is not trusted: put the CA that signed it in "
                  "ca_list_file or ca_list_path (or turn off verify_server_cert).");
    case C::TlsName:
        return tr("The server's certificate is for another name: check the host in uri against "
                  "the certificate (or turn off verify_server_hostname).");
    case C::TlsExpired:
        return tr("The server's certificate has expired: the server needs a new one.");
    case C::TlsNotYetValid:
        return tr("The server's certificate is not valid yet: check the clocks of this machine "
                  "and of the server.");
    case C::TlsClientCert:
        return tr("The server refused the client certificate: check cert_file and "
                  "priv_key_file, and that the server trusts their CA.");
    case C::TlsHandshake:
        return tr("The TLS handshake failed: check that the server speaks TLS on this port "
                  "(tls_enabled) and the TLS versions it accepts.");
    case C::TlsTimeout:
        return tr("The TLS handshake did not finish in time: check that the server speaks TLS "
                  "on this port, or raise connection_timeout.");
    case C::Unauthorized:
        return tr("The server answered 401: check username and password.");
    case C::Forbidden:
        return tr("The server answered 403: it refuses this client; check username, password "
                  "and what the server allows.");
    case C::NotFound:
        return tr("The server answered 404: check the path in uri.");
    case C::UpgradeStatus:
        if (httpStatus == 400)
            return tr("The server answered 400 Bad Request: check the path and query in uri "
                      "and the protocols offered.");
        return tr("The server answered %1 instead of switching to WebSocket: check uri and "
                  "that it is a WebSocket endpoint.")
            .arg(httpStatus);
    case C::ProtocolMismatch:
        return tr("The server did not pick one of the offered subprotocols: check protocols.");
    case C::InvalidResponse:
        return tr("The server's answer is not a WebSocket upgrade: check uri and that the "
                  "server speaks WebSocket on this port.");
    case C::UpgradeClosed:
        return tr("The server closed the connection without answering the upgrade: check uri, "
                  "tls_enabled and the server's logs.");
    case C::UpgradeTimeout:
        return tr("The server did not answer the upgrade in time: check uri and that the "
                  "server speaks WebSocket on this port, or raise connection_timeout.");
    case C::PingTimeout:
        return tr("The server stopped answering PINGs: check the network path, or raise "
                  "pingpong_interval or pingpong_probes.");
    case C::KeepaliveTimeout:
        return tr("TCP keepalive probes went unanswered: the peer or the path to it is gone.");
    case C::ClosedByServer:
        return tr("The server closed the connection: check the server's logs.");
    case C::MessageTooBig:
        return tr("The server sent a frame or message over 1 MiB: check what the server "
                  "sends.");
    case C::ConnectionLost:
        return tr("The connection broke: check the network path to the server (or proxy).");
    case C::Other:
        return tr("Check uri, the proxy and TLS options, and the event log for details.");
    }
    return QString();
}

QString FailureHint::forHealth(const ConnectionHealth &health) {
    return forCause(health.lastFailureCause, health.lastHttpStatus);
}

} // namespace wscm
