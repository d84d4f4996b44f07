// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigDocument.h"

#include "ConfigParser.h"

#include <algorithm>
#include <vector>

namespace wscm {

namespace {

void setError(QString *error, const QString &message) {
    if (error)
        *error = message;
}

QString quoted(QByteArrayView name) {
    return QStringLiteral("[%1]").arg(QString::fromUtf8(name));
}

} // namespace

ConfigDocument::ConfigDocument(QByteArray bytes, QString fileName)
    : m_bytes(std::move(bytes))
    , m_fileName(std::move(fileName)) {
    reparse();
}

void ConfigDocument::setBytes(QByteArray bytes) {
    m_bytes = std::move(bytes);
    reparse();
}

void ConfigDocument::reparse() {
    m_lines = ConfigParser::parse(m_bytes);
}

QByteArrayView ConfigDocument::rawLine(qsizetype index) const {
    return ConfigParser::rawLine(m_bytes, m_lines.at(index));
}

QByteArray ConfigDocument::lineTextWithEol(qsizetype index) const {
    const ConfigLine &l = m_lines.at(index);
    return m_bytes.mid(l.offset, l.length + l.eolLength);
}

QByteArray ConfigDocument::dominantEol() const {
    qsizetype crlf = 0;
    qsizetype lf = 0;
    for (const ConfigLine &l : m_lines) {
        if (l.eolLength == 2)
            ++crlf;
        else if (l.eolLength == 1)
            ++lf;
    }
    return crlf > lf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

QByteArray ConfigDocument::name(qsizetype index) const {
    return ConfigParser::name(m_bytes, m_lines.at(index));
}

QByteArray ConfigDocument::value(qsizetype index) const {
    return ConfigParser::value(m_bytes, m_lines.at(index));
}

QByteArray ConfigDocument::appendedText(qsizetype index) const {
    return ConfigParser::appendedText(m_bytes, m_lines.at(index));
}

QList<QByteArray> ConfigDocument::sectionOptions(qsizetype index) const {
    return ConfigParser::sectionOptions(m_bytes, m_lines.at(index));
}

bool ConfigDocument::isTemplateHeader(qsizetype index) const {
    return sectionOptions(index).contains(QByteArrayLiteral("!"));
}

bool ConfigDocument::isAppendHeader(qsizetype index) const {
    return sectionOptions(index).contains(QByteArrayLiteral("+"));
}

QList<qsizetype> ConfigDocument::sectionBlocks(QByteArrayView section) const {
    QList<qsizetype> blocks;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == ConfigLine::Kind::Section && name(i) == section)
            blocks.append(i);
    }
    return blocks;
}

QList<QByteArray> ConfigDocument::sectionNames() const {
    QList<QByteArray> names;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == ConfigLine::Kind::Section && !isAppendHeader(i))
            names.append(name(i));
    }
    return names;
}

qsizetype ConfigDocument::blockEnd(qsizetype header) const {
    for (qsizetype i = header + 1; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == ConfigLine::Kind::Section)
            return i;
    }
    return m_lines.size();
}

qsizetype ConfigDocument::lastVariableLine(qsizetype header) const {
    qsizetype last = header;
    const qsizetype end = blockEnd(header);
    for (qsizetype i = header + 1; i < end; ++i) {
        const ConfigLine::Kind k = m_lines[i].kind;
        if (k == ConfigLine::Kind::Variable || k == ConfigLine::Kind::NoEquals ||
            k == ConfigLine::Kind::Directive)
            last = i;
    }
    return last;
}

