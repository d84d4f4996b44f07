// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "PingMonitor.h"

#include "PingSchedule.h"
#include "WebSocketClient.h"

#include <QMetaMethod>
#include <QRandomGenerator>

#include <cstring>

namespace wscm {

PingMonitor::PingMonitor(WebSocketClient *client, int intervalMs, int probes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_intervalMs(intervalMs)
    , m_probes(probes) {
    // A payload per monitor, so a PONG echoing a server's or an earlier connection's PING
    // can never be mistaken for ours.
    const QByteArray text = QByteArrayLiteral("wscm-") +
                            QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    Q_ASSERT(text.size() <= qsizetype(sizeof m_payload));
    m_payloadSize = text.size();
    memcpy(m_payload, text.constData(), size_t(m_payloadSize));
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
    if (!m_client)
        return stop();
    if (m_unanswered > 0)
        Q_EMIT pingMissed(m_unanswered);
    if (m_unanswered >= m_probes) {
        stop();
        Q_EMIT timedOut(m_unanswered);
        return;
    }
    m_sinceLastPing.start();
    m_client->ping(payload());
    ++m_unanswered;
    ++m_pingsSent;
    if (m_pingSentWatched)
        Q_EMIT pingSent();
}

// Emitting a signal nobody listens to still looks up the monitor's connections, on every
// PING of a thousand monitors; pingSent() is for tests and tools that watch one.
void PingMonitor::connectNotify(const QMetaMethod &signal) {
    if (signal == QMetaMethod::fromSignal(&PingMonitor::pingSent))
        m_pingSentWatched = true;
}

qint64 PingMonitor::takePong(QByteArrayView payload) {
    if (payload != this->payload() || !m_sinceLastPing.isValid())
        return -1;
    m_unanswered = 0;
    return m_sinceLastPing.nsecsElapsed() / 1000;
}

} // namespace wscm
