// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConnectionHealth.h"
#include "StageTimings.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace wscm {

// One timestamped thing that happened to a connection. Detail texts are built by the
// engine from Qt's errors and the server's answers, with secrets removed.
struct ConnectionEvent {
    enum class Kind {
        Connecting,
        Connected,
        Pong,
        PingMissed,
        Disconnected,
        Retrying,
        GaveUp,
        Error
    };

    QDateTime timestamp; // UTC
    QString section;
    Kind kind = Kind::Error;
    ConnectionHealth::Stage stage = ConnectionHealth::Stage::None;
    // Why the attempt failed or the connection was lost, on the events of a failure (error,
    // disconnected, retrying, gave_up); None on the others.
    FailureCause cause = FailureCause::None;
    int httpStatus = 0; // of the proxy or the server, when the failure had one
    QString detail;
    qint64 rttUs = -1; // of a PONG, in microseconds
    int attempt = 0;
    StageTimings timings;

    // The version of the --json format below, which `wscm probe --event-format` prints so that
    // a wscm reading another one's events (a probe on a PBX) can check it understands them.
    // A field that changes meaning or goes away makes a new version; a new field does not
    // (readers ignore what they do not know).
    static constexpr int JsonFormat = 1;

    static QString kindName(Kind kind);
    // The --json line format of `wscm probe`, appended to `out` without the newline: one
    // object of ts, section, event, stage, cause, http_status, detail, rtt_ms, attempt and
    // timings (the stages reached); absent values are null. Written directly, without a
    // QJsonObject: a probe writes one per PONG.
    void appendJson(QByteArray &out) const;
    // The same object, parsed.
    QJsonObject toJson() const;
    // Reads a line of that format back; false when it is not a connection event (another
    // kind of line, such as a reload, or not one of ours).
    static bool fromJson(const QJsonObject &json, ConnectionEvent *event);
};

} // namespace wscm
