// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace wscm {

class ConfigSession;
struct ConsumerResult;

// What uses a client, from ari.conf and extensions.conf beside the open file: each ARI
// outbound websocket and dial string that names it, one button a use that opens its file at
// its line (NeighbourViewer); or that nothing does, or why the files could not be read.
class UsedByList : public QWidget {
    Q_OBJECT
public:
    explicit UsedByList(ConfigSession *session, QWidget *parent = nullptr);

    void setSection(const QString &section);
    // The entries' texts, one a line, then the note below them; for tests and screen readers.
    QString text() const;
    QList<QPushButton *> entries() const;
    // "ARI outbound websocket voicebot (apps: voicebot), 2 dial strings in extensions.conf":
    // what goes down with the client `id`; empty when nothing in the files uses it.
    static QString usersSummary(const ConsumerResult &consumers, const QByteArray &id);

Q_SIGNALS:
    // The user asked to see `path` (a neighbour or a file it includes) at `line`.
    void openRequested(const QString &path, int line);

private:
    void refresh();
    QPushButton *entry(int index);

    ConfigSession *m_session;
    QString m_section;
    QVBoxLayout *m_entriesLayout;
    QList<QPushButton *> m_entries; // reused: a focused entry keeps the focus on re-analysis
    QList<QPair<QString, int>> m_targets;
    int m_shown = 0;
    QLabel *m_note;
};

} // namespace wscm
