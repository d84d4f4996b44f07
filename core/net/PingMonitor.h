// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "PingSchedule.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace wscm {

class WebSocketClient;

// Asterisk's PING/PONG liveness rule (reference 4.5) on one open connection: every interval,
// close when the unanswered count has reached the probe count, else send a PING carrying our
// own payload and count it. Only a PONG with that payload resets the count; PONGs with other
// payloads and PINGs from the server (the client answers those itself) leave it alone. The
// intervals are kept by the thread's PingSchedule, one timer for all monitors. The owner
// hands it the client's PONGs (takePong) and reports the round trip itself: no signal hop
// per PONG for a monitor listening and announcing it again.
class PingMonitor : public QObject {
    Q_OBJECT
public:
    PingMonitor(WebSocketClient *client, int intervalMs, int probes, QObject *parent = nullptr);
    ~PingMonitor() override;

    void start();
    void stop();
    int unanswered() const { return m_unanswered; }
    // PINGs sent since this monitor was made (pingSent() says it too, for a listener).
    quint64 pingsSent() const { return m_pingsSent; }
    QByteArrayView payload() const { return {m_payload, m_payloadSize}; }
    // A PONG arrived with this payload: when it is ours, the unanswered count starts again
    // and the round trip from our latest PING is returned, in microseconds; else -1.
    qint64 takePong(QByteArrayView payload);

Q_SIGNALS:
    void pingSent();
    // A PING interval passed without our PONG; unanswered is the count so far.
    void pingMissed(int unanswered);
    // The probe count was reached: the connection must be closed.
    void timedOut(int unanswered);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    friend class PingSchedule;
    void tick();

    QPointer<WebSocketClient> m_client;
    PingSchedule *m_schedule = nullptr; // while started
    PingSchedule::Entry m_entry;        // its place in m_schedule
    int m_intervalMs;
    int m_probes;
    int m_unanswered = 0;
    quint64 m_pingsSent = 0;
    bool m_pingSentWatched = false; // someone listens to pingSent()
    // From our latest PING to its PONG, read to the microsecond.
    QElapsedTimer m_sinceLastPing;
    // "wscm-" and up to 16 hex digits, kept in the monitor rather than in a block of its own:
    // each PING and each PONG reads it, and with a thousand monitors it is never in the cache.
    char m_payload[24];
    qsizetype m_payloadSize = 0;
};

} // namespace wscm
