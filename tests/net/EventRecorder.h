// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "net/ConnectionEvent.h"

#include <QList>
#include <QObject>

namespace wscm {
class Connection;
}

// Collects every event of one connection, for assertions and for waiting on a kind.
class EventRecorder : public QObject {
    Q_OBJECT
public:
    explicit EventRecorder(wscm::Connection *connection);

    QList<wscm::ConnectionEvent> events() const { return m_events; }
    QList<wscm::ConnectionEvent> ofKind(wscm::ConnectionEvent::Kind kind) const;
    int count(wscm::ConnectionEvent::Kind kind) const { return int(ofKind(kind).size()); }
    // Spins the event loop until `count` events of `kind` were recorded; false on timeout.
    bool waitFor(wscm::ConnectionEvent::Kind kind, int timeoutMs, int count = 1);
    // Every detail text, for secret checks and failure messages.
    QString transcript() const;

private:
    QList<wscm::ConnectionEvent> m_events;
};
