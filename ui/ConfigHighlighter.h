#pragma once

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace wscm {

// Colors Asterisk config text: section headers, keys, values, comments (including nested
// ";-- --;" block comments, carried from line to line in the block state) and directives.
// Lines with a diagnostic get a wavy underline.
class ConfigHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit ConfigHighlighter(QTextDocument *document);

    // 0-based line numbers with errors and with warnings.
    void setMarkedLines(const QSet<int> &errors, const QSet<int> &warnings);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_section;
    QTextCharFormat m_key;
    QTextCharFormat m_value;
    QTextCharFormat m_comment;
    QTextCharFormat m_directive;
    QSet<int> m_errors;
    QSet<int> m_warnings;
};

} // namespace wscm
