// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QSortFilterProxyModel>

namespace wscm {

// The rows of the event log the user wants to see: those matching the filter text (in any
// column) and, unless asked for, no PONGs. Every connection answers several PINGs a second;
// shown by default, they push the failures out of sight within seconds.
class EventLogFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EventLogFilter(QObject *parent = nullptr);

    bool showsPongs() const { return m_showPongs; }
    void setShowPongs(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showPongs = false;
};

} // namespace wscm
