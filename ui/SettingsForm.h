// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QScrollArea;

namespace wscm {

class ConfigSession;
class OptionField;
class ProblemList;
class UsedByList;

// The options of one section as a form built from OptionSchema: one group box per option
// group, one OptionField per option. Every change becomes a ConfigDocument edit through the
// session; what the validator says about the section shows next to the fields, and all of it
// in a banner at the top with a way to each field.
class SettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit SettingsForm(ConfigSession *session, QWidget *parent = nullptr);

    void setSection(const QString &section);
    QString section() const { return m_section; }
    OptionField *field(const QString &option) const;
    // Messages about the section as a whole (defined in another file, a refused change of
    // its templates), as plain text.
    QString sectionMessageText() const;
    // The banner's findings, one a line; empty when it does not show.
    QString bannerText() const;
    // What uses the client in ari.conf and extensions.conf.
    UsedByList *usedBy() const { return m_usedBy; }
    // Scrolls to the field of `option` and gives it the keyboard focus (its switch's, when
    // the switch turns it off); false when there is no such field or it cannot take focus.
    bool focusField(const QString &option);

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
    UsedByList *m_usedBy;
    QFrame *m_banner;
    QLabel *m_bannerHeading;
    ProblemList *m_problems;
    QScrollArea *m_scroll;
    QWidget *m_fieldsArea;
    QList<OptionField *> m_fields; // in schema order
    QHash<QString, OptionField *> m_fieldByName;
    bool m_ownEdit = false;
    bool m_forceNext = false;
};

} // namespace wscm
