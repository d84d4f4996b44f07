// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "UserPrompts.h"

#include <QDialog>

namespace wscm {

// Someone else changed the file since it was read: reapply the user's edits to their version
// (when no line was changed on both sides), overwrite their version, or save nothing. Each
// way that writes shows beforehand what it changes in the file as it is now.
class SaveConflictDialog : public QDialog {
    Q_OBJECT
public:
    SaveConflictDialog(const UserPrompts::SaveConflict &conflict, QWidget *parent = nullptr);
    // Cancel until a button was clicked.
    UserPrompts::ConflictChoice choice() const { return m_choice; }

private:
    UserPrompts::ConflictChoice m_choice = UserPrompts::ConflictChoice::Cancel;
};

} // namespace wscm
