// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "AttemptFailure.h"
#include "ConnectionEvent.h"
#include "ConnectionHealth.h"
#include "HealthTracker.h"
#include "WebSocketClient.h"
#include "config/ClientSettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace wscm {

class PingMonitor;

// One client section as a live connection, made the way Asterisk makes it (WebSocketClient
// does the wire), with keepalives, PING/PONG, and Asterisk's retry rules
// (tests/parity/retry):
// - one connect call makes max(1, reconnect_attempts) tries, waiting reconnect_interval ms
//   between them — computed as Asterisk does, in 32-bit unsigned microseconds, so a negative
//   interval waits about 71 minutes;
// - when the tries of a call are used up, Asterisk's warning line is reported word for word
//   (secrets masked): a persistent section says "Retrying in N ms." and, as ARI does, starts a
//   new call after reconnect_interval; per_call_config and an unset connection_type say
//   "Hanging up after exhausting retries." and stop;
// - a persistent connection that is lost reconnects at once, as ARI's loop does; any other
//   is connected again after reconnect_interval, standing for the next call.
// Everything runs on the owning thread's event loop.
class Connection : public QObject {
    Q_OBJECT
public:
    // The largest frame and message accepted from a server (1 MiB); larger ones end the
    // connection with close code 1009.
    static constexpr quint64 MaxIncomingBytes = WebSocketClient::MaxIncomingBytes;
    // Asterisk's wait before the next try: usleep(reconnect_interval * 1000) in unsigned
    // 32-bit arithmetic, in milliseconds.
    static qint64 retryWaitMs(int reconnectIntervalMs);
    // The tries one connect call makes.
    static int triesPerCall(int reconnectAttempts) { return qMax(1, reconnectAttempts); }

    explicit Connection(const ClientSettings &settings, QObject *parent = nullptr);
    ~Connection() override;

    QString name() const { return m_settings.name; }
    const ClientSettings &settings() const { return m_settings; }
    // Takes new settings; a running connection reconnects with them. Returns false when the
    // settings did not change (nothing is done then).
    bool setSettings(const ClientSettings &settings);

    ConnectionHealth health() const;
    bool isActive() const { return m_active; }
    // The native descriptor the WebSocket's bytes go through (the proxy hop with a proxy), or
    // -1 while not connected.
    qintptr socketDescriptor() const;

    // What to call with every event, before eventOccurred() is emitted: how an owner with a
    // thousand connections (ConnectionManager) takes their PONG events without a signal
    // activation each.
    void setEventHandler(std::function<void(const ConnectionEvent &event)> handler) {
        m_eventHandler = std::move(handler);
    }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    // Every change of health() comes with an event.
    void eventOccurred(const wscm::ConnectionEvent &event);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    using Stage = ConnectionHealth::Stage;

    void beginAttempt();
    void enterStage(Stage stage);
    void finishStage(qint64 *slot);
    void onTcpConnected();
    void onTunnelOpened();
    void onEncrypted();
    void onUpgraded();
    void onAttemptFailed(const AttemptFailure &failure);
    void onClosed(const WebSocketClient::Closure &closure);
    void onPong(QByteArrayView payload);
    void onPingTimeout(int unanswered);

    void connectionLost(Stage stage, const QString &detail, const FailureClassifier::Facts &facts);
    // What the events of a failure, whether it ended an attempt or a connection, carry.
    void noteFailure(const QString &detail, int httpStatus, const FailureClassifier::Facts &facts);
    void scheduleNext(Stage stage, qint64 waitMs, const QString &detail);
    QString exhaustedLine(const AttemptFailure &failure) const;
    void tearDown();
    // Events of a failure (error, disconnected, retrying, gave_up) carry its cause.
    void emitEvent(ConnectionEvent::Kind kind, Stage stage = Stage::None,
                   const QString &detail = QString(), qint64 rttUs = -1,
                   FailureCause cause = FailureCause::None);
    QString scrub(const QString &text) const;
    QString targetText() const;
    int reconnectIntervalMs() const;

    ClientSettings m_settings;
    // The health follows from the events alone, by the rules a remote probe's events are read
    // with: one rule, whether a section is probed here, over SSH, in the app or for /metrics.
    HealthTracker m_tracker;
    // What no event carries: the stages of the attempt under way, the server's certificate,
    // the PINGs of monitors gone.
    StageTimings m_timings;
    QString m_peerCertificateSubject;
    QString m_peerCertificateIssuer;
    QDateTime m_peerCertificateExpiry;
    quint64 m_pingsSent = 0;
    int m_attempts = 0; // since start()
    // The last failure, carried by the events that follow it.
    FailureCause m_lastFailureCause = FailureCause::None;
    QString m_lastFailureDetail;
    int m_lastHttpStatus = 0;
    WebSocketClient *m_client = nullptr; // the current attempt's, a child of this
    PingMonitor *m_ping = nullptr;
    QTimer m_retryTimer;
    QElapsedTimer m_stageClock;
    Stage m_stage = Stage::None;
    bool m_active = false;
    int m_triesThisCall = 0; // failed tries of the current connect call
    std::function<void(const ConnectionEvent &event)> m_eventHandler;
    bool m_eventWatched = false; // someone listens to eventOccurred()
};

} // namespace wscm
