// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EventLogFilter.h"

#include "EventLogModel.h"

namespace wscm {

EventLogFilter::EventLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void EventLogFilter::setShowPongs(bool show) {
    if (show == m_showPongs)
        return;
    m_showPongs = show;
    invalidateRowsFilter();
}

bool EventLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!m_showPongs) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(EventLogModel::KindRole).toInt() == int(ConnectionEvent::Kind::Pong))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace wscm
