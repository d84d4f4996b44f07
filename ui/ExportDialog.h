// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace wscm {

// Where to export a copy of the config, and whether to replace its secrets by a placeholder
// (the default, since exports are usually meant to be shared).
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString &suggestedPath, QWidget *parent = nullptr);
    QString path() const;
    bool redactSecrets() const;

private:
    QLineEdit *m_path;
    QCheckBox *m_redact;
};

} // namespace wscm
