// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "net/ConnectionEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace wscm {

// The connection events as a table (time, section, event, detail), newest last, keeping
// the most recent ones only so that a long session does not grow without bound.
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, SectionColumn, EventColumn, DetailColumn, ColumnCount };
    // The event's ConnectionEvent::Kind as an int, in every column (for filters).
    static constexpr int KindRole = Qt::UserRole;
    static constexpr int MaxRows = 10000;

    explicit EventLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Tab-separated lines of the given rows, for the clipboard.
    QString textOf(const QList<int> &rows) const;

public Q_SLOTS:
    void append(const wscm::ConnectionEvent &event);
    // Appends the event together with the others of this event-loop turn: a thousand
    // connections' PONGs make one row insertion (one update of the views and their filters)
    // instead of a thousand.
    void appendSoon(const wscm::ConnectionEvent &event);
    void clear();

private:
    QString cellText(const ConnectionEvent &event, int column) const;
    void appendAll(QList<ConnectionEvent> events);
    void appendPending();

    QList<ConnectionEvent> m_events;
    QList<ConnectionEvent> m_pending; // for appendSoon()
};

} // namespace wscm
