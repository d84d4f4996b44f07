// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "net/ConnectionEvent.h"
#include "net/ConnectionHealth.h"
#include "net/ConnectionStability.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace wscm {

class HealthSource;

// What the views show of the live connections: each one's latest health snapshot and its
// heartbeat (the last PINGs, answered or missed), from connections made here or from a probe
// on another host, and where they are measured from. Changes are gathered and announced a
// few times a second, so a thousand busy connections cannot flood the UI thread.
class ConnectionMonitor : public QObject {
    Q_OBJECT
public:
    enum class Beat : quint8 { Answered, Missed };
    static constexpr int HeartbeatLength = 30;

    explicit ConnectionMonitor(HealthSource *source, QObject *parent = nullptr);

    // Watches another source from now on (what was shown of the previous one goes).
    void setSource(HealthSource *source);
    HealthSource *source() const { return m_source; }
    // "this computer" or the SSH host the health is measured from.
    QString measuredFrom() const;

    bool hasConnection(const QString &section) const { return m_entries.contains(section); }
    // Valid until the monitor next changes: the list's rows ask for it on every repaint and
    // the status line for every section ten times a second, so it is not copied.
    const ConnectionHealth &health(const QString &section) const;
    // Oldest first, at most HeartbeatLength.
    QList<Beat> heartbeat(const QString &section) const;
    // Its drops and connected spells, to tell a flapping connection from a connected one.
    // Valid until the monitor next changes, like health().
    const ConnectionStability &stability(const QString &section) const;

Q_SIGNALS:
    // Another source is watched.
    void sourceChanged();
    // The health or heartbeat of these sections changed since the last announcement.
    void healthUpdated(const QStringList &sections);
    // A connection that was up went down (for notifications).
    void connectionDropped(const QString &section, const QString &detail);

private:
    struct Entry {
        ConnectionHealth health;
        QList<Beat> beats;
        ConnectionStability stability;
    };
    void onAdded(const QString &name);
    void onRemoved(const QString &name);
    void onEvent(const ConnectionEvent &event);
    void markDirty(const QString &name);
    void flush();
    void age();

    HealthSource *m_source = nullptr;
    QHash<QString, Entry> m_entries;
    QSet<QString> m_dirty;
    QTimer m_flushTimer;
    // Sections whose stability can change with time alone (a drop leaving the window), judged
    // again while they are.
    QSet<QString> m_aging;
    QTimer m_ageTimer;
};

} // namespace wscm
