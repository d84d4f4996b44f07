// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "RawText.h"

#include "ConfigDocument.h"
#include "LineBreaks.h"
#include "LineDiff.h"

namespace wscm {

QString RawText::toEditorText(const QByteArray &bytes) {
    return QString::fromUtf8(LineBreaks::withoutEndings(bytes).join('\n'));
}

QByteArray RawText::fromEditorText(const QByteArray &original, const QString &text) {
    const ConfigDocument document(original);
    QList<QByteArray> oldLines;
    QList<QByteArray> oldEols;
    oldLines.reserve(document.lineCount() + 1);
    oldEols.reserve(document.lineCount() + 1);
    for (const ConfigLine &line : document.lines()) {
        oldLines.append(original.mid(line.offset, line.length));
        oldEols.append(original.mid(line.end(), line.eolLength));
    }
    // After a final line ending the editor shows one more, empty line.
    if (document.lineCount() == 0 || document.lines().last().eolLength > 0) {
        oldLines.append(QByteArray());
        oldEols.append(QByteArray());
    }
    const QByteArray usual = document.dominantEol();

    const QList<QByteArray> newLines = text.toUtf8().split('\n');
    QList<qsizetype> sameAs(newLines.size(), -1);
    for (const LineDiff::Entry &e : LineDiff::compare(oldLines, newLines)) {
        if (e.op == LineDiff::Op::Equal)
            sameAs[e.newLine] = e.oldLine;
    }
    QByteArray out;
    out.reserve(original.size() + text.size() / 8);
    for (qsizetype j = 0; j < newLines.size(); ++j) {
        out += newLines.at(j);
        if (j == newLines.size() - 1)
            break;
        const qsizetype old = sameAs.at(j);
        out += old >= 0 && !oldEols.at(old).isEmpty() ? oldEols.at(old) : usual;
    }
    return out;
}

bool RawText::isEditable(const QByteArray &bytes) {
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('\r') &&
             (i + 1 == text.size() || text.at(i + 1) != QLatin1Char('\n'))) ||
            c == QChar::ParagraphSeparator || c == QChar(0xfdd0) || c == QChar(0xfdd1))
            return false;
    }
    return true;
}

} // namespace wscm
