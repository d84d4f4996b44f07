#include "RawText.h"

#include "LineDiff.h"
#include "config/ConfigDocument.h"

namespace wscm {

QString RawText::toEditorText(const QByteArray &bytes) {
    return QString::fromUtf8(LineDiff::splitLines(bytes).join('\n'));
}

QByteArray RawText::fromEditorText(const QByteArray &original, const QString &text) {
    const QList<QByteArray> oldLines = LineDiff::splitLines(original);
    QList<QByteArray> oldEols;
    oldEols.reserve(oldLines.size());
    qsizetype offset = 0;
    for (const QByteArray &line : oldLines) {
        offset += line.size();
        if (offset < original.size() && original.at(offset) == '\r') {
            oldEols.append(QByteArrayLiteral("\r\n"));
            offset += 2;
        } else if (offset < original.size()) {
            oldEols.append(QByteArrayLiteral("\n"));
            offset += 1;
        } else {
            oldEols.append(QByteArray());
        }
    }
    const QByteArray usual = ConfigDocument(original).dominantEol();

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
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace wscm
