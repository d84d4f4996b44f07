// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "HealthSource.h"
#include "config/ClientSettings.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimer>

namespace wscm {

class Connection;

// The live connections of one document, one per valid client section, keyed by section name.
class ConnectionManager : public HealthSource {
    Q_OBJECT
public:
    explicit ConnectionManager(QObject *parent = nullptr);

    // Makes the set of connections match `sections`: adds new sections (started as by
    // startAll() when the manager runs all), removes gone ones, and reconnects exactly the sections
    // whose settings changed — Asterisk reconnects on a change of any option.
    void update(const QList<ClientSettings> &sections);

    QStringList names() const override;
    ConnectionHealth health(const QString &name) const override;
    QString measuredFrom() const override;
    Connection *connection(const QString &name) const;

    // A thousand connections started at once would hold their thread for a tenth of a
    // second: startAll() starts StartBudgetMs' worth per event-loop turn, so that the thread
    // keeps answering (a window stays live while a thousand sections connect).
    static constexpr int StartBudgetMs = 4;

public Q_SLOTS:
    void start(const QString &name);
    void stop(const QString &name);
    // Starts every connection, from the next event-loop turn on, StartBudgetMs' worth per
    // turn; returns at once. A connection stopped or removed before its turn is not started.
    void startAll();
    void stopAll();

Q_SIGNALS:
    void connectionUpdated(const QString &name);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    Connection *add(const ClientSettings &settings);
    void startPending();

    QList<Connection *> m_connections; // children of this, in section order
    // Looked up on every event: with 1,000 connections a linear search costs more than the
    // event itself.
    QHash<QString, Connection *> m_byName;
    bool m_runAll = false;
    bool m_healthWatched = false;  // someone listens to healthChanged()
    QList<Connection *> m_pending; // waiting for their turn in startAll(), in section order
    // A child, so that it moves with the manager to another thread (ConnectionManagerThread).
    QTimer m_starter{this};
};

} // namespace wscm
