// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConnectionMonitor.h"

#include "net/HealthSource.h"

namespace wscm {

namespace {
// Fast enough to look live, slow enough to batch many connections into one repaint.
constexpr int flushIntervalMs = 100;
// A verdict that changes with time alone may show a second late.
constexpr int ageIntervalMs = 1000;
} // namespace

ConnectionMonitor::ConnectionMonitor(HealthSource *source, QObject *parent)
    : QObject(parent) {
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ConnectionMonitor::flush);
    m_ageTimer.setSingleShot(true);
    m_ageTimer.setInterval(ageIntervalMs);
    connect(&m_ageTimer, &QTimer::timeout, this, &ConnectionMonitor::age);
    setSource(source);
}

void ConnectionMonitor::setSource(HealthSource *source) {
    if (source == m_source)
        return;
    if (m_source) {
        m_source->disconnect(this);
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            m_dirty.insert(it.key());
        m_entries.clear();
        m_aging.clear();
    }
    m_source = source;
    connect(source, &HealthSource::connectionAdded, this, &ConnectionMonitor::onAdded);
    connect(source, &HealthSource::connectionRemoved, this, &ConnectionMonitor::onRemoved);
    connect(source, &HealthSource::eventOccurred, this, &ConnectionMonitor::onEvent);
    connect(source, &HealthSource::healthChanged, this, &ConnectionMonitor::markDirty);
    for (const QString &name : source->names())
        onAdded(name);
    Q_EMIT sourceChanged();
    if (!m_dirty.isEmpty())
        m_flushTimer.start();
}

QString ConnectionMonitor::measuredFrom() const {
    return m_source->measuredFrom();
}

const ConnectionHealth &ConnectionMonitor::health(const QString &section) const {
    static const ConnectionHealth none;
    const auto it = m_entries.constFind(section);
    return it == m_entries.cend() ? none : it->health;
}

QList<ConnectionMonitor::Beat> ConnectionMonitor::heartbeat(const QString &section) const {
    const auto it = m_entries.constFind(section);
    return it == m_entries.cend() ? QList<Beat>() : it->beats;
}

const ConnectionStability &ConnectionMonitor::stability(const QString &section) const {
    static const ConnectionStability none;
    const auto it = m_entries.constFind(section);
    return it == m_entries.cend() ? none : it->stability;
}

void ConnectionMonitor::onAdded(const QString &name) {
    m_entries.insert(name, Entry{m_source->health(name), {}, {}});
    markDirty(name);
}

void ConnectionMonitor::onRemoved(const QString &name) {
    m_entries.remove(name);
    m_aging.remove(name);
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
    it->stability.apply(event);
    // A stop asked for by the user has no stage; only a lost connection is a drop.
    if (event.kind == ConnectionEvent::Kind::Disconnected &&
        event.stage != ConnectionHealth::Stage::None) {
        m_aging.insert(event.section);
        if (!m_ageTimer.isActive())
            m_ageTimer.start();
        Q_EMIT connectionDropped(event.section, event.detail);
    }
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
        if (it != m_entries.end())
            it->health = m_source->health(name);
        names.append(name);
    }
    m_dirty.clear();
    Q_EMIT healthUpdated(names);
}

void ConnectionMonitor::age() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_aging.begin(); it != m_aging.end();) {
        const auto entry = m_entries.constFind(*it);
        if (entry == m_entries.cend() || !entry->stability.canChangeWithTime(now)) {
            it = m_aging.erase(it);
            continue;
        }
        markDirty(*it);
        ++it;
    }
    if (!m_aging.isEmpty())
        m_ageTimer.start();
}

} // namespace wscm
