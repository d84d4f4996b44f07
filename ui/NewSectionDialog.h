// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace wscm {

// Name and kind of a section to add: a client or a template, optionally based on a
// template.
class NewSectionDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        QString name;
        bool isTemplate = false;
        QString baseTemplate; // empty for none
    };

    NewSectionDialog(const QStringList &templates, QWidget *parent = nullptr);
    Choice choice() const;

private:
    QLineEdit *m_name;
    QCheckBox *m_isTemplate;
    QComboBox *m_base;
};

} // namespace wscm
