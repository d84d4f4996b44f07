// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QUndoCommand>

namespace wscm {

class ConfigSession;

// One undoable edit: the document's bytes before and after. Holding whole snapshots
// (shared, copy-on-write) keeps undo exact whatever the edit was: a field, a rename, a
// raw-text change.
class DocumentEditCommand : public QUndoCommand {
public:
    DocumentEditCommand(ConfigSession *session, const QString &text, QByteArray before,
                        QByteArray after, QString mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    // Typing into one field gives one undo step, not one per key press.
    bool mergeWith(const QUndoCommand *other) override;

private:
    ConfigSession *m_session;
    QByteArray m_before;
    QByteArray m_after;
    QString m_mergeKey;
};

} // namespace wscm
