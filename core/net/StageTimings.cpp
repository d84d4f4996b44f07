#include "StageTimings.h"

namespace wscm {

QJsonObject StageTimings::toJson() const {
    QJsonObject json;
    const auto put = [&json](const char *key, qint64 value) {
        if (value >= 0)
            json.insert(QLatin1StringView(key), value);
    };
    put("tcp_ms", tcpMs);
    put("proxy_ms", proxyMs);
    put("tls_ms", tlsMs);
    put("upgrade_ms", upgradeMs);
    return json;
}

} // namespace wscm
