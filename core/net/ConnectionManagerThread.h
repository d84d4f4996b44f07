// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "HealthSource.h"
#include "config/ClientSettings.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>

namespace wscm {

class ConnectionManager;

// A ConnectionManager on a thread of its own, seen from the thread that made it (a window's)
// as a HealthSource. A thousand connections' sockets, TLS, PINGs and PONGs are handled on the
// engine thread, so a window's thread never waits for them: it gets the connections' events
// and their health snapshots, gathered per turn of the engine's event loop and handed over in
// one queued call; commands go the other way, queued too. Nothing living on the engine thread
// is read from the owner's thread.
//
// The set of sections follows update() at once (names(), connectionAdded/Removed are
// synchronous, as with a ConnectionManager); the health of a section is the snapshot its
// connection had at the end of the engine's last turn that changed it, idle until then.
class ConnectionManagerThread : public HealthSource {
    Q_OBJECT
public:
    explicit ConnectionManagerThread(QObject *parent = nullptr);
    // Stops and deletes every connection on the engine thread, then ends it.
    ~ConnectionManagerThread() override;

    // As ConnectionManager::update().
    void update(const QList<ClientSettings> &sections);

    QStringList names() const override { return m_names; }
    ConnectionHealth health(const QString &name) const override;
    QString measuredFrom() const override;
    QThread *engineThread() { return &m_engine; }

public Q_SLOTS:
    // As ConnectionManager's, carried out on the engine thread from its next turn on.
    void start(const QString &name);
    void stop(const QString &name);
    void startAll();
    void stopAll();

private:
    struct Outbox;
    void onEngine(std::function<void(ConnectionManager *)> command);
    void collect(const ConnectionEvent *event, const QString &changed);
    void send();
    void receive(const QList<ConnectionEvent> &events,
                 const QHash<QString, ConnectionHealth> &health);

    QThread m_engine;
    ConnectionManager *m_manager;     // lives on m_engine; deleted there when it finishes
    std::unique_ptr<Outbox> m_outbox; // touched on m_engine only
    QStringList m_names;
    QHash<QString, ConnectionHealth> m_health; // of every section in m_names
};

} // namespace wscm
