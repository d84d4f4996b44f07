// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SaveDiffDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace wscm {

SaveDiffDialog::SaveDiffDialog(const QString &fileName, const QString &diff, QWidget *parent)
    : QDialog(parent)
    , m_dontAsk(new QCheckBox(tr("&Don't show changes before saving again"), this)) {
    setWindowTitle(tr("Save %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Saving changes these lines of %1 (- removed, + added):").arg(fileName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QTextEdit *view = diffView(diff, tr("Changes to be saved"), this);
    layout->addWidget(view, 1);
    layout->addWidget(m_dontAsk);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 24);
}

void SaveDiffDialog::showReloadPrediction(const QString &prediction) {
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    auto *label =
        new QLabel(tr("Then Asterisk reloads res_websocket_client. wscm predicts:"), this);
    label->setWordWrap(true);
    auto *text = new QLabel(prediction, this);
    text->setObjectName(QStringLiteral("reloadPrediction"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setTextFormat(Qt::PlainText);
    text->setAccessibleName(tr("Reload prediction"));
    const int at = layout->indexOf(m_dontAsk);
    layout->insertWidget(at, label);
    layout->insertWidget(at + 1, text);
    m_dontAsk->hide();
    m_dontAsk->setChecked(false);
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Save)->setText(tr("Save and A&pply"));
}

SaveDiffDialog::SaveDiffDialog(const QString &title, const QString &intro,
                               const QList<FileChanges> &files, QWidget *parent)
    : QDialog(parent)
    , m_dontAsk(new QCheckBox(this)) {
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(introLabel);
    for (const FileChanges &file : files) {
        auto *name = new QLabel(tr("%1 (- removed, + added):").arg(file.fileName), this);
        name->setTextFormat(Qt::PlainText);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        layout->addWidget(name);
        layout->addWidget(
            diffView(file.diff, tr("Changes to be saved in %1").arg(file.fileName), this), 1);
    }
    // Asked only when a client is renamed: nothing to turn off.
    m_dontAsk->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)
        ->setText(files.size() == 1 ? tr("&Save the File")
                                    : tr("&Save %1 Files").arg(files.size()));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Leave Them As They Are"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90,
           fontMetrics().height() * qMin(44, 14 + 12 * int(files.size())));
}

bool SaveDiffDialog::dontAskAgain() const {
    return m_dontAsk->isChecked();
}

QTextEdit *SaveDiffDialog::diffView(const QString &diff, const QString &accessibleName,
                                    QWidget *parent) {
    auto *view = new QTextEdit(parent);
    view->setReadOnly(true);
    view->setAccessibleName(accessibleName);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QTextEdit::NoWrap);
    // Colors that read on light and dark palettes alike.
    const QString removed = QStringLiteral("#c0392b");
    const QString added = QStringLiteral("#27ae60");
    QString html = QStringLiteral("<pre style=\"margin:0\">");
    for (const QString &line : diff.split(QLatin1Char('\n'))) {
        const QString escaped = line.toHtmlEscaped();
        if (line.startsWith(QLatin1Char('-')))
            html += QStringLiteral("<span style=\"color:%1\">%2</span>\n").arg(removed, escaped);
        else if (line.startsWith(QLatin1Char('+')))
            html += QStringLiteral("<span style=\"color:%1\">%2</span>\n").arg(added, escaped);
        else if (line.startsWith(QLatin1StringView("@@")) ||
                 line.startsWith(QLatin1StringView("<<<<<<<")) ||
                 line.startsWith(QLatin1StringView("=======")) ||
                 line.startsWith(QLatin1StringView(">>>>>>>")))
            html += QStringLiteral("<b>%1</b>\n").arg(escaped);
        else
            html += escaped + QLatin1Char('\n');
    }
    html += QStringLiteral("</pre>");
    view->setHtml(html);
    return view;
}

} // namespace wscm
