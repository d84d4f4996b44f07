// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SettingsForm.h"

#include "ConfigSession.h"
#include "NeighbourViewer.h"
#include "OptionField.h"
#include "OptionTexts.h"
#include "ProblemList.h"
#include "SectionProblems.h"
#include "UsedByList.h"
#include "schema/OptionSchema.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace wscm {

SettingsForm::SettingsForm(ConfigSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_isTemplate(
          new QCheckBox(tr("&Template (never an object itself, only inherited from)"), this))
    , m_templates(new QLineEdit(this))
    , m_sectionMessages(new QLabel(this))
    , m_usedBy(new UsedByList(session, this))
    , m_banner(new QFrame(this))
    , m_bannerHeading(new QLabel(m_banner))
    , m_problems(new ProblemList(m_banner))
    , m_scroll(new QScrollArea(this))
    , m_fieldsArea(new QWidget) {
    auto *outer = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_title);

    // Above everything else, so that a finding far down the form is seen and reached at once.
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAccessibleName(tr("Findings about this section"));
    auto *bannerLayout = new QVBoxLayout(m_banner);
    QFont headingFont = m_bannerHeading->font();
    headingFont.setBold(true);
    m_bannerHeading->setFont(headingFont);
    m_bannerHeading->setWordWrap(true);
    m_bannerHeading->setAccessibleName(tr("Findings"));
    bannerLayout->addWidget(m_bannerHeading);
    m_problems->setMaximumRows(5);
    bannerLayout->addWidget(m_problems);
    connect(m_problems, &ProblemList::fieldRequested, this, &SettingsForm::focusField);
    m_banner->hide();
    outer->addWidget(m_banner);

    auto *header = new QFormLayout;
    m_isTemplate->setAccessibleName(tr("Section is a template"));
    header->addRow(m_isTemplate);
    m_templates->setPlaceholderText(tr("none"));
    m_templates->setAccessibleName(tr("Inherits from templates"));
    m_templates->setToolTip(tr("Templates whose options this section copies first, in order, "
                               "separated by commas"));
    auto *templatesLabel = new QLabel(tr("&Inherits from:"), this);
    templatesLabel->setBuddy(m_templates);
    header->addRow(templatesLabel, m_templates);
    outer->addLayout(header);
    connect(m_isTemplate, &QCheckBox::clicked, this, &SettingsForm::applyHeader);
    connect(m_templates, &QLineEdit::editingFinished, this, &SettingsForm::applyHeader);

    m_sectionMessages->setWordWrap(true);
    m_sectionMessages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sectionMessages->hide();
    outer->addWidget(m_sectionMessages);
    outer->addWidget(m_usedBy);
    connect(m_usedBy, &UsedByList::openRequested, this, [this](const QString &path, int line) {
        const QByteArray *bytes = m_session->neighbours().bytesOf(path);
        if (!bytes)
            return;
        auto *viewer = new NeighbourViewer(path, *bytes, line, window());
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->show();
    });

    // The form is the schema: one group per OptionGroup in table order, one field per option.
    auto *fieldsLayout = new QVBoxLayout(m_fieldsArea);
    QHash<int, QFormLayout *> groupLayouts;
    for (const OptionSpec &spec : OptionSchema::options()) {
        QFormLayout *&layout = groupLayouts[int(spec.group)];
        if (!layout) {
            auto *box = new QGroupBox(OptionTexts::groupTitle(spec.group), m_fieldsArea);
            layout = new QFormLayout(box);
            layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            fieldsLayout->addWidget(box);
        }
        auto *field = new OptionField(spec, m_fieldsArea);
        auto *label = new QLabel(spec.nameString() + QLatin1Char(':'), m_fieldsArea);
        label->setBuddy(field->editor());
        label->setToolTip(OptionTexts::help(spec));
        layout->addRow(label, field);
        m_fields.append(field);
        m_fieldByName.insert(spec.nameString(), field);
        connect(field, &OptionField::valueEdited, this,
                [this, field](const QString &value) { applyValue(field, value); });
        connect(field, &OptionField::clearRequested, this, [this, field] { clearValue(field); });
        connect(field, &OptionField::overrideRequested, this, [this, field](const QString &v) {
            m_forceNext = true;
            applyValue(field, v);
            field->editor()->setFocus();
        });
    }
    fieldsLayout->addStretch(1);
    m_scroll->setWidgetResizable(true);
    // A scroll area takes Tab focus by default and shows none: Tab goes to the fields.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_fieldsArea);
    outer->addWidget(m_scroll, 1);

    connect(session, &ConfigSession::documentChanged, this, &SettingsForm::onDocumentChanged);
    connect(session, &ConfigSession::analysisUpdated, this, [this] {
        refresh(m_forceNext);
        m_forceNext = false;
    });
    setSection(QString());
}

OptionField *SettingsForm::field(const QString &option) const {
    return m_fieldByName.value(option);
}

QString SettingsForm::sectionMessageText() const {
    return m_sectionMessages->isHidden() ? QString() : m_sectionMessages->text();
}

QString SettingsForm::bannerText() const {
    return m_banner->isHidden() ? QString() : m_problems->text();
}

