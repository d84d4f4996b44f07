// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QtGlobal>

class QJsonObject;

namespace wscm {

class CompactJsonWriter;

// How long each stage of one connection attempt took, in microseconds (on a LAN or loopback
// a stage takes well under a millisecond); -1 for a stage that was not reached or does not
// apply (no proxy, no TLS).
struct StageTimings {
    qint64 tcpUs = -1;
    qint64 proxyUs = -1;
    qint64 tlsUs = -1;
    qint64 upgradeUs = -1;

    // The members of the stages that were reached (tcp_ms, proxy_ms, tls_ms, upgrade_ms), so
    // a reader never mistakes -1 for a duration; in milliseconds with microsecond decimals
    // (tcp_ms: 0.052).
    void appendJson(CompactJsonWriter &json) const;
    static StageTimings fromJson(const QJsonObject &json);
    bool operator==(const StageTimings &) const = default;
};

} // namespace wscm
