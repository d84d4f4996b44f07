// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EventLogDock.h"

#include "EventLogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wscm {

EventLogDock::EventLogDock(EventLogModel *model, QWidget *parent)
    : QDockWidget(tr("Event log"), parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_view(new QTableView) {
    setObjectName(QStringLiteral("eventLog"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setPlaceholderText(tr("Filter events (section, event or detail)"));
    m_filter->setAccessibleName(tr("Filter events"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Connection events"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(EventLogModel::TimeColumn, charWidth * 17);
    m_view->setColumnWidth(EventLogModel::SectionColumn, charWidth * 18);
    m_view->setColumnWidth(EventLogModel::EventColumn, charWidth * 22);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 5 / 4);
    layout->addWidget(m_view);
    setWidget(content);

    auto *copy = new QAction(tr("&Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &EventLogDock::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Follow new events while the view is at the bottom; leave it alone when scrolled up.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QMetaObject::invokeMethod(m_view, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
}

QString EventLogDock::selectedText() const {
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return m_model->textOf(rows);
}

void EventLogDock::copySelection() {
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

} // namespace wscm
