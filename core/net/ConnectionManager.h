#pragma once

#include "ConnectionEvent.h"
#include "config/ClientSettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace wscm {

class Connection;

// The live connections of one document, one per valid client section, keyed by section name.
class ConnectionManager : public QObject {
    Q_OBJECT
public:
    explicit ConnectionManager(QObject *parent = nullptr);

    // Makes the set of connections match `sections`: adds new sections (started when the
    // manager runs all), removes gone ones, and reconnects exactly the sections whose settings
    // changed — Asterisk reconnects on a change of any option.
    void update(const QList<ClientSettings> &sections);

    QStringList names() const;
    Connection *connection(const QString &name) const;

public Q_SLOTS:
    void start(const QString &name);
    void stop(const QString &name);
    void startAll();
    void stopAll();

Q_SIGNALS:
    void eventOccurred(const wscm::ConnectionEvent &event);
    void connectionAdded(const QString &name);
    void connectionRemoved(const QString &name);
    void connectionUpdated(const QString &name);

private:
    Connection *add(const ClientSettings &settings);

    QList<Connection *> m_connections; // children of this, in section order
    // Looked up on every event: with 1,000 connections a linear search costs more than the
    // event itself.
    QHash<QString, Connection *> m_byName;
    bool m_runAll = false;
};

} // namespace wscm
