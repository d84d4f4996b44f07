#include "StageTimings.h"

#include "DurationText.h"

namespace wscm {

QJsonObject StageTimings::toJson() const {
    QJsonObject json;
    const auto put = [&json](const char *key, qint64 value) {
        if (value >= 0)
            json.insert(QLatin1StringView(key), DurationText::toMilliseconds(value));
    };
    put("tcp_ms", tcpUs);
    put("proxy_ms", proxyUs);
    put("tls_ms", tlsUs);
    put("upgrade_ms", upgradeUs);
    return json;
}

} // namespace wscm
