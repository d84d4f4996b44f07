// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "NeighbourViewer.h"

#include "NumberedTextView.h"
#include "config/ConfigDocument.h"
#include "config/LineBreaks.h"
#include "config/SecretRedaction.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace wscm {

NeighbourViewer::NeighbourViewer(const QString &path, const QByteArray &bytes, int line,
                                 QWidget *parent)
    : QDialog(parent)
    , m_text(new NumberedTextView(this))
    , m_line(line) {
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(tr("%1, line %2 (read-only)").arg(name).arg(line));
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(tr("%1 — read-only; wscm changes it only when you rename a client")
                                 .arg(path.toHtmlEscaped()),
                             this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);
    // Lines as the findings number them (a lone '\r' stays inside its line).
    const QList<QByteArray> lines =
        LineBreaks::withoutEndings(SecretRedaction::redactedBytes(ConfigDocument(bytes)));
    QStringList text;
    text.reserve(lines.size());
    for (const QByteArray &l : lines)
        text.append(QString::fromUtf8(l));
    m_text->setPlainText(text.join(QLatin1Char('\n')));
    m_text->setAccessibleName(tr("%1, read-only").arg(name));
    layout->addWidget(m_text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
    m_text->showLine(line);
    m_text->setFocus();
}

void NeighbourViewer::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    m_text->showLine(m_line);
}

} // namespace wscm
