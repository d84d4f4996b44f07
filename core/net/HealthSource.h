// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConnectionEvent.h"
#include "ConnectionHealth.h"

#include <QObject>
#include <QStringList>

namespace wscm {

// Where the live health of client sections comes from: connections made on this computer
// (ConnectionManager), or a probe that runs on another host and streams its events back
// (RemoteProbe). The health views and the command line read either one through this, and
// say where the health was measured from.
class HealthSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The sections being watched, in order.
    virtual QStringList names() const = 0;
    // The latest snapshot of one section; a default (idle) one for an unknown name.
    virtual ConnectionHealth health(const QString &name) const = 0;
    // Whose network path the health is of: "this computer" or an SSH host.
    virtual QString measuredFrom() const = 0;

Q_SIGNALS:
    void eventOccurred(const wscm::ConnectionEvent &event);
    void connectionAdded(const QString &name);
    void connectionRemoved(const QString &name);
    // health(name) changed.
    void healthChanged(const QString &name);
};

} // namespace wscm
