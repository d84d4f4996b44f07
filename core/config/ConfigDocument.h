// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConfigLine.h"
#include "ConfigParser.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace wscm {

// A websocket_client.conf (or any Asterisk config file) kept byte for byte. Reading it
// and writing it back gives the same bytes; every edit changes only the lines it must,
// in the style (indentation, spacing, line ending) the file already uses.
class ConfigDocument {
public:
    ConfigDocument() = default;
    explicit ConfigDocument(QByteArray bytes, QString fileName = {});

    const QByteArray &bytes() const { return m_bytes; }
    void setBytes(QByteArray bytes);
    const QString &fileName() const { return m_fileName; }
    void setFileName(const QString &fileName) { m_fileName = fileName; }

    qsizetype lineCount() const { return m_lines.size(); }
    const ConfigLine &line(qsizetype index) const { return m_lines.at(index); }
    const QList<ConfigLine> &lines() const { return m_lines; }
    QByteArrayView rawLine(qsizetype index) const;
    // "\r\n" when most lines end so, else "\n".
    QByteArray dominantEol() const;

    // What Asterisk reads from a line (escapes removed, comments gone, trimmed).
    QByteArray name(qsizetype index) const;  // key, section name or directive word
    QByteArray value(qsizetype index) const; // value, template list or directive argument
    // For "key += text": the text after "+=" exactly as Asterisk appends it.
    QByteArray appendedText(qsizetype index) const;
    // The comma-separated items of a section header's "( )": "!", "+" and template names.
    QList<QByteArray> sectionOptions(qsizetype index) const;
    bool isTemplateHeader(qsizetype index) const;
    bool isAppendHeader(qsizetype index) const;

    // Line indexes of the headers named `section` (exactly): its definition and its (+)
    // additions, in file order.
    QList<qsizetype> sectionBlocks(QByteArrayView section) const;
    // One past the last line that belongs to the block starting at `header`.
    qsizetype blockEnd(qsizetype header) const;
    QList<QByteArray> sectionNames() const; // every definition (not (+)), in file order

    // Edits. Each returns false with a message and leaves the document unchanged when the
    // edit cannot be made.
    bool setValue(QByteArrayView section, QByteArrayView key, QByteArrayView value,
                  QString *error = nullptr);
    // Removes the section's own assignments of key; *removed gets how many lines went.
    // Replaces the value of the variable on line `index` (an "=" line keeps its operator, a
    // "+=" line becomes "="); the value must be escapable (see escapeValue()).
    bool setLineValue(qsizetype index, QByteArrayView value, QString *error = nullptr);
    bool unsetValue(QByteArrayView section, QByteArrayView key, QString *error = nullptr,
                    int *removed = nullptr);
    bool addSection(QByteArrayView section, const QList<QByteArray> &templates, bool isTemplate,
                    const QList<std::pair<QByteArray, QByteArray>> &values,
                    QString *error = nullptr);
    bool renameSection(QByteArrayView from, QByteArrayView to, QString *error = nullptr);
    bool duplicateSection(QByteArrayView from, QByteArrayView to, QString *error = nullptr);
    bool removeSection(QByteArrayView section, QString *error = nullptr);
    bool setSectionTemplates(QByteArrayView section, bool isTemplate,
                             const QList<QByteArray> &templates, QString *error = nullptr);

    // How a value must be written so that Asterisk reads it back unchanged; empty when it
    // cannot be (line breaks, leading or trailing blanks).
    static std::optional<QByteArray> escapeValue(QByteArrayView value);
    static bool isValidSectionName(QByteArrayView name);

private:
    struct Edit {
        qsizetype offset;
        qsizetype length;
        QByteArray text;
    };
    void apply(QList<Edit> edits);
    void reparse();
    bool findDefinition(QByteArrayView section, QList<qsizetype> *blocks, QString *error) const;
    qsizetype lastVariableLine(qsizetype header) const;
    QByteArray lineTextWithEol(qsizetype index) const;
    // Bytes that start a new line after `index`: an EOL for the line itself when it has
    // none (the last line), then `text`.
    QList<Edit> insertAfter(qsizetype index, const QByteArray &text) const;
    QList<Edit> appendBlock(const QByteArray &blockText) const;
    QByteArray formatAssignment(qsizetype styleLine, QByteArrayView key,
                                QByteArrayView value) const;
    qsizetype styleReference(const QList<qsizetype> &blocks) const;

    QByteArray m_bytes;
    QString m_fileName;
    QList<ConfigLine> m_lines;
};

} // namespace wscm
