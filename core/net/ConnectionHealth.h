// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "FailureCause.h"
#include "StageTimings.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace wscm {

// A plain snapshot of one connection's health, cheap to copy and safe to hand to a UI or
// printer: it holds no pointers into the live connection.
struct ConnectionHealth {
    enum class State { Idle, Connecting, Connected, Retrying, GaveUp, Stopped };
    enum class Stage { None, Resolve, Tcp, Proxy, Tls, Upgrade, PingTimeout, Keepalive, Closed };

    static constexpr int RttHistorySize = 60;

    State state = State::Idle;

    Stage lastFailureStage = Stage::None;
    FailureCause lastFailureCause = FailureCause::None;
    QString lastFailureDetail; // never contains a secret
    int lastHttpStatus = 0;    // of the proxy or the server, when the failure had one
    QDateTime lastFailureAt;

    StageTimings lastTimings; // of the last attempt, successful or not

    // PING to PONG, in microseconds: on a LAN or loopback well under a millisecond.
    qint64 lastRttUs = -1;
    QList<qint64> recentRttsUs; // oldest first, at most RttHistorySize
    int unansweredPings = 0;
    // PINGs sent over the life of this connection object, across reconnects and restarts:
    // a counter for the metrics.
    quint64 pingsSent = 0;

    // Over the life of this connection object, for the metrics: attempts made, failed
    // attempts and lost connections by the stage they failed at, PONGs that answered a PING,
    // PING intervals that ended with the PING unanswered.
    quint64 attemptsTotal = 0;
    std::array<quint64, static_cast<size_t>(Stage::Closed) + 1> failuresTotal{};
    quint64 pongsTotal = 0;
    quint64 pingsUnansweredTotal = 0;

    int attempts = 0;   // attempts since start()
    int reconnects = 0; // successful connections after the first one
    int consecutiveFailures = 0;
    QDateTime connectedSince; // invalid while not connected

    QString peerCertificateSubject;
    QString peerCertificateIssuer;
    QDateTime peerCertificateExpiry;

    static QString stateName(State state);
    static QString stageName(Stage stage);
    // Every stage at which an attempt can fail or a connection can be lost, in order.
    static QList<Stage> failureStages();
    quint64 failures(Stage stage) const { return failuresTotal.at(static_cast<size_t>(stage)); }
};

} // namespace wscm
