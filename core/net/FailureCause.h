// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace wscm {

// Why an attempt failed or a connection was lost, as data: set by FailureClassifier from what
// the engine saw, carried on ConnectionHealth and ConnectionEvent, mapped to hints by
// FailureHint. Only what the engine can really tell apart has its own cause.
enum class FailureCause {
    None, // no failure (yet)
    // resolve
    Dns,
    ProxyDns,
    // tcp
    Refused,
    ProxyRefused,
    Unreachable,
    ConnectTimeout,
    ProxyConnectTimeout,
    // proxy
    ProxyAuth,
    ProxyDenied,
    ProxyTargetNotFound,
    ProxyTargetRefused,
    ProxyStatus,
    ProxyClosed,
    ProxyTimeout,
    // tls
    TlsFiles,
    TlsUntrusted,
    TlsName,
    TlsExpired,
    TlsNotYetValid,
    TlsClientCert,
    TlsHandshake,
    TlsTimeout,
    // upgrade
    Unauthorized,
    Forbidden,
    NotFound,
    UpgradeStatus,
    ProtocolMismatch,
    InvalidResponse,
    UpgradeClosed,
    UpgradeTimeout,
    // a connection that was up
    PingTimeout,
    KeepaliveTimeout,
    ClosedByServer,
    MessageTooBig,
    ConnectionLost,
    // none of the above
    Other,
};

// The one table of failure causes: each cause's name and what it means. The names are an
// interface (`wscm probe --json`, metrics labels): lower case, dash-separated, never renamed
// or reused. docs/failure-causes.md is generated from this table.
class FailureCauses {
public:
    struct Entry {
        FailureCause cause;
        const char *name;
        const char *stage; // where it happens, as ConnectionHealth::stageName says
        const char *meaning;
    };

    // Every cause but None, in the order of the stages.
    static const QList<Entry> &all();
    // Empty for None.
    static QString name(FailureCause cause);
    static std::optional<FailureCause> fromName(QStringView name);
    static QString meaning(FailureCause cause);

private:
    static const Entry *entryOf(FailureCause cause);
};

} // namespace wscm
