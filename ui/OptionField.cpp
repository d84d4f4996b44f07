// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "OptionField.h"

#include "OptionTexts.h"
#include "config/SecretRedaction.h"
#include "schema/ValueParser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace wscm {

OptionField::OptionField(const OptionSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_origin(new QLabel(this))
    , m_override(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_messages(new QLabel(this)) {
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    column->addLayout(row);
    QWidget *editorRow = buildEditor();
    row->addWidget(editorRow, 1);
    if (spec.unit[0] != '\0')
        row->addWidget(new QLabel(QString::fromLatin1(spec.unit), this));

    m_origin->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_origin);
    m_override->setText(tr("Override"));
    m_override->setToolTip(tr("Set the inherited value in this section, to change it here"));
    m_override->setAccessibleName(tr("Override %1").arg(spec.nameString()));
    row->addWidget(m_override);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove this section's own value: the inherited or default value "
                           "applies again"));
    m_clear->setAccessibleName(tr("Clear %1").arg(spec.nameString()));
    row->addWidget(m_clear);
    connect(m_override, &QToolButton::clicked, this,
            [this] { Q_EMIT overrideRequested(m_inheritedValue); });
    connect(m_clear, &QToolButton::clicked, this, &OptionField::clearRequested);
    // Made before the editor, the buttons would come before it in the Tab order: the field
    // comes first, then its own Show or Browse… button, then Override and Clear.
    QWidget *lastOfEditor = m_editor;
    if (editorRow != m_editor) {
        for (QToolButton *button :
             editorRow->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
            lastOfEditor = button;
    }
    setTabOrder(lastOfEditor, m_override);
    setTabOrder(m_override, m_clear);

    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::RichText);
    m_messages->hide();
    column->addWidget(m_messages);

    const QString help = OptionTexts::help(spec);
    setToolTip(help);
    m_editor->setToolTip(help);
    m_editor->setObjectName(spec.nameString());
    m_editor->setAccessibleName(spec.nameString());
    m_editor->setAccessibleDescription(help);
    // A combo box's text field is a control of its own to a screen reader: it needs the name.
    if (m_combo) {
        m_line->setAccessibleName(spec.nameString());
        m_line->setAccessibleDescription(help);
    }
    m_override->hide();
    m_clear->hide();
}

QWidget *OptionField::buildEditor() {
    const QString name = m_spec.nameString();
    switch (m_spec.kind) {
    case OptionKind::Bool:
        m_check = new QCheckBox(this);
        m_editor = m_check;
        connect(m_check, &QCheckBox::clicked, this, [this](bool on) {
            Q_EMIT valueEdited(on ? QStringLiteral("yes") : QStringLiteral("no"));
        });
        return m_check;
    case OptionKind::Type:
    case OptionKind::Choice: {
        m_combo = new QComboBox(this);
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->addItem(QString());
        m_combo->addItems(QString::fromLatin1(m_spec.choices).split(QLatin1Char(',')));
        m_line = m_combo->lineEdit();
        m_editor = m_combo;
        connect(m_combo, &QComboBox::textActivated, this, &OptionField::valueEdited);
        break;
    }
    default:
        m_line = new QLineEdit(this);
        m_editor = m_line;
        break;
    }
    connect(m_line, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_text = text;
        Q_EMIT valueEdited(text);
    });

    // A secret, and a URI's userinfo password, show as SecretRedaction shows them until
    // the user asks to see them; a masked URI cannot be edited, so the mask never goes
    // into the file.
    if (m_spec.kind == OptionKind::Secret || m_spec.kind == OptionKind::Uri) {
        if (m_spec.kind == OptionKind::Secret)
            m_line->setEchoMode(QLineEdit::Password);
        auto *box = new QWidget(this);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_line, 1);
        m_reveal = new QToolButton(box);
        m_reveal->setText(tr("Show"));
        m_reveal->setCheckable(true);
        m_reveal->setAccessibleName(tr("Show %1").arg(name));
        m_reveal->setToolTip(m_spec.kind == OptionKind::Secret
                                 ? tr("Show or hide the secret")
                                 : tr("Show or hide the password in the URI (to edit it)"));
        m_reveal->setVisible(m_spec.kind == OptionKind::Secret);
        connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
            m_revealed = shown;
            if (m_spec.kind == OptionKind::Secret)
                m_line->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            else
                setEditorText(m_text);
            m_reveal->setText(shown ? tr("Hide") : tr("Show"));
        });
        layout->addWidget(m_reveal);
        return box;
    }
    if (m_spec.kind == OptionKind::FilePath || m_spec.kind == OptionKind::DirPath) {
        auto *box = new QWidget(this);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_line, 1);
        auto *browse = new QToolButton(box);
        browse->setText(tr("Browse…"));
        browse->setAccessibleName(tr("Browse for %1").arg(name));
        connect(browse, &QToolButton::clicked, this, [this] {
            const QString chosen =
                m_spec.kind == OptionKind::DirPath
                    ? QFileDialog::getExistingDirectory(this, m_spec.nameString(), m_line->text())
                    : QFileDialog::getOpenFileName(this, m_spec.nameString(), m_line->text());
            if (!chosen.isEmpty()) {
                setEditorText(chosen);
                Q_EMIT valueEdited(chosen);
            }
        });
        layout->addWidget(browse);
        return box;
    }
    return m_combo ? static_cast<QWidget *>(m_combo) : m_line;
}

