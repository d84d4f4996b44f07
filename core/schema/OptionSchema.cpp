#include "OptionSchema.h"

#include <array>
#include <cstring>

namespace wscm {

namespace {

constexpr const char *firstRelease = "20.15.0, 21.10.0, 22.5.0";
constexpr const char *proxyRelease = "20.21.0, 22.11.0, 23.5.0";

using K = OptionKind;
using G = OptionGroup;

// clang-format off
constexpr std::array<OptionSpec, 26> table{{
    {"type", K::Type, "", "", G::Connection,
     "Marks the section as a WebSocket client; must be websocket_client.",
     firstRelease, "websocket_client", "", true},
    {"uri", K::Uri, "", "", G::Connection,
     "Address of the remote server: ws:// or wss://host[:port][/path][?query].",
     firstRelease, "", "", true},
    {"protocols", K::Text, "", "", G::Connection,
     "Comma-separated subprotocols offered in Sec-WebSocket-Protocol; the server must pick one.",
     firstRelease, "", "", false},
    {"connection_type", K::Choice, "", "", G::Connection,
     "persistent keeps one connection open; per_call_config opens one per call.",
     firstRelease, "persistent,per_call_config", "", false},
    {"connection_timeout", K::Int, "500", "ms", G::Connection,
     "TCP connect timeout; proxy and upgrade replies are each awaited up to twice this.",
     firstRelease, "", "", false},
    {"username", K::Text, "", "", G::Authentication,
     "User name sent with password as HTTP Basic authorization on the upgrade.",
     firstRelease, "", "", false},
    {"password", K::Secret, "", "", G::Authentication,
     "Password for username; a secret, redacted in every output.",
     firstRelease, "", "", false},
    {"tls_enabled", K::Bool, "no", "", G::Tls,
     "Run TLS to the WebSocket server; the URI scheme alone does not turn it on.",
     firstRelease, "", "", false},
    {"ca_list_file", K::FilePath, "", "", G::Tls,
     "PEM bundle of certificate authorities trusted for the server certificate.",
     firstRelease, "", "tls_enabled", false},
    {"ca_list_path", K::DirPath, "", "", G::Tls,
     "Folder of hashed CA certificates, as an alternative to ca_list_file.",
     firstRelease, "", "tls_enabled", false},
    {"cert_file", K::FilePath, "", "", G::Tls,
     "Client certificate (PEM) for servers that ask for one.",
     firstRelease, "", "tls_enabled", false},
    {"priv_key_file", K::FilePath, "", "", G::Tls,
     "Private key (PEM) of the client certificate.",
     firstRelease, "", "tls_enabled", false},
    {"verify_server_cert", K::Bool, "yes", "", G::Tls,
     "Check that the server certificate chains to a trusted CA; no accepts any certificate.",
     firstRelease, "", "tls_enabled", false},
    {"verify_server_hostname", K::Bool, "yes", "", G::Tls,
     "Check that the certificate names the host in the URI; no forgives a mismatch.",
     firstRelease, "", "tls_enabled", false},
    {"proxy_host", K::HostPort, "", "", G::Proxy,
     "HTTP forward proxy as host:port, reached with CONNECT; the port is required.",
     proxyRelease, "", "", false},
    {"proxy_username", K::Text, "", "", G::Proxy,
     "User name for Proxy-Authorization: Basic; sent only with proxy_password.",
     proxyRelease, "", "", false},
    {"proxy_password", K::Secret, "", "", G::Proxy,
     "Password for the proxy; a secret, and always sent to the proxy in clear text.",
     proxyRelease, "", "", false},
    {"enable_tcp_keepalives", K::Bool, "no", "", G::TcpKeepalives,
     "Let the kernel probe an idle connection (SO_KEEPALIVE).",
     proxyRelease, "", "", false},
    {"tcp_keepalive_time", K::UInt, "20", "s", G::TcpKeepalives,
     "Idle seconds before the first keepalive probe (TCP_KEEPIDLE).",
     proxyRelease, "", "enable_tcp_keepalives", false},
    {"tcp_keepalive_interval", K::UInt, "20", "s", G::TcpKeepalives,
     "Seconds between keepalive probes (TCP_KEEPINTVL).",
     proxyRelease, "", "enable_tcp_keepalives", false},
    {"tcp_keepalive_probes", K::UInt, "3", "", G::TcpKeepalives,
     "Unanswered probes before the kernel drops the connection (TCP_KEEPCNT).",
     proxyRelease, "", "enable_tcp_keepalives", false},
    {"enable_pingpongs", K::Bool, "no", "", G::PingPong,
     "Send WebSocket PINGs and close the connection when PONGs stop coming.",
     proxyRelease, "", "", false},
    {"pingpong_interval", K::UInt, "20", "s", G::PingPong,
     "Seconds between PINGs.",
     proxyRelease, "", "enable_pingpongs", false},
    {"pingpong_probes", K::UInt, "3", "", G::PingPong,
     "Unanswered PINGs after which the connection is closed.",
     proxyRelease, "", "enable_pingpongs", false},
    {"reconnect_interval", K::UInt, "500", "ms", G::Reconnect,
     "Wait between connection attempts.",
     firstRelease, "", "", false},
    {"reconnect_attempts", K::Int, "4", "", G::Reconnect,
     "per_call_config: attempts before giving up; persistent: failures between warnings.",
     firstRelease, "", "", false},
}};
// clang-format on

bool equalsIgnoringCase(const char *a, const char *b, qsizetype bLength) {
    for (qsizetype i = 0; i < bLength; ++i) {
        const char ca = a[i];
        if (ca == '\0')
            return false;
        char cb = b[i];
        if (cb >= 'A' && cb <= 'Z')
            cb = static_cast<char>(cb - 'A' + 'a');
        if (ca != cb)
            return false;
    }
    return a[bLength] == '\0';
}

} // namespace

std::span<const OptionSpec> OptionSchema::options() {
    return table;
}

const OptionSpec *OptionSchema::find(const char *name, qsizetype length) {
    for (const OptionSpec &spec : table) {
        if (equalsIgnoringCase(spec.name, name, length))
            return &spec;
    }
    return nullptr;
}

const OptionSpec *OptionSchema::find(QStringView name) {
    const QByteArray latin = name.toLatin1();
    return find(latin.constData(), latin.size());
}

int OptionSchema::indexOf(QStringView name) {
    const OptionSpec *spec = find(name);
    return spec ? static_cast<int>(spec - table.data()) : -1;
}

int OptionSchema::indexOf(const char *name) {
    const OptionSpec *spec = find(name, static_cast<qsizetype>(std::strlen(name)));
    return spec ? static_cast<int>(spec - table.data()) : -1;
}

QString OptionSchema::groupTitle(OptionGroup group) {
    switch (group) {
    case OptionGroup::Connection:
        return QStringLiteral("Connection");
    case OptionGroup::Authentication:
        return QStringLiteral("Authentication");
    case OptionGroup::Tls:
        return QStringLiteral("TLS");
    case OptionGroup::Proxy:
        return QStringLiteral("Proxy");
    case OptionGroup::TcpKeepalives:
        return QStringLiteral("TCP keepalives");
    case OptionGroup::PingPong:
        return QStringLiteral("PING/PONG");
    case OptionGroup::Reconnect:
        return QStringLiteral("Reconnect");
    }
    return {};
}

QString OptionSchema::kindName(OptionKind kind) {
    switch (kind) {
    case OptionKind::Type:
        return QStringLiteral("type");
    case OptionKind::Uri:
        return QStringLiteral("uri");
    case OptionKind::Text:
        return QStringLiteral("text");
    case OptionKind::Secret:
        return QStringLiteral("secret");
    case OptionKind::Choice:
        return QStringLiteral("choice");
    case OptionKind::Int:
        return QStringLiteral("int");
    case OptionKind::UInt:
        return QStringLiteral("uint");
    case OptionKind::Bool:
        return QStringLiteral("bool");
    case OptionKind::FilePath:
        return QStringLiteral("file");
    case OptionKind::DirPath:
        return QStringLiteral("folder");
    case OptionKind::HostPort:
        return QStringLiteral("host:port");
    }
    return {};
}

bool OptionSchema::isSecret(QStringView name) {
    const OptionSpec *spec = find(name);
    return spec && spec->isSecret();
}

} // namespace wscm
