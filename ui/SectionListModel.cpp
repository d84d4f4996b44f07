// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SectionListModel.h"

#include "ConfigSession.h"

#include <QSet>

namespace wscm {

SectionListModel::SectionListModel(Listing listing, ConfigSession *session,
                                   ConnectionMonitor *monitor, QObject *parent)
    : QAbstractListModel(parent)
    , m_listing(listing)
    , m_session(session)
    , m_monitor(monitor) {
    connect(session, &ConfigSession::analysisUpdated, this, &SectionListModel::rebuild);
    connect(monitor, &ConnectionMonitor::healthUpdated, this, &SectionListModel::onHealthUpdated);
    rebuild();
}

void SectionListModel::rebuild() {
    QList<Row> rows;
    QSet<QString> clients;
    for (const ClientObject &object : m_session->check().objects)
        clients.insert(object.name);
    if (m_listing == Listing::Clients) {
        for (const ClientObject &object : m_session->check().objects)
            rows.append({object.name, object.valid, false});
    } else {
        QSet<QString> seen;
        for (const ResolvedConfig::Category &category : m_session->resolved().categories()) {
            const QString name = QString::fromUtf8(category.name);
            if ((!category.isTemplate && clients.contains(name)) || seen.contains(name))
                continue;
            seen.insert(name);
            rows.append({name, true, category.isTemplate});
        }
    }

    const bool sameShape = rows.size() == m_rows.size() &&
                           std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                      [](const Row &a, const Row &b) { return a.name == b.name; });
    // Most changes are edits inside a section: keep the rows (and the selection) and only
    // repaint, instead of resetting a list of a thousand sections on every key press.
    if (sameShape) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_rowByName.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByName.insert(m_rows.at(i).name, i);
    endResetModel();
}

void SectionListModel::onHealthUpdated(const QStringList &sections) {
    // One change over the rows concerned, not one per row: with a thousand live connections
    // the view would otherwise work out a thousand regions to repaint, ten times a second.
    int first = int(m_rows.size());
    int last = -1;
    for (const QString &name : sections) {
        const int row = rowOf(name);
        if (row < 0)
            continue;
        first = qMin(first, row);
        last = qMax(last, row);
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first), index(last));
}

int SectionListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SectionListModel::rowOf(const QString &name) const {
    return m_rowByName.value(name, -1);
}

QString SectionListModel::nameAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

QVariant SectionListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool live = m_listing == Listing::Clients && m_monitor->hasConnection(row.name);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        if (m_listing == Listing::Others)
            return row.isTemplate ? tr("%1 (template)").arg(row.name)
                                  : tr("%1 (not a websocket client)").arg(row.name);
        if (!row.valid)
            return tr("%1: invalid, Asterisk would not load it").arg(row.name);
        if (!live)
            return tr("%1: not connected").arg(row.name);
        return tr("%1: %2").arg(row.name,
                                ConnectionHealth::stateName(m_monitor->health(row.name).state));
    }
    case ValidRole:
        return row.valid;
    case StateRole:
        return live ? int(m_monitor->health(row.name).state) : -1;
    case LastRttRole:
        return live ? m_monitor->health(row.name).lastRttUs : qint64(-1);
    case HeartbeatRole: {
        QList<int> beats;
        if (live) {
            for (ConnectionMonitor::Beat beat : m_monitor->heartbeat(row.name))
                beats.append(int(beat));
        }
        return QVariant::fromValue(beats);
    }
    case KindTextRole:
        if (m_listing == Listing::Clients)
            return QString();
        return row.isTemplate ? tr("template") : tr("other");
    default:
        return {};
    }
}

QString SectionListModel::summaryText() const {
    int connected = 0;
    int connecting = 0;
    int retrying = 0;
    int failed = 0;
    int invalid = 0;
    int idle = 0;
    for (const Row &row : m_rows) {
        if (!row.valid) {
            ++invalid;
            continue;
        }
        if (!m_monitor->hasConnection(row.name)) {
            ++idle;
            continue;
        }
        switch (m_monitor->health(row.name).state) {
        case ConnectionHealth::State::Connected:
            ++connected;
            break;
        case ConnectionHealth::State::Connecting:
            ++connecting;
            break;
        case ConnectionHealth::State::Retrying:
            ++retrying;
            break;
        case ConnectionHealth::State::GaveUp:
            ++failed;
            break;
        case ConnectionHealth::State::Idle:
        case ConnectionHealth::State::Stopped:
            ++idle;
            break;
        }
    }
    QStringList parts;
    const auto add = [&parts](int count, const QString &text) {
        if (count > 0)
            parts.append(text);
    };
    add(connected, tr("%n connected", nullptr, connected));
    add(connecting, tr("%n connecting", nullptr, connecting));
    add(retrying, tr("%n retrying", nullptr, retrying));
    add(failed, tr("%n gave up", nullptr, failed));
    add(idle, tr("%n not connected", nullptr, idle));
    add(invalid, tr("%n invalid", nullptr, invalid));
    if (parts.isEmpty())
        return tr("No websocket client sections");
    return parts.join(tr(", "));
}

} // namespace wscm
