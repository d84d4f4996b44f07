// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConnectionMonitor.h"
#include "net/SectionStatus.h"

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
        ValidRole,      // bool: Asterisk would load the object
        LastRttRole,    // qint64 µs, -1 when none
        HeartbeatRole,  // QList<int> of ConnectionMonitor::Beat, oldest first
        KindTextRole,   // "template" / "other" for the second listing
        StatusKindRole, // int SectionStatus::Kind, for the client listing
        StatusTextRole, // SectionStatus::shortText(): "unstable: ping-timeout, dropped 9×"
    };

    SectionListModel(Listing listing, ConfigSession *session, ConnectionMonitor *monitor,
                     QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    int rowOf(const QString &name) const;
    QString nameAt(int row) const;
    // "2 connected, 1 unstable, 1 retrying, 1 invalid" for the client listing: a section
    // that keeps dropping counts as unstable, never as connected.
    QString summaryText() const;
    // What a client section is doing and why, judged at `now`; the rows' texts, tooltips and
    // accessible names say it with SectionStatus::sentence().
    SectionStatus statusOf(const QString &name, const QDateTime &now) const;

private:
    struct Row {
        QString name;
        bool valid = true;
        bool isTemplate = false;
        // Client rows: how long its connection must stay up to count as holding, whether it
        // runs unsaved edits, and for an invalid one what Asterisk said.
        qint64 holdMs = 0;
        bool runsUnsaved = false;
        SectionStatus invalid;
        // Kept from the last change, so a repaint builds no text.
        SectionStatus::Kind kind = SectionStatus::Kind::NotConnected;
        QString shortText;
    };
    void rebuild();
    void onHealthUpdated(const QStringList &sections);
    SectionStatus statusOf(const Row &row, const QDateTime &now) const;
    void refreshStatus(Row &row, const QDateTime &now) const;

    Listing m_listing;
    ConfigSession *m_session;
    ConnectionMonitor *m_monitor;
    QList<Row> m_rows;
    QHash<QString, int> m_rowByName;
};

} // namespace wscm
