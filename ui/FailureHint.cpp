#include "FailureHint.h"

#include "net/ConnectionHealth.h"

#include <QCoreApplication>

namespace wscm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("wscm::FailureHint", text);
}

QString upgradeHint(int status, const QString &detail) {
    switch (status) {
    case 400:
        return tr("The server answered 400 Bad Request: check the path and query in uri and "
                  "the protocols offered.");
    case 401:
        return tr("The server answered 401: check username and password.");
    case 403:
        return tr("The server answered 403: it refuses this client; check username, password "
                  "and what the server allows.");
    case 404:
        return tr("The server answered 404: check the path in uri.");
    default:
        break;
    }
    if (detail.contains(QLatin1StringView("protocol"), Qt::CaseInsensitive))
        return tr("The server did not pick one of the offered subprotocols: check protocols.");
    if (status > 0)
        return tr("The server answered %1 instead of switching to WebSocket: check uri and "
                  "that it is a WebSocket endpoint.")
            .arg(status);
    return tr("The WebSocket upgrade failed: check uri and that the server speaks WebSocket "
              "on this port.");
}

} // namespace

QString FailureHint::forHealth(const ConnectionHealth &health) {
    using Stage = ConnectionHealth::Stage;
    const QString &detail = health.lastFailureDetail;
    const int status = health.lastHttpStatus;
    switch (health.lastFailureStage) {
    case Stage::None:
        return QString();
    case Stage::Resolve:
        return tr("The host name could not be resolved: check the host in uri (or in "
                  "proxy_host) and the DNS settings.");
    case Stage::Tcp:
        if (detail.contains(QLatin1StringView("refused"), Qt::CaseInsensitive))
            return tr("Nothing accepts connections at that address: check the host and port "
                      "in uri (or proxy_host) and that the server is running.");
        if (detail.contains(QLatin1StringView("time"), Qt::CaseInsensitive))
            return tr("No answer within connection_timeout: check the address and firewalls, "
                      "or raise connection_timeout.");
        return tr("The TCP connection failed: check the host and port in uri (or proxy_host).");
    case Stage::Proxy:
        if (status == 407)
            return tr("The proxy answered 407: check proxy_username and proxy_password.");
        if (status > 0)
            return tr("The proxy refused the tunnel (HTTP %1): check proxy_host and that the "
                      "proxy allows CONNECT to this host and port.")
                .arg(status);
        return tr("The proxy did not open a tunnel: check proxy_host and that it is an HTTP "
                  "proxy.");
    case Stage::Tls:
        return tr("The TLS handshake failed: check that the server speaks TLS on this port, "
                  "ca_list_file or ca_list_path, cert_file and priv_key_file, and "
                  "verify_server_cert / verify_server_hostname.");
    case Stage::Upgrade:
        return upgradeHint(status, detail);
    case Stage::PingTimeout:
        return tr("The server stopped answering PINGs: check the network path, or raise "
                  "pingpong_interval or pingpong_probes.");
    case Stage::Keepalive:
        return tr("TCP keepalive probes went unanswered: the peer or the path to it is gone.");
    case Stage::Closed:
        return tr("The server closed the connection: check the server's logs.");
    }
    return QString();
}

} // namespace wscm
