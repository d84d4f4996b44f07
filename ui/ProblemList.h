// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "SectionProblems.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace wscm {

// Findings about a section, one a row, each with a "Go to field" button when the form has a
// field for its option. Rows are reused, not rebuilt, so a button that has the keyboard
// focus keeps it when the analysis runs again.
class ProblemList : public QWidget {
    Q_OBJECT
public:
    explicit ProblemList(QWidget *parent = nullptr);

    // At most `rows` findings show; a last line counts the others.
    void setMaximumRows(int rows) { m_maximumRows = rows; }
    void setProblems(const QList<SectionProblem> &problems);
    bool isEmpty() const { return m_shown == 0; }
    // The sentences shown, one a line, for tests and screen readers.
    QString text() const;

Q_SIGNALS:
    // The user asked to see the field of `option`.
    void fieldRequested(const QString &option);

private:
    struct Row {
        QLabel *text;
        QPushButton *goTo;
        QString field;
    };
    Row &row(int index);

    QGridLayout *m_layout;
    QList<Row> m_rows;
    QLabel *m_more;
    QStringList m_sentences;
    int m_shown = 0;
    int m_maximumRows = 1000;
};

} // namespace wscm
