#include "PingMonitor.h"

#include "PingSchedule.h"

#include <QRandomGenerator>
#include <QWebSocket>

namespace wscm {

PingMonitor::PingMonitor(QWebSocket *socket, int intervalMs, int probes, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_intervalMs(intervalMs)
    , m_probes(probes) {
    // A payload per monitor, so a PONG echoing a server's or an earlier connection's PING
    // can never be mistaken for ours.
    m_payload = QByteArrayLiteral("wscm-") +
                QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    connect(socket, &QWebSocket::pong, this, &PingMonitor::onPong);
}

PingMonitor::~PingMonitor() {
    stop();
}

void PingMonitor::start() {
    m_unanswered = 0;
    m_schedule = PingSchedule::forCurrentThread();
    m_schedule->add(this, m_intervalMs);
}

void PingMonitor::stop() {
    if (m_schedule)
        m_schedule->remove(this);
    m_schedule = nullptr;
}

void PingMonitor::tick() {
    if (!m_socket)
        return stop();
    if (m_unanswered > 0)
        Q_EMIT pingMissed(m_unanswered);
    if (m_unanswered >= m_probes) {
        stop();
        Q_EMIT timedOut(m_unanswered);
        return;
    }
    m_sinceLastPing.start();
    m_socket->ping(m_payload);
    // Written now rather than when the loop next finds the socket writable: one wake-up
    // fewer for every batch of PINGs the schedule sends.
    m_socket->flush();
    ++m_unanswered;
    Q_EMIT pingSent();
}

void PingMonitor::onPong(quint64, const QByteArray &payload) {
    if (payload != m_payload || !m_sinceLastPing.isValid())
        return;
    m_unanswered = 0;
    Q_EMIT pongReceived(m_sinceLastPing.nsecsElapsed() / 1000);
}

} // namespace wscm
