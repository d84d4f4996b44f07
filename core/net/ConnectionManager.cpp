// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConnectionManager.h"

#include "Connection.h"

#include <QElapsedTimer>
#include <QMetaMethod>
#include <QSet>

namespace wscm {

ConnectionManager::ConnectionManager(QObject *parent)
    : HealthSource(parent) {
    m_starter.setSingleShot(true);
    m_starter.setInterval(0);
    connect(&m_starter, &QTimer::timeout, this, &ConnectionManager::startPending);
}

// The probe prints events and never asks for health: an unwatched healthChanged() would
// still look up the manager's connections on every PONG.
void ConnectionManager::connectNotify(const QMetaMethod &signal) {
    if (signal == QMetaMethod::fromSignal(&HealthSource::healthChanged))
        m_healthWatched = true;
}

Connection *ConnectionManager::add(const ClientSettings &settings) {
    auto *connection = new Connection(settings, this);
    // A plain call for both, not a signal hop: a connection's health changes only with an
    // event, and a thousand connections send one per PONG. The connection is a child of this
    // and sends no event once it is being deleted.
    connection->setEventHandler([this](const ConnectionEvent &event) {
        Q_EMIT eventOccurred(event);
        if (m_healthWatched)
            Q_EMIT healthChanged(event.section);
    });
    m_connections.append(connection);
    m_byName.insert(settings.name, connection);
    Q_EMIT connectionAdded(settings.name);
    if (m_runAll) {
        m_pending.append(connection);
        m_starter.start();
    }
    return connection;
}

void ConnectionManager::update(const QList<ClientSettings> &sections) {
    QSet<QString> wanted;
    for (const ClientSettings &s : sections)
        wanted.insert(s.name);
    for (qsizetype i = m_connections.size() - 1; i >= 0; --i) {
        Connection *connection = m_connections.at(i);
        if (wanted.contains(connection->name()))
            continue;
        const QString name = connection->name();
        m_connections.removeAt(i);
        m_byName.remove(name);
        m_pending.removeOne(connection);
        connection->stop();
        connection->deleteLater();
        Q_EMIT connectionRemoved(name);
    }

    QList<Connection *> ordered;
    for (const ClientSettings &s : sections) {
        Connection *existing = connection(s.name);
        if (!existing) {
            existing = add(s);
        } else if (existing->setSettings(s)) {
            Q_EMIT connectionUpdated(s.name);
        }
        ordered.append(existing);
    }
    m_connections = ordered;
}

QStringList ConnectionManager::names() const {
    QStringList list;
    for (const Connection *c : m_connections)
        list << c->name();
    return list;
}

ConnectionHealth ConnectionManager::health(const QString &name) const {
    const Connection *c = connection(name);
    return c ? c->health() : ConnectionHealth();
}

QString ConnectionManager::measuredFrom() const {
    return tr("this computer");
}

Connection *ConnectionManager::connection(const QString &name) const {
    return m_byName.value(name);
}

void ConnectionManager::start(const QString &name) {
    if (Connection *c = connection(name)) {
        m_pending.removeOne(c);
        c->start();
    }
}

void ConnectionManager::stop(const QString &name) {
    if (Connection *c = connection(name)) {
        m_pending.removeOne(c);
        c->stop();
    }
}

void ConnectionManager::startAll() {
    m_runAll = true;
    m_pending.clear();
    for (Connection *c : std::as_const(m_connections)) {
        if (!c->isActive())
            m_pending.append(c);
    }
    if (!m_pending.isEmpty())
        m_starter.start();
}

void ConnectionManager::startPending() {
    QElapsedTimer turn;
    turn.start();
    // At least one per turn, so that a slow start cannot stall the others for ever.
    while (!m_pending.isEmpty()) {
        m_pending.takeFirst()->start();
        if (turn.elapsed() >= StartBudgetMs)
            break;
    }
    if (!m_pending.isEmpty())
        m_starter.start();
}

void ConnectionManager::stopAll() {
    m_runAll = false;
    m_pending.clear();
    m_starter.stop();
    for (Connection *c : std::as_const(m_connections))
        c->stop();
}

} // namespace wscm
