// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EventLogModel.h"

#include "StatusColors.h"
#include "net/DurationText.h"

#include <utility>

namespace wscm {

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int EventLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::cellText(const ConnectionEvent &event, int column) const {
    switch (column) {
    case TimeColumn:
        return event.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case SectionColumn:
        return event.section;
    case EventColumn: {
        const QString stage = ConnectionHealth::stageName(event.stage);
        const QString kind = ConnectionEvent::kindName(event.kind);
        return stage.isEmpty() ? kind : QStringLiteral("%1 (%2)").arg(kind, stage);
    }
    case DetailColumn:
        if (event.kind == ConnectionEvent::Kind::Pong && event.rttUs >= 0)
            return tr("round trip %1").arg(DurationText::withUnit(event.rttUs, QLocale()));
        return event.detail;
    default:
        return QString();
    }
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const ConnectionEvent &event = m_events.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return cellText(event, index.column());
    if (role == KindRole)
        return int(event.kind);
    if (role == Qt::ForegroundRole && index.column() == EventColumn) {
        switch (event.kind) {
        case ConnectionEvent::Kind::Connected:
            return StatusColors::good();
        case ConnectionEvent::Kind::Error:
        case ConnectionEvent::Kind::GaveUp:
        case ConnectionEvent::Kind::PingMissed:
            return StatusColors::bad();
        case ConnectionEvent::Kind::Disconnected:
        case ConnectionEvent::Kind::Retrying:
            return StatusColors::busy();
        default:
            return {};
        }
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SectionColumn:
        return tr("Section");
    case EventColumn:
        return tr("Event");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

void EventLogModel::append(const ConnectionEvent &event) {
    appendAll({event});
}

void EventLogModel::appendSoon(const ConnectionEvent &event) {
    if (m_pending.isEmpty())
        QMetaObject::invokeMethod(this, &EventLogModel::appendPending, Qt::QueuedConnection);
    m_pending.append(event);
}

void EventLogModel::appendPending() {
    appendAll(std::exchange(m_pending, {}));
}

void EventLogModel::appendAll(QList<ConnectionEvent> events) {
    if (events.isEmpty())
        return;
    if (events.size() > MaxRows)
        events.remove(0, events.size() - MaxRows);
    if (const qsizetype over = m_events.size() + events.size() - MaxRows; over > 0) {
        // Drop the oldest tenth (or all the new rows need) at once: one cheap model change
        // instead of one per event.
        const int drop = int(qMin(m_events.size(), qMax<qsizetype>(MaxRows / 10, over)));
        beginRemoveRows({}, 0, drop - 1);
        m_events.remove(0, drop);
        endRemoveRows();
    }
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(events.size()) - 1);
    m_events.append(std::move(events));
    endInsertRows();
}

void EventLogModel::clear() {
    // What waits for appendSoon() is older than the clearing.
    m_pending.clear();
    beginResetModel();
    m_events.clear();
    endResetModel();
}

QString EventLogModel::textOf(const QList<int> &rows) const {
    QStringList lines;
    for (int row : rows) {
        if (row < 0 || row >= m_events.size())
            continue;
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(cellText(m_events.at(row), column));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace wscm
