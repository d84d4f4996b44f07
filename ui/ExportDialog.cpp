// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace wscm {

ExportDialog::ExportDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_redact(new QCheckBox(tr("&Redact secrets (password, proxy_password, passwords in URIs)"),
                             this)) {
    setWindowTitle(tr("Export"));
    auto *form = new QFormLayout(this);
    auto *row = new QHBoxLayout;
    m_path->setAccessibleName(tr("Export to file"));
    row->addWidget(m_path, 1);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Browse for the export file"));
    row->addWidget(browse);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    form->addRow(label, row);
    m_redact->setChecked(true);
    form->addRow(m_redact);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text());
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    connect(m_path, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

QString ExportDialog::path() const {
    return m_path->text().trimmed();
}

bool ExportDialog::redactSecrets() const {
    return m_redact->isChecked();
}

} // namespace wscm
