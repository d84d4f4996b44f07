// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "DocumentEditCommand.h"

#include "ConfigSession.h"

namespace wscm {

namespace {
constexpr int mergeableId = 0x77736d;
}

DocumentEditCommand::DocumentEditCommand(ConfigSession *session, const QString &text,
                                         QByteArray before, QByteArray after, QString mergeKey)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey)) {}

void DocumentEditCommand::undo() {
    m_session->restoreBytes(m_before);
}

void DocumentEditCommand::redo() {
    m_session->restoreBytes(m_after);
}

int DocumentEditCommand::id() const {
    return m_mergeKey.isEmpty() ? -1 : mergeableId;
}

bool DocumentEditCommand::mergeWith(const QUndoCommand *other) {
    const auto *next = static_cast<const DocumentEditCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_before != m_after)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace wscm
