#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace wscm {

class EffectiveOptions;

// The typed settings of one valid client object: what the connection engine consumes.
// Built only from EffectiveOptions, so the engine never reads the file itself.
struct ClientSettings {
    enum class ConnectionType { Unset, Persistent, PerCallConfig };

    QString name;
    QString uriText;
    QUrl uri;
    QStringList protocols;
    QString username;
    QString password;
    ConnectionType connectionType = ConnectionType::Unset;
    int connectionTimeoutMs = 500;
    quint32 reconnectIntervalMs = 500;
    int reconnectAttempts = 4;

    bool tlsEnabled = false;
    QString caListFile;
    QString caListPath;
    QString certFile;
    QString privKeyFile;
    bool verifyServerCert = true;
    bool verifyServerHostname = true;

    QString proxyHost; // host part of proxy_host, empty when no proxy
    quint16 proxyPort = 0;
    QString proxyUsername;
    QString proxyPassword;

    bool enableTcpKeepalives = false;
    quint32 tcpKeepaliveTimeS = 20;
    quint32 tcpKeepaliveIntervalS = 20;
    quint32 tcpKeepaliveProbes = 3;

    bool enablePingPongs = false;
    quint32 pingPongIntervalS = 20;
    quint32 pingPongProbes = 3;

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
