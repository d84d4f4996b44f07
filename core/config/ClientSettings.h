#pragma once

#include "schema/OptionSchema.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace wscm {

class EffectiveOptions;

// The typed settings of one valid client object: what the connection engine consumes.
// Built only from EffectiveOptions, so the engine never reads the file itself. Unset
// options hold OptionSchema's defaults.
struct ClientSettings {
    enum class ConnectionType { Unset, Persistent, PerCallConfig };

    QString name;
    QString uriText;
    QUrl uri;
    QStringList protocols;
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

    QString proxyHost; // host part of proxy_host, empty when no proxy
    quint16 proxyPort = 0;
    QString proxyUsername;
    QString proxyPassword;

    bool enableTcpKeepalives = OptionSchema::defaultFlag("enable_tcp_keepalives");
    quint32 tcpKeepaliveTimeS = OptionSchema::defaultNumber<quint32>("tcp_keepalive_time");
    quint32 tcpKeepaliveIntervalS = OptionSchema::defaultNumber<quint32>("tcp_keepalive_interval");
    quint32 tcpKeepaliveProbes = OptionSchema::defaultNumber<quint32>("tcp_keepalive_probes");

    bool enablePingPongs = OptionSchema::defaultFlag("enable_pingpongs");
    quint32 pingPongIntervalS = OptionSchema::defaultNumber<quint32>("pingpong_interval");
    quint32 pingPongProbes = OptionSchema::defaultNumber<quint32>("pingpong_probes");

    // Host and port the TCP connection really goes to (the URI's, ws 80 / wss 443 by
    // default) — the proxy is separate.
    QString targetHost() const;
    quint16 targetPort() const;
    bool hasProxy() const { return !proxyHost.isEmpty(); }

    // Relative file names are taken relative to baseDir (the folder of the config file).
    static ClientSettings fromEffective(const QString &name, const EffectiveOptions &options,
                                        const QString &baseDir);
    bool operator==(const ClientSettings &) const = default;
};

} // namespace wscm
