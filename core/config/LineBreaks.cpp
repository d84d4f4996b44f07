// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "LineBreaks.h"

namespace wscm {

qsizetype LineBreaks::nextLineStart(QByteArrayView bytes, qsizetype from) {
    const qsizetype newline = bytes.indexOf('\n', from);
    return newline < 0 ? bytes.size() : newline + 1;
}

int LineBreaks::endingLength(QByteArrayView line) {
    if (line.isEmpty() || line.back() != '\n')
        return 0;
    return line.size() > 1 && line.at(line.size() - 2) == '\r' ? 2 : 1;
}

QList<QByteArray> LineBreaks::withEndings(const QByteArray &bytes) {
    QList<QByteArray> lines;
    for (qsizetype from = 0; from < bytes.size();) {
        const qsizetype next = nextLineStart(bytes, from);
        lines.append(bytes.mid(from, next - from));
        from = next;
    }
    return lines;
}

QList<QByteArray> LineBreaks::withoutEndings(const QByteArray &bytes) {
    QList<QByteArray> lines;
    lines.reserve(bytes.count('\n') + 1);
    qsizetype from = 0;
    for (;;) {
        const qsizetype next = nextLineStart(bytes, from);
        const QByteArrayView line = QByteArrayView(bytes).sliced(from, next - from);
        const int ending = endingLength(line);
        lines.append(line.chopped(ending).toByteArray());
        if (ending == 0)
            return lines;
        from = next;
    }
}

} // namespace wscm
