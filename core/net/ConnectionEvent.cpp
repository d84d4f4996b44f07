// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConnectionEvent.h"

#include "DurationText.h"
#include "io/CompactJsonWriter.h"

#include <QJsonDocument>

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

namespace {

// Qt::ISODateWithMs of a UTC time ("2026-01-31T23:59:59.999Z"), without the QString and the
// calendar QDateTime::toString goes through for it.
void appendIsoUtc(CompactJsonWriter &json, QLatin1StringView key, const QDateTime &time) {
    const qint64 msecs = time.isValid() ? time.toMSecsSinceEpoch() : -1;
    constexpr qint64 msecsPerDay = 86400000;
    constexpr qint64 year10000 = 253402300800000; // 10000-01-01T00:00:00Z
    if (msecs < 0 || msecs >= year10000) {
        json.add(key, time.toString(Qt::ISODateWithMs));
        return;
    }
    // The proleptic Gregorian date of a day count, by 400-year eras counted from 0000-03-01
    // (so that the leap day ends a year).
    const qint64 days = msecs / msecsPerDay + 719468;
    const qint64 era = days / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153; // March = 0
    const int day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    const qint64 ofDay = msecs % msecsPerDay;

    char text[] = "0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int digits, qint64 value) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, 4, year);
    put(5, 2, month);
    put(8, 2, day);
    put(11, 2, ofDay / 3600000);
    put(14, 2, ofDay / 60000 % 60);
    put(17, 2, ofDay / 1000 % 60);
    put(20, 3, ofDay % 1000);
    json.add(key, QLatin1StringView(text, sizeof text - 1));
}

} // namespace

// Members in QJsonObject's order (sorted by key), so the line is the one
// QJsonDocument::toJson(Compact) wrote before; TestConnectionEvent holds the two to each other.
void ConnectionEvent::appendJson(QByteArray &out) const {
    CompactJsonWriter json(out);
    json.addInteger(QLatin1StringView("attempt"), attempt);
    const auto textOrNull = [&json](QLatin1StringView key, const QString &text) {
        if (text.isEmpty())
            json.addNull(key);
        else
            json.add(key, text);
    };
    textOrNull(QLatin1StringView("cause"), FailureCauses::name(cause));
    textOrNull(QLatin1StringView("detail"), detail);
    json.add(QLatin1StringView("event"), kindName(kind));
    if (httpStatus > 0)
        json.addInteger(QLatin1StringView("http_status"), httpStatus);
    else
        json.addNull(QLatin1StringView("http_status"));
    if (rttUs >= 0)
        json.addDouble(QLatin1StringView("rtt_ms"), DurationText::toMilliseconds(rttUs));
    else
        json.addNull(QLatin1StringView("rtt_ms"));
    json.add(QLatin1StringView("section"), section);
    textOrNull(QLatin1StringView("stage"), ConnectionHealth::stageName(stage));
    json.beginObject(QLatin1StringView("timings"));
    timings.appendJson(json);
    json.endObject();
    appendIsoUtc(json, QLatin1StringView("ts"), timestamp);
    json.finish();
}

QJsonObject ConnectionEvent::toJson() const {
    QByteArray line;
    appendJson(line);
    return QJsonDocument::fromJson(line).object();
}

bool ConnectionEvent::fromJson(const QJsonObject &json, ConnectionEvent *event) {
    const QString kind = json.value(QLatin1StringView("event")).toString();
    const QString section = json.value(QLatin1StringView("section")).toString();
    if (section.isEmpty())
        return false;
    bool known = false;
    for (const Kind k : {Kind::Connecting, Kind::Connected, Kind::Pong, Kind::PingMissed,
                         Kind::Disconnected, Kind::Retrying, Kind::GaveUp, Kind::Error}) {
        if (kindName(k) == kind) {
            event->kind = k;
            known = true;
        }
    }
    if (!known)
        return false;
    event->section = section;
    event->timestamp =
        QDateTime::fromString(json.value(QLatin1StringView("ts")).toString(), Qt::ISODateWithMs)
            .toUTC();
    const QString stage = json.value(QLatin1StringView("stage")).toString();
    event->stage = ConnectionHealth::Stage::None;
    for (int s = int(ConnectionHealth::Stage::None); s <= int(ConnectionHealth::Stage::Closed);
         ++s) {
        if (!stage.isEmpty() && ConnectionHealth::stageName(ConnectionHealth::Stage(s)) == stage)
            event->stage = ConnectionHealth::Stage(s);
    }
    event->cause = FailureCauses::fromName(json.value(QLatin1StringView("cause")).toString())
                       .value_or(FailureCause::None);
    event->httpStatus = json.value(QLatin1StringView("http_status")).toInt();
    event->detail = json.value(QLatin1StringView("detail")).toString();
    const double rttMs = json.value(QLatin1StringView("rtt_ms")).toDouble(-1);
    event->rttUs = rttMs < 0 ? -1 : qRound64(rttMs * 1000);
    event->attempt = json.value(QLatin1StringView("attempt")).toInt();
    event->timings = StageTimings::fromJson(json.value(QLatin1StringView("timings")).toObject());
    return true;
}

} // namespace wscm