bool ConfigDocument::findDefinition(QByteArrayView section, QList<qsizetype> *blocks,
                                    QString *error) const {
    const QList<qsizetype> all = sectionBlocks(section);
    QList<qsizetype> definitions;
    for (qsizetype header : all) {
        if (!isAppendHeader(header))
            definitions.append(header);
    }
    if (definitions.isEmpty()) {
        setError(error, QStringLiteral("no section %1 in %2").arg(quoted(section), m_fileName));
        return false;
    }
    if (definitions.size() > 1) {
        QStringList where;
        for (qsizetype header : definitions)
            where.append(QString::number(header + 1));
        setError(error, QStringLiteral("section %1 is defined %2 times (lines %3); edit it by hand")
                            .arg(quoted(section))
                            .arg(definitions.size())
                            .arg(where.join(QStringLiteral(", "))));
        return false;
    }
    blocks->clear();
    for (qsizetype header : all) {
        if (header >= definitions.first())
            blocks->append(header);
    }
    return true;
}

std::optional<QByteArray> ConfigDocument::escapeValue(QByteArrayView value) {
    if (value.contains('\n') || value.contains('\r') || value.contains('\0'))
        return std::nullopt;
    if (!value.isEmpty() &&
        (ConfigParser::isBlank(value.front()) || ConfigParser::isBlank(value.back())))
        return std::nullopt;
    QByteArray escaped;
    escaped.reserve(value.size());
    for (char c : value) {
        if (c == ';')
            escaped.append('\\');
        escaped.append(c);
    }
    return escaped;
}

bool ConfigDocument::isValidSectionName(QByteArrayView name) {
    if (name.isEmpty())
        return false;
    for (char c : name) {
        if (c == ']' || c == '[' || c == ';' || c == '\n' || c == '\r' || c == '\0')
            return false;
    }
    return !ConfigParser::isBlank(name.front()) && !ConfigParser::isBlank(name.back());
}

void ConfigDocument::apply(QList<Edit> edits) {
    // Back to front, so earlier offsets stay valid.
    std::stable_sort(edits.begin(), edits.end(),
                     [](const Edit &a, const Edit &b) { return a.offset > b.offset; });
    for (const Edit &e : edits)
        m_bytes.replace(e.offset, e.length, e.text);
    reparse();
}

QList<ConfigDocument::Edit> ConfigDocument::insertAfter(qsizetype index,
                                                        const QByteArray &text) const {
    const ConfigLine &l = m_lines.at(index);
    if (l.eolLength == 0) // the last line has no newline: keep the file ending without one
        return {{l.end(), 0, dominantEol() + text}};
    return {{l.endWithEol(), 0, text + m_bytes.mid(l.end(), l.eolLength)}};
}

QList<ConfigDocument::Edit> ConfigDocument::appendBlock(const QByteArray &blockText) const {
    const QByteArray eol = dominantEol();
    QByteArray text;
    if (!m_lines.isEmpty()) {
        const ConfigLine &last = m_lines.constLast();
        if (last.eolLength == 0)
            text += eol;
        if (last.kind != ConfigLine::Kind::Blank || last.eolLength == 0)
            text += eol; // a blank line between sections, as admins write them
    }
    text += blockText + eol;
    return {{m_bytes.size(), 0, text}};
}

qsizetype ConfigDocument::styleReference(const QList<qsizetype> &blocks) const {
    for (auto it = blocks.crbegin(); it != blocks.crend(); ++it) {
        const qsizetype last = lastVariableLine(*it);
        if (last != *it && m_lines[last].kind == ConfigLine::Kind::Variable)
            return last;
    }
    for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
        if (m_lines[i].kind == ConfigLine::Kind::Variable && m_lines[i].plain)
            return i;
    }
    return -1;
}

