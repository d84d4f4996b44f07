// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ClientSettings.h"

#include "EffectiveOptions.h"
#include "schema/OptionSchema.h"
#include "schema/ValueParser.h"

#include <QDir>

namespace wscm {

namespace {

QString text(const EffectiveOptions &o, int name) {
    return QString::fromUtf8(o.valueOrDefault(name));
}

bool flag(const EffectiveOptions &o, int name) {
    return ValueParser::isTrue(o.valueOrDefault(name));
}

// A value that does not parse (the object is then invalid anyway) leaves the default.
template <typename T, typename Parse>
void readNumber(const EffectiveOptions &o, int name, Parse parse, T *out) {
    if (const auto parsed = parse(o.valueOrDefault(name)))
        *out = static_cast<T>(*parsed);
}

QString path(const EffectiveOptions &o, int name, const QString &baseDir) {
    const QString value = text(o, name);
    if (value.isEmpty() || QDir::isAbsolutePath(value) || baseDir.isEmpty())
        return value;
    return QDir(baseDir).filePath(value);
}

} // namespace

ClientSettings ClientSettings::fromEffective(const QString &name, const EffectiveOptions &o,
                                             const QString &baseDir) {
    ClientSettings s;
    s.name = name;
    s.uriText = text(o, OptionSchema::index("uri"));
    s.protocolsText = text(o, OptionSchema::index("protocols"));
    s.username = text(o, OptionSchema::index("username"));
    s.password = text(o, OptionSchema::index("password"));
    const QString type = text(o, OptionSchema::index("connection_type"));
    if (type.compare(QLatin1StringView("persistent"), Qt::CaseInsensitive) == 0)
        s.connectionType = ConnectionType::Persistent;
    else if (type.compare(QLatin1StringView("per_call_config"), Qt::CaseInsensitive) == 0)
        s.connectionType = ConnectionType::PerCallConfig;
    readNumber(o, OptionSchema::index("connection_timeout"), ValueParser::parseInt,
               &s.connectionTimeoutMs);
    readNumber(o, OptionSchema::index("reconnect_interval"), ValueParser::parseInt,
               &s.reconnectIntervalMs);
    readNumber(o, OptionSchema::index("reconnect_attempts"), ValueParser::parseInt,
               &s.reconnectAttempts);

    s.tlsEnabled = flag(o, OptionSchema::index("tls_enabled"));
    s.caListFile = path(o, OptionSchema::index("ca_list_file"), baseDir);
    s.caListPath = path(o, OptionSchema::index("ca_list_path"), baseDir);
    s.certFile = path(o, OptionSchema::index("cert_file"), baseDir);
    s.privKeyFile = path(o, OptionSchema::index("priv_key_file"), baseDir);
    s.verifyServerCert = flag(o, OptionSchema::index("verify_server_cert"));
    s.verifyServerHostname = flag(o, OptionSchema::index("verify_server_hostname"));

    s.proxyHostText = text(o, OptionSchema::index("proxy_host"));
    s.proxyUsername = text(o, OptionSchema::index("proxy_username"));
    s.proxyPassword = text(o, OptionSchema::index("proxy_password"));

    s.enableTcpKeepalives = flag(o, OptionSchema::index("enable_tcp_keepalives"));
    readNumber(o, OptionSchema::index("tcp_keepalive_time"), ValueParser::parseUInt,
               &s.tcpKeepaliveTimeS);
    readNumber(o, OptionSchema::index("tcp_keepalive_interval"), ValueParser::parseUInt,
               &s.tcpKeepaliveIntervalS);
    readNumber(o, OptionSchema::index("tcp_keepalive_probes"), ValueParser::parseUInt,
               &s.tcpKeepaliveProbes);

    s.enablePingPongs = flag(o, OptionSchema::index("enable_pingpongs"));
    readNumber(o, OptionSchema::index("pingpong_interval"), ValueParser::parseUInt,
               &s.pingPongIntervalS);
    readNumber(o, OptionSchema::index("pingpong_probes"), ValueParser::parseUInt,
               &s.pingPongProbes);
    return s;
}

} // namespace wscm
