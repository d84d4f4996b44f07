// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <span>
#include <string_view>

namespace wscm {

// How Asterisk parses an option's value (see ValueParser), plus how a form should edit it.
enum class OptionKind {
    Type,     // must be "websocket_client"
    Uri,      // ws:// or wss:// URI
    Text,     // free text
    Secret,   // free text, never shown unless asked for
    Choice,   // one word of OptionSpec::choices, any case
    Int,      // strtol base 0, 32-bit
    UInt,     // strtoul base 0, 32-bit, no sign
    Bool,     // ast_true words; anything else is false
    FilePath, // a file on disk
    DirPath,  // a folder on disk
    HostPort, // host:port
};

enum class OptionGroup {
    Connection,
    Authentication,
    Tls,
    Proxy,
    TcpKeepalives,
    PingPong,
    Reconnect
};

struct OptionSpec {
    const char *name;
    OptionKind kind;
    const char *defaultValue; // as Asterisk applies it; "" when the option has no default
    const char *unit;         // "ms", "s" or ""
    OptionGroup group;
    const char *help;      // one line, our own words, translated where shown (OptionTexts)
    const char *since;     // Asterisk releases that introduced the option
    const char *choices;   // comma list for OptionKind::Choice
    const char *enabledBy; // the bool option that switches this one on, or ""
    bool required;

    QString nameString() const { return QString::fromLatin1(name); }
    QString defaultString() const { return QString::fromLatin1(defaultValue); }
    bool hasDefault() const { return defaultValue[0] != '\0'; }
    bool isSecret() const { return kind == OptionKind::Secret; }
};

namespace detail {
constexpr const char *firstRelease = "20.15.0, 21.10.0, 22.5.0";
constexpr const char *proxyRelease = "20.21.0, 22.11.0, 23.5.0";

using K = OptionKind;
using G = OptionGroup;

// clang-format off
// The size comes from the entries: nothing else states how many options there are.
inline constexpr auto optionTable = std::to_array<OptionSpec>({
    {"type", K::Type, "", "", G::Connection,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Marks the section as a WebSocket client; must be websocket_client."),
     firstRelease, "websocket_client", "", true},
    {"uri", K::Uri, "", "", G::Connection,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Address of the remote server: ws:// or wss://host[:port][/path][?query]."),
     firstRelease, "", "", true},
    {"protocols", K::Text, "", "", G::Connection,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Comma-separated subprotocols offered in Sec-WebSocket-Protocol; the server must pick one."),
     firstRelease, "", "", false},
    {"connection_type", K::Choice, "", "", G::Connection,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "persistent keeps one connection open; per_call_config opens one per call."),
     firstRelease, "persistent,per_call_config", "", false},
    {"connection_timeout", K::Int, "500", "ms", G::Connection,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "TCP connect timeout; proxy and upgrade replies are each awaited up to twice this."),
     firstRelease, "", "", false},
    {"username", K::Text, "", "", G::Authentication,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "User name sent with password as HTTP Basic authorization on the upgrade."),
     firstRelease, "", "", false},
    {"password", K::Secret, "", "", G::Authentication,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Password for username; a secret, redacted in every output."),
     firstRelease, "", "", false},
    {"tls_enabled", K::Bool, "no", "", G::Tls,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Run TLS to the WebSocket server; the URI scheme alone does not turn it on."),
     firstRelease, "", "", false},
    {"ca_list_file", K::FilePath, "", "", G::Tls,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "PEM bundle of certificate authorities trusted for the server certificate."),
     firstRelease, "", "tls_enabled", false},
    {"ca_list_path", K::DirPath, "", "", G::Tls,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Folder of hashed CA certificates, as an alternative to ca_list_file."),
     firstRelease, "", "tls_enabled", false},
    {"cert_file", K::FilePath, "", "", G::Tls,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Client certificate (PEM) for servers that ask for one."),
     firstRelease, "", "tls_enabled", false},
    {"priv_key_file", K::FilePath, "", "", G::Tls,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Private key (PEM) of the client certificate."),
     firstRelease, "", "tls_enabled", false},
    {"verify_server_cert", K::Bool, "yes", "", G::Tls,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Check that the server certificate chains to a trusted CA; no accepts any certificate."),
     firstRelease, "", "tls_enabled", false},
    {"verify_server_hostname", K::Bool, "yes", "", G::Tls,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Check that the certificate names the host in the URI; no forgives a mismatch."),
     firstRelease, "", "tls_enabled", false},
    {"proxy_host", K::HostPort, "", "", G::Proxy,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "HTTP forward proxy as host:port, reached with CONNECT; the port is required."),
     proxyRelease, "", "", false},
    {"proxy_username", K::Text, "", "", G::Proxy,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "User name for Proxy-Authorization: Basic; sent only with proxy_password."),
     proxyRelease, "", "", false},
    {"proxy_password", K::Secret, "", "", G::Proxy,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Password for the proxy; a secret, and always sent to the proxy in clear text."),
     proxyRelease, "", "", false},
    {"enable_tcp_keepalives", K::Bool, "no", "", G::TcpKeepalives,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Let the kernel probe an idle connection (SO_KEEPALIVE)."),
     proxyRelease, "", "", false},
    {"tcp_keepalive_time", K::UInt, "20", "s", G::TcpKeepalives,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Idle seconds before the first keepalive probe (TCP_KEEPIDLE)."),
     proxyRelease, "", "enable_tcp_keepalives", false},
    {"tcp_keepalive_interval", K::UInt, "20", "s", G::TcpKeepalives,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Seconds between keepalive probes (TCP_KEEPINTVL)."),
     proxyRelease, "", "enable_tcp_keepalives", false},
    {"tcp_keepalive_probes", K::UInt, "3", "", G::TcpKeepalives,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Unanswered probes before the kernel drops the connection (TCP_KEEPCNT)."),
     proxyRelease, "", "enable_tcp_keepalives", false},
    {"enable_pingpongs", K::Bool, "no", "", G::PingPong,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Send WebSocket PINGs and close the connection when PONGs stop coming."),
     proxyRelease, "", "", false},
    {"pingpong_interval", K::UInt, "20", "s", G::PingPong,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Seconds between PINGs."),
     proxyRelease, "", "enable_pingpongs", false},
    {"pingpong_probes", K::UInt, "3", "", G::PingPong,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Unanswered PINGs after which the connection is closed."),
     proxyRelease, "", "enable_pingpongs", false},
    {"reconnect_interval", K::Int, "500", "ms", G::Reconnect,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "Wait between connection attempts."),
     firstRelease, "", "", false},
    {"reconnect_attempts", K::Int, "4", "", G::Reconnect,
     QT_TRANSLATE_NOOP("wscm::OptionSchema", "per_call_config: attempts before giving up; persistent: failures between warnings."),
     firstRelease, "", "", false},
});
// clang-format on

