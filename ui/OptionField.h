// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "config/Diagnostic.h"
#include "config/EffectiveOptions.h"
#include "schema/OptionSchema.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace wscm {

// The editor of one option, chosen by its kind in the schema: a line edit (with its unit),
// a password field with a reveal button, a choice, a check box or a path with a browse
// button. Around it: where the value comes from (this section, a template, the default),
// buttons to override an inherited value or clear this section's own, and the validator's
// findings for the option.
class OptionField : public QWidget {
    Q_OBJECT
public:
    explicit OptionField(const OptionSpec &spec, QWidget *parent = nullptr);

    const OptionSpec &spec() const { return m_spec; }
    QWidget *editor() const { return m_editor; }
    // Shows `value`; a field being typed into keeps its text unless `force`.
    void showValue(const EffectiveValue &value, bool force);
    void showDiagnostics(const QList<Diagnostic> &diagnostics);
    // An edit the document refused (for example a value ending in a blank).
    void showEditError(const QString &message);
    // What the field says under the editor (edit errors and diagnostics), as plain text.
    QString messageText() const { return m_messageText; }
    // The bool this field edits (for enabling dependents before the next analysis).
    bool isChecked() const;

Q_SIGNALS:
    // The user changed the value; an empty text means "not set in this section".
    void valueEdited(const QString &value);
    void clearRequested();
    void overrideRequested(const QString &inheritedValue);

private:
    QWidget *buildEditor();
    void setEditorText(const QString &text);
    QString editorText() const;
    void setPlaceholder(const QString &text);
    void updateMessages();

    const OptionSpec &m_spec;
    QWidget *m_editor = nullptr;
    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QLabel *m_origin;
    QToolButton *m_reveal = nullptr; // secrets and URIs
    bool m_revealed = false;
    QString m_text; // the value being edited, which a masked URI field does not show
    QToolButton *m_override;
    QToolButton *m_clear;
    QLabel *m_messages;
    QString m_inheritedValue;
    QString m_editError;
    QString m_messageText;
    QList<Diagnostic> m_diagnostics;
};

} // namespace wscm
