// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QString>

namespace wscm {

// A file's bytes as text for a plain-text editor, and back. Editors know one line ending;
// files may mix "\n" and "\r\n" and may lack a final newline. Lines are the parser's (only
// "\n" and "\r\n" end one), and going back every line the user did not touch keeps its own
// ending while new lines get the file's usual one.
class RawText {
public:
    static QString toEditorText(const QByteArray &bytes);
    // `text` as the editor holds it: lines joined with '\n', nothing else replaced (Qt's
    // QTextDocument::toPlainText() would turn a no-break space into a space: use the raw
    // text with paragraph separators as '\n').
    static QByteArray fromEditorText(const QByteArray &original, const QString &text);
    // False when editing the bytes as text would change them: not UTF-8, or holding a
    // character a text editor takes for a line break (a '\r' not before '\n', U+2029, Qt's
    // frame marks U+FDD0/U+FDD1).
    static bool isEditable(const QByteArray &bytes);
};

} // namespace wscm