QByteArray ConfigDocument::formatAssignment(qsizetype styleLine, QByteArrayView key,
                                            QByteArrayView value) const {
    QByteArray indent;
    QByteArray before = " ";
    QByteArray after = " ";
    if (styleLine >= 0) {
        const ConfigLine &l = m_lines.at(styleLine);
        const QByteArrayView raw = rawLine(styleLine);
        indent = raw.first(l.nameBegin).toByteArray();
        before = raw.sliced(l.nameEnd, l.opBegin - l.nameEnd).toByteArray();
        if (l.valueEnd > l.valueBegin)
            after = raw.sliced(l.opEnd, l.valueBegin - l.opEnd).toByteArray();
        else
            after = before;
        // Copy only blanks: on a line with "\;" or a block comment the raw ranges hold
        // bytes Asterisk never reads, and they must not leak into the new line.
        for (QByteArray *blanks : {&indent, &before, &after}) {
            if (!ConfigParser::trimmed(*blanks).isEmpty())
                *blanks = blanks == &indent ? QByteArray() : QByteArrayLiteral(" ");
        }
    }
    if (after.isEmpty() && value.startsWith('>'))
        after = " "; // "=" then ">x" would read as "=>" and "x"
    if (before.isEmpty() && key.endsWith('+'))
        before = " "; // "a+" then "=" would read as "a" and "+="
    QByteArray line = indent + key.toByteArray() + before + '=';
    if (!value.isEmpty())
        line += after + value.toByteArray();
    return line;
}

bool ConfigDocument::setValue(QByteArrayView section, QByteArrayView key, QByteArrayView value,
                              QString *error) {
    const auto escaped = escapeValue(value);
    if (!escaped) {
        setError(error, QStringLiteral("a value cannot contain line breaks or start or end with "
                                       "blanks (Asterisk trims them)"));
        return false;
    }
    // A line starting with '[' or '#' is a section or a directive, whatever follows.
    if (key.isEmpty() || key.contains('=') || key.contains(';') || key.startsWith('[') ||
        key.startsWith('#') || ConfigParser::trimmed(key) != key) {
        setError(error,
                 QStringLiteral("'%1' is not a usable option name").arg(QString::fromUtf8(key)));
        return false;
    }
    QList<qsizetype> blocks;
    if (!findDefinition(section, &blocks, error))
        return false;

    qsizetype target = -1;
    for (qsizetype header : blocks) {
        const qsizetype end = blockEnd(header);
        for (qsizetype i = header + 1; i < end; ++i) {
            if (m_lines[i].kind == ConfigLine::Kind::Variable &&
                name(i).compare(key, Qt::CaseInsensitive) == 0)
                target = i;
        }
    }
    if (target < 0) {
        // A new line must not land inside a block comment, or Asterisk would never see it.
        const qsizetype header = blocks.constLast();
        qsizetype after = lastVariableLine(header);
        while (after > header && m_lines[after].depthAtEnd != 0)
            --after;
        if (m_lines[after].depthAtEnd != 0) {
            setError(error, QStringLiteral("section %1 ends inside a block comment (;-- ... --;); "
                                           "add the option by hand")
                                .arg(quoted(section)));
            return false;
        }
        apply(insertAfter(after, formatAssignment(styleReference(blocks), key, *escaped)));
        return true;
    }
    return setLineValue(target, value, error);
}

