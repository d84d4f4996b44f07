#include "ConnectionMonitor.h"

#include "net/Connection.h"
#include "net/ConnectionManager.h"

namespace wscm {

namespace {
// Fast enough to look live, slow enough to batch many connections into one repaint.
constexpr int flushIntervalMs = 100;
} // namespace

ConnectionMonitor::ConnectionMonitor(ConnectionManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager) {
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ConnectionMonitor::flush);
    connect(manager, &ConnectionManager::connectionAdded, this, &ConnectionMonitor::onAdded);
    connect(manager, &ConnectionManager::connectionRemoved, this, &ConnectionMonitor::onRemoved);
    connect(manager, &ConnectionManager::eventOccurred, this, &ConnectionMonitor::onEvent);
    for (const QString &name : manager->names())
        onAdded(name);
}

ConnectionHealth ConnectionMonitor::health(const QString &section) const {
    return m_entries.value(section).health;
}

QList<ConnectionMonitor::Beat> ConnectionMonitor::heartbeat(const QString &section) const {
    return m_entries.value(section).beats;
}

void ConnectionMonitor::onAdded(const QString &name) {
    Connection *connection = m_manager->connection(name);
    if (!connection)
        return;
    m_entries.insert(name, Entry{connection->health(), {}});
    connect(connection, &Connection::healthChanged, this, [this, name] { markDirty(name); });
    markDirty(name);
}

void ConnectionMonitor::onRemoved(const QString &name) {
    m_entries.remove(name);
    markDirty(name);
}

void ConnectionMonitor::onEvent(const ConnectionEvent &event) {
    auto it = m_entries.find(event.section);
    if (it == m_entries.end())
        return;
    if (event.kind == ConnectionEvent::Kind::Pong ||
        event.kind == ConnectionEvent::Kind::PingMissed) {
        it->beats.append(event.kind == ConnectionEvent::Kind::Pong ? Beat::Answered : Beat::Missed);
        if (it->beats.size() > HeartbeatLength)
            it->beats.removeFirst();
    }
    // A stop asked for by the user has no stage; only a lost connection is a drop.
    if (event.kind == ConnectionEvent::Kind::Disconnected &&
        event.stage != ConnectionHealth::Stage::None)
        Q_EMIT connectionDropped(event.section, event.detail);
    markDirty(event.section);
}

void ConnectionMonitor::markDirty(const QString &name) {
    m_dirty.insert(name);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ConnectionMonitor::flush() {
    QStringList names;
    names.reserve(m_dirty.size());
    for (const QString &name : std::as_const(m_dirty)) {
        auto it = m_entries.find(name);
        if (it != m_entries.end()) {
            if (Connection *connection = m_manager->connection(name))
                it->health = connection->health();
        }
        names.append(name);
    }
    m_dirty.clear();
    Q_EMIT healthUpdated(names);
}

} // namespace wscm
