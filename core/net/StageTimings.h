#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace wscm {

// How long each stage of one connection attempt took, in milliseconds; -1 for a stage that
// was not reached or does not apply (no proxy, no TLS).
struct StageTimings {
    qint64 tcpMs = -1;
    qint64 proxyMs = -1;
    qint64 tlsMs = -1;
    qint64 upgradeMs = -1;

    // Only the stages that were reached, so a reader never mistakes -1 for a duration.
    QJsonObject toJson() const;
    bool operator==(const StageTimings &) const = default;
};

} // namespace wscm
