// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SaveConflictDialog.h"

#include "SaveDiffDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextEdit>
#include <QVBoxLayout>

namespace wscm {

SaveConflictDialog::SaveConflictDialog(const UserPrompts::SaveConflict &conflict, QWidget *parent)
    : QDialog(parent) {
    const bool mergeable = conflict.conflicts.isEmpty();
    setWindowTitle(tr("%1 was changed").arg(conflict.fileName));
    auto *layout = new QVBoxLayout(this);
    const QString changed =
        tr("%1 was changed by someone else since you opened it.").arg(conflict.fileName);
    auto *intro = new QLabel(
        mergeable
            ? changed + QLatin1Char(' ') +
                  tr("Your edits can be reapplied to their version: only the lines you changed "
                     "are written, theirs stay as they are.")
            : changed + QLatin1Char(' ') +
                  tr("You both changed the same lines, so your edits cannot be reapplied to "
                     "their version. Overwrite it with yours, or cancel and reload the file "
                     "(File › Revert) to make your edits again."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *tabs = new QTabWidget(this);
    if (mergeable) {
        tabs->addTab(SaveDiffDialog::diffView(conflict.reapplyDiff,
                                              tr("Changes with your edits reapplied"), this),
                     tr("&Merged"));
    } else {
        tabs->addTab(
            SaveDiffDialog::diffView(conflict.conflicts, tr("Lines changed on both sides"), this),
            tr("Con&flicts"));
    }
    tabs->addTab(
        SaveDiffDialog::diffView(conflict.overwriteDiff, tr("Changes if overwritten"), this),
        tr("&If overwritten"));
    layout->addWidget(tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    const auto choose = [this](UserPrompts::ConflictChoice choice) {
        m_choice = choice;
        accept();
    };
    if (mergeable) {
        QPushButton *reapply =
            buttons->addButton(tr("&Reapply my edits and save"), QDialogButtonBox::AcceptRole);
        reapply->setDefault(true);
        connect(reapply, &QPushButton::clicked, this,
                [choose] { choose(UserPrompts::ConflictChoice::Reapply); });
    } else {
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    }
    QPushButton *overwrite =
        buttons->addButton(tr("&Overwrite their changes"), QDialogButtonBox::DestructiveRole);
    connect(overwrite, &QPushButton::clicked, this,
            [choose] { choose(UserPrompts::ConflictChoice::Overwrite); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 26);
}

} // namespace wscm