void OptionField::setEditorText(const QString &text) {
    m_text = text;
    if (!m_line)
        return;
    QString shown = text;
    if (m_spec.kind == OptionKind::Uri) {
        if (!m_revealed)
            shown = SecretRedaction::display(m_spec, text.toUtf8(), false);
        m_line->setReadOnly(shown != text);
        m_reveal->setVisible(m_revealed || shown != text);
    }
    if (m_line->text() != shown)
        m_line->setText(shown);
}

QString OptionField::editorText() const {
    return m_text;
}

void OptionField::setPlaceholder(const QString &text) {
    if (m_line)
        m_line->setPlaceholderText(text);
}

bool OptionField::isChecked() const {
    return m_check && m_check->isChecked();
}

void OptionField::showValue(const EffectiveValue &value, bool force) {
    const bool inherited = value.isSet && !value.fromTemplate.isEmpty();
    const bool own = value.isSet && !inherited;
    const QString text = QString::fromUtf8(value.value);
    m_inheritedValue = inherited ? text : QString();
    m_editError.clear();

    if (m_check) {
        const QByteArray effective = value.isSet ? value.value : QByteArray(m_spec.defaultValue);
        m_check->setChecked(ValueParser::isTrue(effective));
    } else if (force || !m_line->hasFocus()) {
        setEditorText(own ? text : QString());
    }
    if (inherited) {
        setPlaceholder(m_spec.isSecret() ? tr("inherited (hidden)")
                                         : SecretRedaction::display(m_spec, value.value, false));
        m_origin->setText(tr("from [%1]").arg(value.fromTemplate));
        m_origin->setToolTip(tr("Inherited from template [%1]").arg(value.fromTemplate));
    } else {
        setPlaceholder(m_spec.hasDefault() ? m_spec.defaultString() : QString());
        m_origin->setText(own || !m_spec.hasDefault() ? QString() : tr("default"));
        m_origin->setToolTip(QString());
    }
    // A check box shows its default or inherited state as checked or not; the word beside it
    // says whether the section itself sets it.
    m_override->setVisible(inherited && !m_check);
    m_clear->setVisible(own);
    updateMessages();
}

void OptionField::showDiagnostics(const QList<Diagnostic> &diagnostics) {
    m_diagnostics = diagnostics;
    updateMessages();
}

void OptionField::showEditError(const QString &message) {
    m_editError = message;
    updateMessages();
}

void OptionField::updateMessages() {
    QStringList lines;
    bool error = !m_editError.isEmpty();
    if (error)
        lines.append(m_editError);
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        error = error || d.isError();
        // Errors are Asterisk's verdict, in its words; warnings are wscm's advice.
        lines.append(
            (d.isError() ? tr("Asterisk's error: %1") : tr("wscm's warning: %1")).arg(d.message));
    }
    m_messageText = lines.join(QLatin1Char('\n'));
    if (lines.isEmpty()) {
        m_messages->hide();
        m_editor->setAccessibleDescription(OptionTexts::help(m_spec));
        return;
    }
    const QString color = error ? QStringLiteral("#d03b3b") : QStringLiteral("#c07d00");
    m_messages->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                            .arg(color, lines.join(QLatin1Char('\n'))
                                            .toHtmlEscaped()
                                            .replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    m_messages->show();
    m_editor->setAccessibleDescription(m_messageText);
}

} // namespace wscm
