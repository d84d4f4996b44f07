// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QDockWidget>

class QCheckBox;
class QLineEdit;
class QTableView;

namespace wscm {

class EventLogFilter;
class EventLogModel;

// The event log under the main area: a filter box (matching any column), a check box for
// the PONGs (hidden by default), the table, and copying of the selected rows (Ctrl+C or the
// context menu). The table follows new events unless the user scrolled up; back at the
// bottom, it follows again.
class EventLogDock : public QDockWidget {
    Q_OBJECT
public:
    // The rows the log shows without the user resizing it.
    static constexpr int DefaultRows = 10;

    EventLogDock(EventLogModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *showPongsBox() const { return m_showPongs; }
    // Whether new events scroll into view (the user has not scrolled up).
    bool isFollowing() const { return m_following; }
    // Room for DefaultRows rows besides the filter, the header and the title.
    QSize sizeHint() const override;
    // The text Copy puts on the clipboard for the current selection.
    QString selectedText() const;

public Q_SLOTS:
    void copySelection();

private:
    void followSoon();

    EventLogModel *m_model;
    EventLogFilter *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_showPongs;
    QTableView *m_view;
    bool m_following = true;
    bool m_followPending = false;
};

} // namespace wscm
