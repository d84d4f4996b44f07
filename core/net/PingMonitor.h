#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWebSocket;

namespace wscm {

class PingSchedule;

// Asterisk's PING/PONG liveness rule (reference 4.5) on one open QWebSocket: every interval,
// close when the unanswered count has reached the probe count, else send a PING carrying our
// own payload and count it. Only a PONG with that payload resets the count; PONGs with other
// payloads and PINGs from the server (Qt answers those itself) leave it alone. The intervals
// are kept by the thread's PingSchedule, one timer for all monitors.
class PingMonitor : public QObject {
    Q_OBJECT
public:
    PingMonitor(QWebSocket *socket, int intervalMs, int probes, QObject *parent = nullptr);
    ~PingMonitor() override;

    void start();
    void stop();
    int unanswered() const { return m_unanswered; }
    QByteArray payload() const { return m_payload; }

Q_SIGNALS:
    void pingSent();
    // rttUs: from sending our PING to its PONG, in microseconds.
    void pongReceived(qint64 rttUs);
    // A PING interval passed without our PONG; unanswered is the count so far.
    void pingMissed(int unanswered);
    // The probe count was reached: the connection must be closed.
    void timedOut(int unanswered);

private:
    friend class PingSchedule;
    void tick();
    void onPong(quint64 elapsedMs, const QByteArray &payload);

    QPointer<QWebSocket> m_socket;
    PingSchedule *m_schedule = nullptr; // while started
    int m_intervalMs;
    int m_probes;
    int m_unanswered = 0;
    QByteArray m_payload;
    // Qt's own PONG time is in whole milliseconds, 0 on a LAN: the monitor keeps its own.
    QElapsedTimer m_sinceLastPing;
};

} // namespace wscm
