// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ProblemList.h"

#include "StatusColors.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace wscm {

ProblemList::ProblemList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
    , m_more(new QLabel(this)) {
    m_layout->setContentsMargins(QMargins());
    m_layout->setColumnStretch(0, 1);
    m_more->setWordWrap(true);
    m_more->hide();
    hide();
}

ProblemList::Row &ProblemList::row(int index) {
    while (m_rows.size() <= index) {
        const int at = int(m_rows.size());
        Row r{new QLabel(this), new QPushButton(tr("Go to field"), this), QString()};
        // Details come from the file and from Asterisk's words: they must not render.
        r.text->setTextFormat(Qt::PlainText);
        r.text->setWordWrap(true);
        r.text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        r.goTo->setAutoDefault(false);
        m_layout->addWidget(r.text, at, 0, Qt::AlignTop);
        m_layout->addWidget(r.goTo, at, 1, Qt::AlignTop);
        connect(r.goTo, &QPushButton::clicked, this, [this, at] {
            if (at < m_rows.size() && !m_rows.at(at).field.isEmpty())
                Q_EMIT fieldRequested(m_rows.at(at).field);
        });
        m_rows.append(r);
    }
    return m_rows[index];
}

void ProblemList::setProblems(const QList<SectionProblem> &problems) {
    QStringList sentences;
    for (const SectionProblem &p : problems)
        sentences.append(p.sentence);
    if (sentences == m_sentences)
        return;
    m_sentences = sentences;
    m_shown = int(qMin<qsizetype>(problems.size(), m_maximumRows));
    for (int i = 0; i < m_shown; ++i) {
        const SectionProblem &p = problems.at(i);
        Row &r = row(i);
        r.field = p.field;
        r.text->setText(p.sentence);
        r.text->setAccessibleName(p.diagnostic.isError() ? tr("Error") : tr("Warning"));
        r.text->setAccessibleDescription(p.sentence);
        // Not by colour alone: the sentence itself says "error" or "warning".
        QPalette palette = r.text->palette();
        palette.setColor(QPalette::WindowText,
                         p.diagnostic.isError() ? StatusColors::bad() : StatusColors::busy());
        r.text->setPalette(palette);
        r.text->show();
        r.goTo->setVisible(!p.field.isEmpty());
        r.goTo->setAccessibleName(tr("Go to field %1").arg(p.field));
        r.goTo->setToolTip(tr("Show and focus %1 in the Settings tab").arg(p.field));
    }
    for (int i = m_shown; i < m_rows.size(); ++i) {
        m_rows[i].text->hide();
        m_rows[i].goTo->hide();
        m_rows[i].field.clear();
    }
    const int hidden = int(problems.size()) - m_shown;
    if (hidden > 0) {
        m_layout->removeWidget(m_more);
        m_layout->addWidget(m_more, int(m_rows.size()), 0, 1, 2);
        m_more->setText(tr("… and %n more, listed in the Raw tab", nullptr, hidden));
    }
    m_more->setVisible(hidden > 0);
    setVisible(!problems.isEmpty());
}

QString ProblemList::text() const {
    return m_sentences.join(QLatin1Char('\n'));
}

} // namespace wscm
