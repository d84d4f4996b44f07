#include "ConnectionEvent.h"

#include "DurationText.h"

#include <QJsonValue>

namespace wscm {

QString ConnectionEvent::kindName(Kind kind) {
    switch (kind) {
    case Kind::Connecting:
        return QStringLiteral("connecting");
    case Kind::Connected:
        return QStringLiteral("connected");
    case Kind::Pong:
        return QStringLiteral("pong");
    case Kind::PingMissed:
        return QStringLiteral("ping_missed");
    case Kind::Disconnected:
        return QStringLiteral("disconnected");
    case Kind::Retrying:
        return QStringLiteral("retrying");
    case Kind::GaveUp:
        return QStringLiteral("gave_up");
    case Kind::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QJsonObject ConnectionEvent::toJson() const {
    QJsonObject json;
    json.insert(QLatin1StringView("ts"), timestamp.toUTC().toString(Qt::ISODateWithMs));
    json.insert(QLatin1StringView("section"), section);
    json.insert(QLatin1StringView("event"), kindName(kind));
    const QString stageText = ConnectionHealth::stageName(stage);
    json.insert(QLatin1StringView("stage"),
                stageText.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(stageText));
    const QString causeText = FailureCauses::name(cause);
    json.insert(QLatin1StringView("cause"),
                causeText.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(causeText));
    json.insert(QLatin1StringView("http_status"),
                httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue(QJsonValue::Null));
    json.insert(QLatin1StringView("detail"),
                detail.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(detail));
    json.insert(QLatin1StringView("rtt_ms"), rttUs >= 0
                                                 ? QJsonValue(DurationText::toMilliseconds(rttUs))
                                                 : QJsonValue(QJsonValue::Null));
    json.insert(QLatin1StringView("attempt"), attempt);
    json.insert(QLatin1StringView("timings"), timings.toJson());
    return json;
}

} // namespace wscm