// For the compile-time lookups below (constexpr, not consteval: clang 14 refuses a
// consteval call with a parameter inside another consteval function).
constexpr size_t indexNamed(std::string_view name) {
    for (size_t i = 0; i < optionTable.size(); ++i) {
        if (std::string_view(optionTable[i].name) == name)
            return i;
    }
    throw "not an option in OptionSchema";
}
} // namespace detail

// The one table of every websocket_client option. Everything else (validator, command
// line, form, docs) reads option names, kinds and defaults from here.
class OptionSchema {
public:
    static std::span<const OptionSpec> options();
    // Asterisk matches option names without regard to case.
    static const OptionSpec *find(QStringView name);
    static const OptionSpec *find(const char *name, qsizetype length);
    static int indexOf(QStringView name);
    static int indexOf(const char *name);
    // The index of an option named in code, found at compile time: a misspelt name does
    // not compile, and the lookup costs nothing at run time.
    static consteval int index(std::string_view name) {
        return static_cast<int>(detail::indexNamed(name));
    }
    static const OptionSpec &at(int index) { return options()[static_cast<size_t>(index)]; }
    static constexpr int count() { return static_cast<int>(detail::optionTable.size()); }
    // An option's default as a number or a yes/no flag, read from the table at compile
    // time for the typed settings; a default that is not a plain decimal number (or not
    // yes/no) does not compile.
    template <typename T> static consteval T defaultNumber(std::string_view name) {
        const std::string_view text = detail::optionTable[detail::indexNamed(name)].defaultValue;
        if (text.empty())
            throw "the option has no default";
        T value = 0;
        for (const char c : text) {
            if (c < '0' || c > '9')
                throw "the default is not a decimal number";
            value = static_cast<T>(value * 10 + (c - '0'));
        }
        return value;
    }
    static consteval bool defaultFlag(std::string_view name) {
        const std::string_view text = detail::optionTable[detail::indexNamed(name)].defaultValue;
        if (text == "yes")
            return true;
        if (text == "no")
            return false;
        throw "the default is not yes or no";
    }
    static QString groupTitle(OptionGroup group);
    static QString kindName(OptionKind kind);
    static bool isSecret(QStringView name);
    static constexpr const char *clientType = "websocket_client";
};

} // namespace wscm
