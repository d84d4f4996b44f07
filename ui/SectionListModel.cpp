// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SectionListModel.h"

#include "ConfigSession.h"
#include "net/ConnectionStability.h"

#include <QHash>
#include <QPair>
#include <QSet>

namespace wscm {

SectionListModel::SectionListModel(Listing listing, ConfigSession *session,
                                   ConnectionMonitor *monitor, QObject *parent)
    : QAbstractListModel(parent)
    , m_listing(listing)
    , m_session(session)
    , m_monitor(monitor) {
    connect(session, &ConfigSession::analysisUpdated, this, &SectionListModel::rebuild);
    // What runs (the saved file, or edits being tried) decides the hold and the label.
    connect(session, &ConfigSession::clientsToRunChanged, this, &SectionListModel::rebuild);
    connect(session, &ConfigSession::runsUnsavedChanged, this, &SectionListModel::rebuild);
    connect(monitor, &ConnectionMonitor::healthUpdated, this, &SectionListModel::onHealthUpdated);
    rebuild();
}

void SectionListModel::rebuild() {
    QList<Row> rows;
    const CheckResult &check = m_session->check();
    QSet<QString> clients;
    for (const ClientObject &object : check.objects)
        clients.insert(object.name);
    if (m_listing == Listing::Clients) {
        // Each section's first error and how many it has; a file Asterisk rejects as a whole
        // takes every section with it, for the reason that error gives.
        QHash<QString, QPair<const Diagnostic *, int>> errors;
        const Diagnostic *fileError = nullptr;
        for (const Diagnostic &d : check.diagnostics) {
            if (!d.isError())
                continue;
            if (d.rejectsFile && !fileError)
                fileError = &d;
            auto &entry = errors[d.section];
            if (!entry.first)
                entry.first = &d;
            ++entry.second;
        }
        QHash<QString, qint64> running;
        for (const ClientSettings &settings : m_session->clientsToRun())
            running.insert(settings.name, ConnectionStability::holdMs(settings));
        const QStringList unsavedList = m_session->sectionsRunningUnsaved();
        const QSet<QString> unsaved(unsavedList.cbegin(), unsavedList.cend());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ClientObject &object : check.objects) {
            Row row;
            row.name = object.name;
            row.valid = object.valid;
            row.holdMs = running.value(object.name, ConnectionStability::holdMs(object.settings));
            row.runsUnsaved = unsaved.contains(object.name);
            if (!object.valid) {
                const auto found = errors.constFind(object.name);
                row.invalid = found != errors.cend() && !object.objectValid
                                  ? SectionStatus::ofInvalid(found->first, found->second)
                                  : SectionStatus::ofInvalid(fileError, fileError ? 1 : 0);
            }
            refreshStatus(row, now);
            rows.append(row);
        }
    } else {
        QSet<QString> seen;
        for (const ResolvedConfig::Category &category : m_session->resolved().categories()) {
            const QString name = QString::fromUtf8(category.name);
            if ((!category.isTemplate && clients.contains(name)) || seen.contains(name))
                continue;
            seen.insert(name);
            Row row;
            row.name = name;
            row.isTemplate = category.isTemplate;
            rows.append(row);
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &name : sections) {
        const int row = rowOf(name);
        if (row < 0)
            continue;
        if (m_listing == Listing::Clients)
            refreshStatus(m_rows[row], now);
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
        // Asked for when shown or read, not on every repaint: times as of now.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const SectionStatus status = statusOf(row, now);
        const QString sentence = status.sentence(row.name, now);
        const QString hint = status.hint();
        if (role == Qt::AccessibleTextRole || hint.isEmpty())
            return sentence;
        return tr("%1\n%2").arg(sentence, hint);
    }
    case Qt::AccessibleDescriptionRole:
        if (m_listing == Listing::Clients)
            return statusOf(row, QDateTime::currentDateTimeUtc()).hint();
        return {};
    case StatusKindRole:
        return int(row.kind);
    case StatusTextRole:
        return row.shortText;
    case ValidRole:
        return row.valid;
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

SectionStatus SectionListModel::statusOf(const QString &name, const QDateTime &now) const {
    const int row = rowOf(name);
    return row < 0 || m_listing != Listing::Clients ? SectionStatus()
                                                    : statusOf(m_rows.at(row), now);
}

SectionStatus SectionListModel::statusOf(const Row &row, const QDateTime &now) const {
    if (!row.valid)
        return row.invalid;
    if (!m_monitor->hasConnection(row.name))
        return SectionStatus();
    SectionStatus status = SectionStatus::ofConnection(
        m_monitor->health(row.name), m_monitor->stability(row.name), row.holdMs, now);
    status.runsUnsaved = row.runsUnsaved && status.kind != SectionStatus::Kind::NotConnected;
    return status;
}

void SectionListModel::refreshStatus(Row &row, const QDateTime &now) const {
    const SectionStatus status = statusOf(row, now);
    row.kind = status.kind;
    row.shortText = status.shortText();
}

QString SectionListModel::summaryText() const {
    using Kind = SectionStatus::Kind;
    int connected = 0;
    int unstable = 0;
    int connecting = 0;
    int retrying = 0;
    int failed = 0;
    int invalid = 0;
    int idle = 0;
    for (const Row &row : m_rows) {
        switch (row.kind) {
        case Kind::Connected:
            ++connected;
            break;
        case Kind::Unstable:
            ++unstable;
            break;
        case Kind::Connecting:
            ++connecting;
            break;
        case Kind::Retrying:
            ++retrying;
            break;
        case Kind::GaveUp:
            ++failed;
            break;
        case Kind::Invalid:
            ++invalid;
            break;
        case Kind::NotConnected:
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
    add(unstable, tr("%n unstable", nullptr, unstable));
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
