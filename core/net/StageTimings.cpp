#include "StageTimings.h"

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

} // namespace wscm
