// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "config/ConfigLineSyntax.h"

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace wscm {

// Colours Asterisk config text as wscm's parser reads it, line by line with the block-comment
// depth carried in the block state: section headers, keys, values, directives, and in grey
// whatever Asterisk does not read (comments, lines it skips). Lines with a diagnostic get a
// wavy underline.
class ConfigHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit ConfigHighlighter(QTextDocument *document);

    // 0-based line numbers with errors and with warnings.
    void setMarkedLines(const QSet<int> &errors, const QSet<int> &warnings);
    // The format used for a role (for tests and legends).
    QTextCharFormat format(ConfigLineSyntax::Role role) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_section;
    QTextCharFormat m_key;
    QTextCharFormat m_operator;
    QTextCharFormat m_value;
    QTextCharFormat m_comment;
    QTextCharFormat m_directive;
    QSet<int> m_errors;
    QSet<int> m_warnings;
};

} // namespace wscm