bool ConfigDocument::setLineValue(qsizetype index, QByteArrayView value, QString *error) {
    const auto escaped = escapeValue(value);
    if (!escaped || index < 0 || index >= m_lines.size() ||
        m_lines[index].kind != ConfigLine::Kind::Variable) {
        setError(error, QStringLiteral("line %1 cannot take that value").arg(index + 1));
        return false;
    }
    const ConfigLine &l = m_lines[index];
    if (l.op != ConfigLine::Op::Append && this->value(index) == value)
        return true;
    const QByteArrayView raw = rawLine(index);
    QByteArray text = *escaped;
    if (l.valueEnd < l.length && raw[l.valueEnd] == ';')
        text += ' '; // keep "value;comment" from turning into an escape or "--;"
    // The byte before the value is '=', '>', a blank or the ';' ending a block comment.
    const char previous = raw[l.valueBegin - 1];
    if (l.valueBegin == l.valueEnd && !text.isEmpty() && l.opBegin > 0 &&
        ConfigParser::isBlank(raw[l.opBegin - 1]))
        text.prepend(' ');
    else if (!ConfigParser::isBlank(previous) &&
             ((text.startsWith('>') && l.op != ConfigLine::Op::Object) ||
              (previous == ';' && text.startsWith("--"))))
        text.prepend(' '); // "=" then ">x" would read as "=>" and "x"; "--;" then "--" as ";--"
    QList<Edit> edits{{l.offset + l.valueBegin, l.valueEnd - l.valueBegin, text}};
    // "+=" would add to the old value: make it "=", apart from a key ending in '+' ("a++= x"
    // would become "a+= x", which adds to a).
    if (l.op == ConfigLine::Op::Append)
        edits.append(
            {l.offset + l.opBegin, l.opEnd - l.opBegin,
             name(index).endsWith('+') ? QByteArrayLiteral(" =") : QByteArrayLiteral("=")});
    // A value can hold a stray "--;" that Asterisk reads as part of it but that also
    // changes how every later line is read; replacing it would silently change those
    // lines' meaning, so such an edit is refused.
    const int depthAfter = l.depthAtEnd;
    const QByteArray before = m_bytes;
    apply(edits);
    if (m_lines.at(index).depthAtEnd != depthAfter) {
        setBytes(before);
        setError(error, QStringLiteral("line %1 holds a block-comment marker (;-- or --;) that "
                                       "Asterisk reads with the value; edit it by hand")
                            .arg(index + 1));
        return false;
    }
    return true;
}

bool ConfigDocument::unsetValue(QByteArrayView section, QByteArrayView key, QString *error,
                                int *removed) {
    QList<qsizetype> blocks;
    if (!findDefinition(section, &blocks, error))
        return false;
    QList<Edit> edits;
    QList<qsizetype> gone;
    for (qsizetype header : blocks) {
        const qsizetype end = blockEnd(header);
        for (qsizetype i = header + 1; i < end; ++i) {
            if (m_lines[i].kind == ConfigLine::Kind::Variable &&
                name(i).compare(key, Qt::CaseInsensitive) == 0) {
                gone.append(i);
                edits.append({m_lines[i].offset, m_lines[i].length + m_lines[i].eolLength, {}});
            }
        }
    }
    if (removed)
        *removed = static_cast<int>(gone.size());
    if (gone.isEmpty())
        return true;
    // The file ended without a newline on a removed line: let the new last line end so too.
    const qsizetype last = m_lines.size() - 1;
    if (gone.constLast() == last && m_lines[last].eolLength == 0) {
        qsizetype keep = last - 1;
        while (keep >= 0 && gone.contains(keep))
            --keep;
        if (keep >= 0)
            edits.append({m_lines[keep].end(), m_lines[keep].eolLength, {}});
    }
    apply(edits);
    return true;
}

bool ConfigDocument::addSection(QByteArrayView section, const QList<QByteArray> &templates,
                                bool isTemplate,
                                const QList<std::pair<QByteArray, QByteArray>> &values,
                                QString *error) {
    if (!isValidSectionName(section)) {
        setError(
            error,
            QStringLiteral("'%1' is not a usable section name").arg(QString::fromUtf8(section)));
        return false;
    }
    if (!sectionBlocks(section).isEmpty()) {
        setError(error, QStringLiteral("section %1 already exists").arg(quoted(section)));
        return false;
    }
    QList<QByteArray> options;
    if (isTemplate)
        options.append(QByteArrayLiteral("!"));
    options += templates;
    QByteArray block = '[' + section.toByteArray() + ']';
    if (!options.isEmpty())
        block += '(' + options.join(',') + ')';
    const QByteArray eol = dominantEol();
    const qsizetype style = styleReference({});
    for (const auto &[key, value] : values) {
        const auto escaped = escapeValue(value);
        if (!escaped) {
            setError(
                error,
                QStringLiteral("the value of %1 cannot be written").arg(QString::fromUtf8(key)));
            return false;
        }
        block += eol + formatAssignment(style, key, *escaped);
    }
    apply(appendBlock(block));
    return true;
}

