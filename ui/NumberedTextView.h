// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QPlainTextEdit>

namespace wscm {

// Read-only text with its line numbers in a margin on the left, numbered as an editor and
// wscm's findings number them (LineBreaks).
class NumberedTextView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit NumberedTextView(QWidget *parent = nullptr);

    // Selects line `line` (1-based) and scrolls it to the middle of the view.
    void showLine(int line);
    int numberWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void paintNumbers(QPaintEvent *event);

    QWidget *m_numbers;
};

} // namespace wscm
