// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "StageTimings.h"

#include <QJsonObject>

#include "DurationText.h"
#include "io/CompactJsonWriter.h"

namespace wscm {

void StageTimings::appendJson(CompactJsonWriter &json) const {
    const auto put = [&json](const char *key, qint64 value) {
        if (value >= 0)
            json.addDouble(QLatin1StringView(key), DurationText::toMilliseconds(value));
    };
    // In key order, as a QJsonObject keeps them.
    put("proxy_ms", proxyUs);
    put("tcp_ms", tcpUs);
    put("tls_ms", tlsUs);
    put("upgrade_ms", upgradeUs);
}

StageTimings StageTimings::fromJson(const QJsonObject &json) {
    StageTimings timings;
    const auto get = [&json](const char *key) {
        const double ms = json.value(QLatin1StringView(key)).toDouble(-1);
        return ms < 0 ? qint64(-1) : qRound64(ms * 1000);
    };
    timings.tcpUs = get("tcp_ms");
    timings.proxyUs = get("proxy_ms");
    timings.tlsUs = get("tls_ms");
    timings.upgradeUs = get("upgrade_ms");
    return timings;
}

} // namespace wscm
