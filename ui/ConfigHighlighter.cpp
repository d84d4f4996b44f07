// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigHighlighter.h"

#include "StatusColors.h"
#include "config/ConfigParser.h"

#include <QTextDocument>

#include <vector>

namespace wscm {

namespace {

// The block state holds the depth, which Asterisk lets go below 0; -1 is "no state yet".
int stateOf(int depth) {
    return depth >= 0 ? 2 * depth : -2 * depth - 1;
}
int depthOf(int state) {
    if (state <= 0)
        return 0;
    return state % 2 == 0 ? state / 2 : -(state + 1) / 2;
}

// The position in `text` of each byte of its UTF-8 form (and one past the end).
std::vector<int> positionsOfBytes(const QString &text) {
    std::vector<int> positions;
    positions.reserve(size_t(text.size()) + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).unicode();
        int bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            bytes = 4;
            for (int k = 0; k < bytes; ++k)
                positions.push_back(int(i));
            ++i;
            continue;
        }
        for (int k = 0; k < bytes; ++k)
            positions.push_back(int(i));
    }
    positions.push_back(int(text.size()));
    return positions;
}

} // namespace

ConfigHighlighter::ConfigHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document) {
    // Mid-tone hues that stay readable on light and dark backgrounds.
    m_section.setForeground(QColor(0x3d, 0x7e, 0xdb));
    m_section.setFontWeight(QFont::Bold);
    m_key.setForeground(QColor(0xb0, 0x5c, 0xc8));
    m_operator.setForeground(QColor(0x8a, 0x8a, 0x8a));
    m_value.setForeground(QColor(0x2e, 0x9a, 0x6a));
    m_comment.setForeground(QColor(0x8a, 0x8a, 0x8a));
    m_comment.setFontItalic(true);
    m_directive.setForeground(QColor(0xd0, 0x7a, 0x1a));
}

QTextCharFormat ConfigHighlighter::format(ConfigLineSyntax::Role role) const {
    using Role = ConfigLineSyntax::Role;
    switch (role) {
    case Role::Comment:
        return m_comment;
    case Role::Section:
        return m_section;
    case Role::Key:
        return m_key;
    case Role::Operator:
        return m_operator;
    case Role::Value:
        return m_value;
    case Role::Directive:
        return m_directive;
    case Role::Plain:
        break;
    }
    return {};
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
    // The parser reads the line exactly as it reads it inside the file.
    const QByteArray bytes = text.toUtf8();
    int depth = depthOf(previousBlockState());
    const bool last = !currentBlock().next().isValid();
    const ConfigLine line =
        ConfigParser::parseLine(bytes, last ? 0 : 1, &depth, currentBlock().blockNumber() == 0);
    setCurrentBlockState(stateOf(depth));

    const std::vector<int> positions = positionsOfBytes(text);
    for (const ConfigLineSyntax::Span &span : ConfigLineSyntax::spans(bytes, line)) {
        const int begin = positions[size_t(span.begin)];
        const int end = positions[size_t(span.begin + span.length)];
        QSyntaxHighlighter::setFormat(begin, end - begin, format(span.role));
    }

    const int number = currentBlock().blockNumber();
    if (m_errors.contains(number) || m_warnings.contains(number)) {
        for (int k = 0; k < int(text.size()); ++k) {
            QTextCharFormat f = QSyntaxHighlighter::format(k);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(m_errors.contains(number) ? StatusColors::bad()
                                                          : StatusColors::busy());
            setFormat(k, 1, f);
        }
    }
}

} // namespace wscm
