// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace wscm {

class ConfigSession;
class OptionField;

// The options of one section as a form built from OptionSchema: one group box per option
// group, one OptionField per option. Every change becomes a ConfigDocument edit through the
// session; what the validator says about the section shows next to the fields.
class SettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit SettingsForm(ConfigSession *session, QWidget *parent = nullptr);

    void setSection(const QString &section);
    QString section() const { return m_section; }
    OptionField *field(const QString &option) const;
    // Section-level findings (unknown options, rules without a field), as plain text.
    QString sectionMessageText() const;

private:
    void refresh(bool force);
    void onDocumentChanged();
    void applyValue(OptionField *field, const QString &value);
    void clearValue(OptionField *field);
    void applyHeader();
    void updateEnabled();

    ConfigSession *m_session;
    QString m_section;
    QLabel *m_title;
    QCheckBox *m_isTemplate;
    QLineEdit *m_templates;
    QLabel *m_sectionMessages;
    QWidget *m_fieldsArea;
    QList<OptionField *> m_fields; // in schema order
    QHash<QString, OptionField *> m_fieldByName;
    bool m_ownEdit = false;
    bool m_forceNext = false;
};

} // namespace wscm
