// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EventRecorder.h"

#include "net/Connection.h"

#include <QTest>

EventRecorder::EventRecorder(wscm::Connection *connection)
    : QObject(connection) {
    connect(connection, &wscm::Connection::eventOccurred, this,
            [this](const wscm::ConnectionEvent &event) { m_events.append(event); });
}

QList<wscm::ConnectionEvent> EventRecorder::ofKind(wscm::ConnectionEvent::Kind kind) const {
    QList<wscm::ConnectionEvent> matching;
    for (const auto &event : m_events) {
        if (event.kind == kind)
            matching.append(event);
    }
    return matching;
}

bool EventRecorder::waitFor(wscm::ConnectionEvent::Kind kind, int timeoutMs, int wanted) {
    return QTest::qWaitFor([&] { return count(kind) >= wanted; }, timeoutMs);
}

QString EventRecorder::transcript() const {
    QStringList lines;
    for (const auto &event : m_events) {
        lines << QStringLiteral("%1 %2 [%3] %4")
                     .arg(event.attempt)
                     .arg(wscm::ConnectionEvent::kindName(event.kind),
                          wscm::ConnectionHealth::stageName(event.stage), event.detail);
    }
    return lines.join(QLatin1Char('\n'));
}
