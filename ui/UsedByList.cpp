// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "UsedByList.h"

#include "ConfigSession.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wscm {

namespace {
// A long dial string is shortened in its middle: its id and its end both matter.
constexpr int maxDialChars = 60;
constexpr int maxEntries = 8;

QString shortDial(const QString &text) {
    if (text.size() <= maxDialChars)
        return text;
    return text.left(maxDialChars / 2) + QStringLiteral("…") + text.right(maxDialChars / 2 - 1);
}
} // namespace

UsedByList::UsedByList(ConfigSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_entriesLayout(new QVBoxLayout)
    , m_note(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    auto *heading = new QLabel(tr("Used by:"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_entriesLayout->setSpacing(0);
    layout->addLayout(m_entriesLayout);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setAccessibleName(tr("Used by"));
    layout->addWidget(m_note);
    connect(session, &ConfigSession::analysisUpdated, this, &UsedByList::refresh);
}

void UsedByList::setSection(const QString &section) {
    m_section = section;
    refresh();
}

QList<QPushButton *> UsedByList::entries() const {
    return m_entries.mid(0, m_shown);
}

QString UsedByList::text() const {
    QStringList lines;
    for (const QPushButton *b : entries())
        lines << QString(b->text()).replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (!m_note->isHidden())
        lines << m_note->text();
    return lines.join(QLatin1Char('\n'));
}

QPushButton *UsedByList::entry(int index) {
    while (m_entries.size() <= index) {
        auto *button = new QPushButton(this);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        // A row of text in the link colour, not a centred push button: the uses read as a
        // list of places to go. The frame shows where the keyboard focus is.
        button->setStyleSheet(QStringLiteral(
            "QPushButton { text-align: left; padding: 2px 6px; color: palette(link); "
            "border: 1px solid transparent; border-radius: 3px; }"
            "QPushButton:focus, QPushButton:hover { border-color: palette(highlight); }"));
        const int i = int(m_entries.size());
        connect(button, &QPushButton::clicked, this, [this, i] {
            if (i < m_targets.size())
                Q_EMIT openRequested(m_targets.at(i).first, m_targets.at(i).second);
        });
        m_entriesLayout->addWidget(button);
        m_entries.append(button);
    }
    return m_entries.at(index);
}

QString UsedByList::usersSummary(const ConsumerResult &consumers, const QByteArray &id) {
    QStringList parts;
    for (const OutboundWebsocket &o : consumers.outboundWebsocketsOf(id)) {
        parts << (o.status == OutboundWebsocket::Status::Invalid
                      ? tr("ARI outbound websocket %1 (already INVALID)")
                      : tr("ARI outbound websocket %1 (apps: %2)"))
                     .arg(QString::fromUtf8(o.id), QString::fromUtf8(o.apps));
    }
    QMap<QString, int> dials; // file name → dial strings
    for (const ClientUse &u : consumers.usedBy(id)) {
        if (u.kind == ClientUse::Kind::Dialplan)
            ++dials[QFileInfo(u.file).fileName()];
    }
    for (auto it = dials.cbegin(); it != dials.cend(); ++it)
        parts << (it.value() == 1 ? tr("1 dial string in %1").arg(it.key())
                                  : tr("%1 dial strings in %2").arg(it.value()).arg(it.key()));
    return parts.join(QStringLiteral(", "));
}

void UsedByList::refresh() {
    const ClientObject *object =
        m_section.isEmpty() ? nullptr : m_session->check().object(m_section);
    setVisible(object != nullptr);
    m_targets.clear();
    m_shown = 0;
    QStringList notes;
    if (object) {
        const ConsumerResult &consumers = m_session->consumers();
        const QList<ClientUse> uses = consumers.usedBy(object->id);
        const QList<OutboundWebsocket> owcs = consumers.outboundWebsocketsOf(object->id);
        for (const ClientUse &u : uses) {
            if (m_shown == maxEntries)
                break;
            const QString where =
                QStringLiteral("%1:%2").arg(QFileInfo(u.file).fileName()).arg(u.line);
            QString text, spoken;
            if (u.kind == ClientUse::Kind::Ari) {
                QString apps;
                for (const OutboundWebsocket &o : owcs) {
                    if (QString::fromUtf8(o.id) == u.name && o.file == u.file)
                        apps = QString::fromUtf8(o.apps);
                }
                text =
                    apps.isEmpty()
                        ? tr("ARI outbound websocket “%1” (%2)").arg(u.name, where)
                        : tr("ARI outbound websocket “%1”, apps %2 (%3)").arg(u.name, apps, where);
                spoken = tr("Open %1 at line %2: ARI outbound websocket %3")
                             .arg(QFileInfo(u.file).fileName())
                             .arg(u.line)
                             .arg(u.name);
            } else {
                text = tr("%1 [%2] %3").arg(where, u.name, shortDial(u.text));
                spoken = tr("Open %1 at line %2: dial string %3 in context %4")
                             .arg(QFileInfo(u.file).fileName())
                             .arg(u.line)
                             .arg(u.text, u.name);
            }
            QPushButton *button = entry(m_shown++);
            // An '&' in a dial string is text, not a mnemonic.
            button->setText(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")));
            button->setAccessibleName(spoken);
            button->setToolTip(tr("Open %1 at line %2 (read-only)").arg(u.file).arg(u.line));
            button->show();
            m_targets.append({u.file, u.line});
        }
        if (uses.size() > m_shown)
            notes << tr("… and %1 more").arg(uses.size() - m_shown);
        const NeighbourFiles &n = m_session->neighbours();
        for (const NeighbourFiles::File *f : {&n.ari, &n.dialplan}) {
            if (f->exists && !f->read)
                notes
                    << tr("%1 could not be read: %2").arg(QFileInfo(f->path).fileName(), f->reason);
        }
        if (uses.isEmpty()) {
            if (n.ari.read || n.dialplan.read)
                notes.prepend(tr("Nothing in ari.conf or extensions.conf uses this client. ARI "
                                 "externalMedia may still name it at run time."));
            else
                notes.prepend(tr("No ari.conf or extensions.conf beside this file: what uses this "
                                 "client is not known here (ARI externalMedia may still name it at "
                                 "run time)."));
        }
    }
    for (int i = m_shown; i < m_entries.size(); ++i)
        m_entries.at(i)->hide();
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
}

} // namespace wscm
