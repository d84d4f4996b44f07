// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EventLogDock.h"

#include "EventLogFilter.h"
#include "EventLogModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wscm {

EventLogDock::EventLogDock(EventLogModel *model, QWidget *parent)
    : QDockWidget(tr("Event log"), parent)
    , m_model(model)
    , m_proxy(new EventLogFilter(this))
    , m_filter(new QLineEdit)
    , m_showPongs(new QCheckBox(tr("Show &PONGs")))
    , m_view(new QTableView) {
    setObjectName(QStringLiteral("eventLog"));
    m_proxy->setSourceModel(model);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter events (section, event or detail)"));
    m_filter->setAccessibleName(tr("Filter events"));
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_filter, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_showPongs->setChecked(m_proxy->showsPongs());
    m_showPongs->setToolTip(tr("Every answered PING, several a second for each connection"));
    filters->addWidget(m_showPongs);
    connect(m_showPongs, &QCheckBox::toggled, m_proxy, &EventLogFilter::setShowPongs);
    layout->addLayout(filters);

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

    // Whether to follow is decided where the user scrolls (or the view clamps the scroll bar),
    // not when rows arrive: rows arriving, or a filter changing, move the bottom away from a
    // view that was following, which must then catch up rather than stop.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_following = value >= bar->maximum(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EventLogDock::followSoon);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EventLogDock::followSoon);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventLogDock::followSoon);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventLogDock::followSoon);
}

// Once per turn of the event loop, however many changes came: the view lays its rows out
// once, not once per event.
void EventLogDock::followSoon() {
    if (!m_following || m_followPending)
        return;
    m_followPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_followPending = false;
            if (m_following)
                m_view->scrollToBottom();
        },
        Qt::QueuedConnection);
}

QSize EventLogDock::sizeHint() const {
    QSize hint = QDockWidget::sizeHint();
    const int rows = m_view->horizontalHeader()->sizeHint().height() +
                     DefaultRows * m_view->verticalHeader()->defaultSectionSize() +
                     2 * m_view->frameWidth();
    hint.setHeight(hint.height() - m_view->sizeHint().height() + rows);
    return hint;
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
