// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConnectionMonitor.h"

#include <QAbstractListModel>
#include <QHash>

namespace wscm {

class ConfigSession;

// The sections of the open file for the left-hand lists: either the client objects (with
// their live state) or everything else (templates and sections of other tools).
class SectionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Listing { Clients, Others };
    enum Role {
        NameRole = Qt::UserRole + 1,
        ValidRole,     // bool: Asterisk would load the object
        StateRole,     // int ConnectionHealth::State, or -1 without a live connection
        LastRttRole,   // qint64 µs, -1 when none
        HeartbeatRole, // QList<int> of ConnectionMonitor::Beat, oldest first
        KindTextRole,  // "template" / "other" for the second listing
    };

    SectionListModel(Listing listing, ConfigSession *session, ConnectionMonitor *monitor,
                     QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    int rowOf(const QString &name) const;
    QString nameAt(int row) const;
    // "3 connected, 1 retrying, 1 invalid" for the client listing.
    QString summaryText() const;

private:
    struct Row {
        QString name;
        bool valid = true;
        bool isTemplate = false;
    };
    void rebuild();
    void onHealthUpdated(const QStringList &sections);

    Listing m_listing;
    ConfigSession *m_session;
    ConnectionMonitor *m_monitor;
    QList<Row> m_rows;
    QHash<QString, int> m_rowByName;
};

} // namespace wscm
