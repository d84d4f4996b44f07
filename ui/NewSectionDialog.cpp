// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "NewSectionDialog.h"

#include "config/ConfigDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace wscm {

NewSectionDialog::NewSectionDialog(const QStringList &templates, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_isTemplate(new QCheckBox(tr("&Template"), this))
    , m_base(new QComboBox(this)) {
    setWindowTitle(tr("Add section"));
    auto *form = new QFormLayout(this);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    m_name->setAccessibleName(tr("Section name"));
    form->addRow(nameLabel, m_name);
    m_isTemplate->setToolTip(tr("A template is never a connection itself; other sections "
                                "inherit its options"));
    form->addRow(m_isTemplate);
    m_base->addItem(tr("(none)"), QString());
    for (const QString &t : templates)
        m_base->addItem(t, t);
    m_base->setAccessibleName(tr("Based on template"));
    auto *baseLabel = new QLabel(tr("&Based on:"), this);
    baseLabel->setBuddy(m_base);
    form->addRow(baseLabel, m_base);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this, [ok](const QString &text) {
        ok->setEnabled(ConfigDocument::isValidSectionName(text.trimmed().toUtf8()));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NewSectionDialog::Choice NewSectionDialog::choice() const {
    return {m_name->text().trimmed(), m_isTemplate->isChecked(), m_base->currentData().toString()};
}

} // namespace wscm
