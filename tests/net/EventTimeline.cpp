// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EventTimeline.h"

using namespace wscm;
using Kind = ConnectionEvent::Kind;

EventTimeline::EventTimeline(const QString &section)
    : m_section(section) {}

QDateTime EventTimeline::at(qint64 ms) {
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addMSecs(ms);
}

void EventTimeline::send(Kind kind, qint64 ms, Stage stage, FailureCause cause, int httpStatus,
                         qint64 rttUs) {
    ConnectionEvent event;
    event.timestamp = at(ms);
    event.section = m_section;
    event.kind = kind;
    event.stage = stage;
    event.cause = cause;
    event.httpStatus = httpStatus;
    event.rttUs = rttUs;
    event.attempt = m_attempt;
    m_tracker.apply(event);
    m_stability.apply(event);
}

void EventTimeline::connecting(qint64 ms) {
    ++m_attempt;
    send(Kind::Connecting, ms);
}

void EventTimeline::connected(qint64 ms) {
    send(Kind::Connected, ms);
}

void EventTimeline::pong(qint64 ms, qint64 rttUs) {
    send(Kind::Pong, ms, Stage::None, FailureCause::None, 0, rttUs);
}

void EventTimeline::drop(qint64 ms, Stage stage, FailureCause cause) {
    send(Kind::Disconnected, ms, stage, cause);
    send(Kind::Retrying, ms, stage, cause);
    connecting(ms);
}

void EventTimeline::fail(qint64 ms, Stage stage, FailureCause cause, int httpStatus) {
    send(Kind::Error, ms, stage, cause, httpStatus);
    send(Kind::Retrying, ms, stage, cause);
}

void EventTimeline::gaveUp(qint64 ms, Stage stage, FailureCause cause) {
    send(Kind::Error, ms, stage, cause);
    send(Kind::GaveUp, ms, stage, cause);
}

void EventTimeline::stop(qint64 ms) {
    send(Kind::Disconnected, ms);
    m_attempt = 0;
}
