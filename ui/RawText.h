#pragma once

#include <QByteArray>
#include <QString>

namespace wscm {

// The file's bytes as text for an editor widget, and back. Editors know one line ending;
// files may mix "\n" and "\r\n" and may lack a final newline. Going back, every line the
// user did not touch keeps its own ending and new lines get the file's usual one.
class RawText {
public:
    static QString toEditorText(const QByteArray &bytes);
    static QByteArray fromEditorText(const QByteArray &original, const QString &text);
    // False when the bytes are not UTF-8: editing them as text would change them.
    static bool isEditable(const QByteArray &bytes);
};

} // namespace wscm
