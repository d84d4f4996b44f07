// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConnectionManagerThread.h"

#include "Connection.h"
#include "ConnectionManager.h"
#include "EpollEventDispatcher.h"

#include <QSet>

namespace wscm {

// What the engine thread has gathered for the owner since its last hand-over.
struct ConnectionManagerThread::Outbox {
    QList<ConnectionEvent> events;
    QSet<QString> changed;
    bool sendQueued = false;
};

ConnectionManagerThread::ConnectionManagerThread(QObject *parent)
    : HealthSource(parent)
    , m_manager(new ConnectionManager)
    , m_outbox(std::make_unique<Outbox>()) {
    m_engine.setObjectName(QStringLiteral("wscm connections"));
#ifdef Q_OS_LINUX
    // A thousand sockets cost Qt's poll(2) dispatcher a pass over each of them per wake-up,
    // time taken from the window's thread on a small machine; epoll's costs only what woke
    // it.
    if (QAbstractEventDispatcher *dispatcher = EpollEventDispatcher::createForManySockets())
        m_engine.setEventDispatcher(dispatcher);
#endif
    m_manager->moveToThread(&m_engine);
    // Both run on the engine thread (the manager is their context), where the signals come.
    connect(m_manager, &ConnectionManager::eventOccurred, m_manager,
            [this](const ConnectionEvent &event) { collect(&event, event.section); });
    connect(m_manager, &ConnectionManager::healthChanged, m_manager,
            [this](const QString &name) { collect(nullptr, name); });
    connect(&m_engine, &QThread::finished, m_manager, &QObject::deleteLater);
    m_engine.start();
}

ConnectionManagerThread::~ConnectionManagerThread() {
    // What the connections say while they are torn down has no one left to go to.
    disconnect(m_manager, nullptr, m_manager, nullptr);
    m_engine.quit();
    m_engine.wait();
}

void ConnectionManagerThread::onEngine(std::function<void(ConnectionManager *)> command) {
    QMetaObject::invokeMethod(
        m_manager, [manager = m_manager, command = std::move(command)] { command(manager); },
        Qt::QueuedConnection);
}

void ConnectionManagerThread::update(const QList<ClientSettings> &sections) {
    QStringList names;
    names.reserve(sections.size());
    for (const ClientSettings &s : sections)
        names.append(s.name);
    const QSet<QString> wanted(names.cbegin(), names.cend());
    const QStringList before = std::exchange(m_names, names);
    // In the order a ConnectionManager announces them: the gone ones last to first, then the
    // new ones in section order.
    for (auto it = before.crbegin(); it != before.crend(); ++it) {
        if (!wanted.contains(*it) && m_health.remove(*it))
            Q_EMIT connectionRemoved(*it);
    }
    for (const QString &name : std::as_const(m_names)) {
        if (!m_health.contains(name)) {
            m_health.insert(name, ConnectionHealth());
            Q_EMIT connectionAdded(name);
        }
    }
    onEngine([sections](ConnectionManager *manager) { manager->update(sections); });
}

ConnectionHealth ConnectionManagerThread::health(const QString &name) const {
    return m_health.value(name);
}

QString ConnectionManagerThread::measuredFrom() const {
    return tr("this computer");
}

void ConnectionManagerThread::start(const QString &name) {
    onEngine([name](ConnectionManager *manager) { manager->start(name); });
}

void ConnectionManagerThread::stop(const QString &name) {
    onEngine([name](ConnectionManager *manager) { manager->stop(name); });
}

void ConnectionManagerThread::startAll() {
    onEngine([](ConnectionManager *manager) { manager->startAll(); });
}

void ConnectionManagerThread::stopAll() {
    onEngine([](ConnectionManager *manager) { manager->stopAll(); });
}

// On the engine thread: a thousand PONGs of one turn make one hand-over, not a thousand.
void ConnectionManagerThread::collect(const ConnectionEvent *event, const QString &changed) {
    if (event)
        m_outbox->events.append(*event);
    m_outbox->changed.insert(changed);
    if (m_outbox->sendQueued)
        return;
    m_outbox->sendQueued = true;
    // Posted: it runs once the engine's loop has handled what woke it this turn.
    QMetaObject::invokeMethod(
        m_manager, [this] { send(); }, Qt::QueuedConnection);
}

// On the engine thread. The health is read when it is sent, so what the owner gets is each
// connection's latest; a connection removed since is left out.
void ConnectionManagerThread::send() {
    Outbox &box = *m_outbox;
    QHash<QString, ConnectionHealth> health;
    health.reserve(box.changed.size());
    for (const QString &name : std::as_const(box.changed)) {
        if (const Connection *connection = m_manager->connection(name))
            health.insert(name, connection->health());
    }
    QMetaObject::invokeMethod(
        this,
        [this, events = std::exchange(box.events, {}), health = std::move(health)] {
            receive(events, health);
        },
        Qt::QueuedConnection);
    box.changed.clear();
    box.sendQueued = false;
}

void ConnectionManagerThread::receive(const QList<ConnectionEvent> &events,
                                      const QHash<QString, ConnectionHealth> &health) {
    // A section removed here since the engine sent it keeps no health; its events still go
    // out (the log shows how it ended).
    for (auto it = health.cbegin(); it != health.cend(); ++it) {
        const auto known = m_health.find(it.key());
        if (known != m_health.end())
            *known = it.value();
    }
    for (const ConnectionEvent &event : events)
        Q_EMIT eventOccurred(event);
    for (auto it = health.cbegin(); it != health.cend(); ++it) {
        if (m_health.contains(it.key()))
            Q_EMIT healthChanged(it.key());
    }
}

} // namespace wscm