bool SettingsForm::focusField(const QString &option) {
    OptionField *f = field(option);
    if (!f)
        return false;
    QWidget *target = f->editor();
    if (!target->isEnabled()) {
        // A field its switch turns off: the switch is what to change first.
        if (OptionField *sw = field(QString::fromLatin1(f->spec().enabledBy)))
            target = sw->editor();
    }
    if (!target->isEnabled())
        return false;
    m_scroll->ensureWidgetVisible(f);
    // A tab just shown lays its form out with the next events: scroll again once it has.
    QTimer::singleShot(0, this, [this, field = QPointer<OptionField>(f)] {
        if (field)
            m_scroll->ensureWidgetVisible(field);
    });
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void SettingsForm::setSection(const QString &section) {
    m_section = section;
    m_usedBy->setSection(section);
    refresh(true);
}

void SettingsForm::onDocumentChanged() {
    // Undo, redo, raw edits and reloads must show in the field being typed into as well;
    // the form's own edits must not fight the typing.
    if (!m_ownEdit)
        m_forceNext = true;
}

void SettingsForm::refresh(bool force) {
    const ResolvedConfig::Category *category =
        m_section.isEmpty() ? nullptr : m_session->category(m_section);
    const bool editable = category && category->file == 0;
    setEnabled(category != nullptr);
    if (!category) {
        m_title->setText(m_section.isEmpty() ? tr("No section selected")
                                             : tr("[%1] no longer exists").arg(m_section));
        m_sectionMessages->hide();
        m_banner->hide();
        return;
    }
    m_title->setText(QStringLiteral("[%1]").arg(m_section));
    m_isTemplate->setChecked(category->isTemplate);
    m_isTemplate->setEnabled(editable);
    QStringList templates;
    for (const QByteArray &t : category->templates)
        templates.append(QString::fromUtf8(t));
    if (force || !m_templates->hasFocus())
        m_templates->setText(templates.join(QStringLiteral(", ")));
    m_templates->setReadOnly(!editable);
    m_fieldsArea->setEnabled(editable);

    const EffectiveOptions options = m_session->resolved().effectiveOptions(*category);
    QHash<QString, QList<Diagnostic>> byOption;
    QStringList sectionLevel;
    if (!editable) {
        sectionLevel.append(tr("This section is defined in %1; open that file to edit it.")
                                .arg(m_session->configSet().file(category->file).path));
    }
    for (const Diagnostic &d : m_session->check().diagnostics) {
        if (d.section != m_section)
            continue;
        if (const OptionSpec *spec = d.option.isEmpty() ? nullptr : OptionSchema::find(d.option))
            byOption[spec->nameString()].append(d);
    }
    const QList<SectionProblem> problems = SectionProblems::of(*m_session, m_section);
    m_problems->setProblems(problems);
    const auto errors =
        std::count_if(problems.cbegin(), problems.cend(),
                      [](const SectionProblem &p) { return p.diagnostic.isError(); });
    const auto warnings = problems.size() - errors;
    const ClientObject *object = m_session->check().object(m_section);
    QStringList counts;
    if (errors > 0)
        counts << (object && !object->valid
                       ? tr("Asterisk would not load this section: %n error(s)", nullptr,
                            int(errors))
                       : tr("%n error(s)", nullptr, int(errors)));
    if (warnings > 0)
        counts << tr("%n warning(s)", nullptr, int(warnings));
    m_bannerHeading->setText(counts.join(QStringLiteral("; ")));
    m_banner->setVisible(!problems.isEmpty());
    for (int i = 0; i < m_fields.size(); ++i) {
        OptionField *f = m_fields.at(i);
        f->showValue(options.at(i), force);
        f->showDiagnostics(byOption.value(f->spec().nameString()));
    }
    m_sectionMessages->setText(sectionLevel.join(QLatin1Char('\n')));
    m_sectionMessages->setVisible(!sectionLevel.isEmpty());
    updateEnabled();
}

void SettingsForm::updateEnabled() {
    for (OptionField *f : std::as_const(m_fields)) {
        const QString switchName = QString::fromLatin1(f->spec().enabledBy);
        if (switchName.isEmpty())
            continue;
        if (const OptionField *sw = m_fieldByName.value(switchName))
            f->setEnabled(sw->isChecked());
    }
}

void SettingsForm::applyValue(OptionField *field, const QString &value) {
    if (m_section.isEmpty())
        return;
    const QByteArray section = m_section.toUtf8();
    const QByteArray key = field->spec().name;
    const QByteArray bytes = value.toUtf8();
    const QString name = field->spec().nameString();
    const bool clear = value.isEmpty();
    QString error;
    m_ownEdit = true;
    const bool ok = m_session->edit(
        (clear ? tr("Clear %1 in [%2]") : tr("Set %1 in [%2]")).arg(name, m_section),
        [&](ConfigDocument &doc, QString *err) {
            return clear ? doc.unsetValue(section, key, err)
                         : doc.setValue(section, key, bytes, err);
        },
        &error, m_section + QLatin1Char('/') + name);
    m_ownEdit = false;
    field->showEditError(ok ? QString() : error);
    // Switches take effect on their dependents at once, not after the next analysis.
    updateEnabled();
}

void SettingsForm::clearValue(OptionField *field) {
    m_forceNext = true;
    applyValue(field, QString());
}

void SettingsForm::applyHeader() {
    const ResolvedConfig::Category *category = m_session->category(m_section);
    if (!category)
        return;
    QList<QByteArray> templates;
    for (const QString &t : m_templates->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            templates.append(t.trimmed().toUtf8());
    }
    if (templates == category->templates && m_isTemplate->isChecked() == category->isTemplate)
        return;
    const QByteArray section = m_section.toUtf8();
    const bool isTemplate = m_isTemplate->isChecked();
    QString error;
    m_forceNext = true;
    if (!m_session->edit(
            tr("Change inheritance of [%1]").arg(m_section),
            [&](ConfigDocument &doc, QString *err) {
                return doc.setSectionTemplates(section, isTemplate, templates, err);
            },
            &error)) {
        m_sectionMessages->setText(error);
        m_sectionMessages->show();
    }
}

} // namespace wscm