bool ConfigDocument::renameSection(QByteArrayView from, QByteArrayView to, QString *error) {
    QList<qsizetype> blocks;
    if (!findDefinition(from, &blocks, error))
        return false;
    if (from == to)
        return true;
    if (!isValidSectionName(to)) {
        setError(error,
                 QStringLiteral("'%1' is not a usable section name").arg(QString::fromUtf8(to)));
        return false;
    }
    if (!sectionBlocks(to).isEmpty()) {
        setError(error, QStringLiteral("section %1 already exists").arg(quoted(to)));
        return false;
    }
    QList<Edit> edits;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const ConfigLine &l = m_lines[i];
        if (l.kind != ConfigLine::Kind::Section)
            continue;
        if (name(i) == from)
            edits.append({l.offset + l.nameBegin, l.nameEnd - l.nameBegin, to.toByteArray()});
        QList<QByteArray> options = sectionOptions(i);
        if (options.contains(from.toByteArray())) {
            std::replace(options.begin(), options.end(), from.toByteArray(), to.toByteArray());
            edits.append({l.offset + l.valueBegin, l.valueEnd - l.valueBegin, options.join(',')});
        }
    }
    apply(edits);
    return true;
}

bool ConfigDocument::duplicateSection(QByteArrayView from, QByteArrayView to, QString *error) {
    QList<qsizetype> blocks;
    if (!findDefinition(from, &blocks, error))
        return false;
    if (!isValidSectionName(to) || !sectionBlocks(to).isEmpty()) {
        setError(error, QStringLiteral("cannot create section %1: the name is taken or not usable")
                            .arg(quoted(to)));
        return false;
    }
    QList<QByteArray> options = sectionOptions(blocks.first());
    QByteArray block = '[' + to.toByteArray() + ']';
    if (!options.isEmpty())
        block += '(' + options.join(',') + ')';
    const QByteArray eol = dominantEol();
    for (qsizetype header : blocks) {
        const qsizetype end = blockEnd(header);
        for (qsizetype i = header + 1; i < end; ++i) {
            if (m_lines[i].kind == ConfigLine::Kind::Variable)
                block += eol + rawLine(i).toByteArray();
        }
    }
    apply(appendBlock(block));
    return true;
}

bool ConfigDocument::removeSection(QByteArrayView section, QString *error) {
    QList<qsizetype> blocks;
    if (!findDefinition(section, &blocks, error))
        return false;
    QList<Edit> edits;
    for (qsizetype header : blocks) {
        const qsizetype last = lastVariableLine(header);
        const qsizetype begin = m_lines[header].offset;
        edits.append({begin, m_lines[last].endWithEol() - begin, {}});
    }
    apply(edits);
    return true;
}

bool ConfigDocument::setSectionTemplates(QByteArrayView section, bool isTemplate,
                                         const QList<QByteArray> &templates, QString *error) {
    QList<qsizetype> blocks;
    if (!findDefinition(section, &blocks, error))
        return false;
    for (const QByteArray &t : templates) {
        if (!isValidSectionName(t) || t.contains(',') || t.contains('(') || t.contains(')')) {
            setError(
                error,
                QStringLiteral("'%1' is not a usable template name").arg(QString::fromUtf8(t)));
            return false;
        }
    }
    QList<QByteArray> options;
    if (isTemplate)
        options.append(QByteArrayLiteral("!"));
    options += templates;
    const qsizetype header = blocks.first();
    const ConfigLine &l = m_lines[header];
    if (options == sectionOptions(header))
        return true;
    const QByteArray contents = options.join(',');
    if (l.hasParens()) {
        if (options.isEmpty())
            apply({{l.offset + l.opBegin, l.opEnd - l.opBegin, {}}});
        else
            apply({{l.offset + l.valueBegin, l.valueEnd - l.valueBegin, contents}});
    } else if (!options.isEmpty()) {
        apply({{l.offset + l.opBegin, 0, '(' + contents + ')'}});
    }
    return true;
}

} // namespace wscm
