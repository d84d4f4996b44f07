// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QDockWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace wscm {

class EventLogModel;

// The event log under the main area: a filter box (matching any column), the table, and
// copying of the selected rows (Ctrl+C or the context menu).
class EventLogDock : public QDockWidget {
    Q_OBJECT
public:
    EventLogDock(EventLogModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // The text Copy puts on the clipboard for the current selection.
    QString selectedText() const;

public Q_SLOTS:
    void copySelection();

private:
    EventLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};

} // namespace wscm
