// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "schema/OptionSchema.h"

#include <QString>
#include <QStringList>

namespace wscm {

class EffectiveOptions;

// The typed settings of one valid client object: what the connection engine consumes.
// Built only from EffectiveOptions, so the engine never reads the file itself. Unset
// options hold OptionSchema's defaults.
struct ClientSettings {
    enum class ConnectionType { Unset, Persistent, PerCallConfig };

    QString name;
    QString uriText;       // as written: AsteriskUri reads it, as Asterisk does
    QString protocolsText; // as written: Asterisk sends it unchanged
    // The username and password options. The uri's userinfo, when it has one, is what goes
    // on the wire instead (HandshakeRequest::userInfo).
    QString username;
    QString password;
    ConnectionType connectionType = ConnectionType::Unset;
    int connectionTimeoutMs = OptionSchema::defaultNumber<int>("connection_timeout");
    // Signed, as Asterisk stores it: -5 loads.
    int reconnectIntervalMs = OptionSchema::defaultNumber<int>("reconnect_interval");
    int reconnectAttempts = OptionSchema::defaultNumber<int>("reconnect_attempts");

    bool tlsEnabled = OptionSchema::defaultFlag("tls_enabled");
    QString caListFile;
    QString caListPath;
    QString certFile;
    QString privKeyFile;
    bool verifyServerCert = OptionSchema::defaultFlag("verify_server_cert");
    bool verifyServerHostname = OptionSchema::defaultFlag("verify_server_hostname");

    // proxy_host as written, empty when no proxy: Asterisk splits and resolves the text itself
    // (net/AddressResolver).
    QString proxyHostText;
    QString proxyUsername;
    QString proxyPassword;

    bool enableTcpKeepalives = OptionSchema::defaultFlag("enable_tcp_keepalives");
    quint32 tcpKeepaliveTimeS = OptionSchema::defaultNumber<quint32>("tcp_keepalive_time");
    quint32 tcpKeepaliveIntervalS = OptionSchema::defaultNumber<quint32>("tcp_keepalive_interval");
    quint32 tcpKeepaliveProbes = OptionSchema::defaultNumber<quint32>("tcp_keepalive_probes");

    bool enablePingPongs = OptionSchema::defaultFlag("enable_pingpongs");
    quint32 pingPongIntervalS = OptionSchema::defaultNumber<quint32>("pingpong_interval");
    quint32 pingPongProbes = OptionSchema::defaultNumber<quint32>("pingpong_probes");

    bool hasProxy() const { return !proxyHostText.isEmpty(); }

    // Relative file names are taken relative to baseDir (the folder of the config file).
    static ClientSettings fromEffective(const QString &name, const EffectiveOptions &options,
                                        const QString &baseDir);
    bool operator==(const ClientSettings &) const = default;
};

} // namespace wscm
