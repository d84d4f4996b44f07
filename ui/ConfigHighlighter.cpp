#include "ConfigHighlighter.h"

#include "StatusColors.h"

#include <QTextDocument>

namespace wscm {

ConfigHighlighter::ConfigHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document) {
    // Mid-tone hues that stay readable on light and dark backgrounds.
    m_section.setForeground(QColor(0x3d, 0x7e, 0xdb));
    m_section.setFontWeight(QFont::Bold);
    m_key.setForeground(QColor(0xb0, 0x5c, 0xc8));
    m_value.setForeground(QColor(0x2e, 0x9a, 0x6a));
    m_comment.setForeground(QColor(0x8a, 0x8a, 0x8a));
    m_comment.setFontItalic(true);
    m_directive.setForeground(QColor(0xd0, 0x7a, 0x1a));
}

void ConfigHighlighter::setMarkedLines(const QSet<int> &errors, const QSet<int> &warnings) {
    if (errors == m_errors && warnings == m_warnings)
        return;
    const QSet<int> before = m_errors + m_warnings;
    m_errors = errors;
    m_warnings = warnings;
    for (int line : before + errors + warnings) {
        const QTextBlock block = document()->findBlockByNumber(line);
        if (block.isValid())
            rehighlightBlock(block);
    }
}

void ConfigHighlighter::highlightBlock(const QString &text) {
    int depth = qMax(0, previousBlockState());
    const qsizetype n = text.size();
    // The code part of the line: outside block comments, before a ';' comment.
    QString code(n, QLatin1Char(' '));
    qsizetype i = 0;
    while (i < n) {
        if (depth > 0) {
            const qsizetype start = i;
            while (i < n && depth > 0) {
                if (text.mid(i, 3) == QLatin1StringView(";--")) {
                    ++depth;
                    i += 3;
                } else if (text.mid(i, 3) == QLatin1StringView("--;")) {
                    --depth;
                    i += 3;
                } else {
                    ++i;
                }
            }
            setFormat(int(start), int(i - start), m_comment);
            continue;
        }
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < n) {
            code[i] = c;
            code[i + 1] = text.at(i + 1);
            i += 2;
            continue;
        }
        if (c == QLatin1Char(';')) {
            if (text.mid(i, 3) == QLatin1StringView(";--")) {
                setFormat(int(i), 3, m_comment);
                ++depth;
                i += 3;
                continue;
            }
            setFormat(int(i), int(n - i), m_comment);
            break;
        }
        code[i] = c;
        ++i;
    }
    setCurrentBlockState(depth);

    const QString trimmed = code.trimmed();
    qsizetype lead = 0;
    while (lead < n && code.at(lead).isSpace())
        ++lead;
    if (trimmed.startsWith(QLatin1Char('['))) {
        setFormat(int(lead), int(trimmed.size()), m_section);
    } else if (trimmed.startsWith(QLatin1Char('#'))) {
        setFormat(int(lead), int(trimmed.size()), m_directive);
    } else if (const qsizetype eq = code.indexOf(QLatin1Char('=')); eq > 0) {
        setFormat(int(lead), int(eq - lead), m_key);
        const qsizetype valueEnd = lead + trimmed.size();
        if (valueEnd > eq + 1)
            setFormat(int(eq + 1), int(valueEnd - eq - 1), m_value);
    }

    const int line = currentBlock().blockNumber();
    if (m_errors.contains(line) || m_warnings.contains(line)) {
        for (int k = 0; k < n; ++k) {
            QTextCharFormat f = format(k);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(m_errors.contains(line) ? StatusColors::bad()
                                                        : StatusColors::busy());
            setFormat(k, 1, f);
        }
    }
}

} // namespace wscm
