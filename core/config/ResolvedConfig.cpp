#include "ResolvedConfig.h"

#include "ByteInterner.h"
#include "ConfigParser.h"
#include "ConfigSet.h"
#include "schema/OptionSchema.h"

#include <QHash>

namespace wscm {

class ResolvedConfig::Builder {
public:
    Builder(const ConfigSet &set, ResolvedConfig &out)
        : m_set(set)
        , m_out(out) {}

    void run() { walk(0, -1); }

private:
    // Returns false when Asterisk stops reading (a whole-file error).
    bool walk(int fileIndex, int current) {
        if (m_stack.contains(fileIndex)) {
            return false; // reported by the includer
        }
        m_stack.append(fileIndex);
        const ConfigDocument &doc = m_set.file(fileIndex).document;
        bool ok = true;
        for (qsizetype i = 0; i < doc.lineCount() && ok; ++i)
            ok = processLine(fileIndex, doc, i, current);
        if (ok)
            reportComments(fileIndex, doc);
        m_stack.removeLast();
        return ok;
    }

    void diagnose(Diagnostic::Severity severity, int file, qsizetype line, int category,
                  const QString &message, bool rejectsFile = false) {
        Diagnostic d;
        d.severity = severity;
        d.file = m_set.file(file).path;
        d.fileIndex = file;
        d.line = static_cast<int>(line + 1);
        if (category >= 0)
            d.section = QString::fromUtf8(m_out.m_categories.at(category).name);
        d.message = message;
        d.rejectsFile = rejectsFile;
        if (rejectsFile)
            m_out.m_rejected = true;
        m_out.m_diagnostics.append(d);
    }

    bool fail(int file, qsizetype line, int category, const QString &message) {
        diagnose(Diagnostic::Severity::Error, file, line, category,
                 message + QStringLiteral("; Asterisk loads nothing from this file"), true);
        return false;
    }

    void warn(int file, qsizetype line, int category, const QString &message) {
        diagnose(Diagnostic::Severity::Warning, file, line, category, message);
    }

    int findCategory(const QByteArray &name) const { return m_byName.value(name.toLower(), -1); }

    int appendCategory(Category category) {
        // The previous category is complete (a later (+) may still grow it): give back the
        // room QList kept for growth; with 20,000 sections that is tens of megabytes.
        if (m_lastAppended >= 0)
            m_out.m_categories[m_lastAppended].variables.squeeze();
        const int index = static_cast<int>(m_out.m_categories.size());
        const QByteArray key = category.name.toLower();
        m_out.m_categories.append(std::move(category));
        if (!m_byName.contains(key))
            m_byName.insert(key, index);
        m_lastAppended = index;
        return index;
    }

    bool processLine(int fileIndex, const ConfigDocument &doc, qsizetype index, int &current) {
        // Files are limited to well under 2^31 lines (FileReader's size limit).
        const auto i = static_cast<qint32>(index);
        const ConfigLine &line = doc.line(i);
        switch (line.kind) {
        case ConfigLine::Kind::Blank:
        case ConfigLine::Kind::Comment:
            return true;
        case ConfigLine::Kind::TooLong:
            warn(fileIndex, i, current,
                 QStringLiteral("line is longer than Asterisk's 8190-byte line buffer; Asterisk "
                                "skips it"));
            return true;
        case ConfigLine::Kind::Invalid:
            return fail(fileIndex, i, current, invalidMessage(line.problem));
        case ConfigLine::Kind::Section:
            return processSection(fileIndex, doc, i, current);
        case ConfigLine::Kind::Directive:
            return processDirective(fileIndex, doc, i, current);
        case ConfigLine::Kind::NoEquals:
        case ConfigLine::Kind::Variable:
            break;
        }
        if (current < 0)
            return fail(fileIndex, i, current,
                        QStringLiteral("parse error: No category context for line %1").arg(i + 1));
        if (line.kind == ConfigLine::Kind::NoEquals) {
            warn(fileIndex, i, current,
                 QStringLiteral("No '=' (equal sign) in line %1; Asterisk ignores it").arg(i + 1));
            return true;
        }
        Category &cat = m_out.m_categories[current];
        const QByteArray key = variablePart(doc, i, true);
        if (line.op == ConfigLine::Op::Append) {
            // Appends to the last variable of that name in the category, inherited ones
            // included; trims the result as config.c does.
            for (auto it = cat.variables.rbegin(); it != cat.variables.rend(); ++it) {
                if (it->name == key) {
                    it->value =
                        ConfigParser::trimmed(it->value + doc.appendedText(i)).toByteArray();
                    it->file = fileIndex;
                    it->line = i;
                    it->inheritedFrom.clear();
                    it->appended = true;
                    return true;
                }
            }
            cat.variables.append({key,
                                  ConfigParser::trimmed(doc.appendedText(i)).toByteArray(),
                                  fileIndex,
                                  i,
                                  {},
                                  false});
            return true;
        }
        cat.variables.append({key, variablePart(doc, i, false), fileIndex, i, {}, false});
        return true;
    }

    // A variable's name or value as doc.name(i) or doc.value(i) reads it, shared with the
    // equal names and values before it where the line is a plain slice of the file: no
    // allocation and no copy per variable.
    QByteArray variablePart(const ConfigDocument &doc, qint32 i, bool name) {
        const ConfigLine &line = doc.line(i);
        const qint32 begin = name ? line.nameBegin : line.valueBegin;
        const qint32 end = name ? line.nameEnd : line.valueEnd;
        if (!line.plain || end <= begin)
            return name ? doc.name(i) : doc.value(i);
        return m_interned.intern(doc.rawLine(i).sliced(begin, end - begin));
    }

    static QString invalidMessage(ConfigLine::Problem problem) {
        switch (problem) {
        case ConfigLine::Problem::NoClosingBracket:
            return QStringLiteral("parse error: no closing ']'");
        case ConfigLine::Problem::NoClosingParen:
            return QStringLiteral("parse error: no closing ')'");
        case ConfigLine::Problem::EscapeControl:
            return QStringLiteral("parse error: '\\' followed by a control character at the "
                                  "start of a line");
        case ConfigLine::Problem::None:
            break;
        }
        return QStringLiteral("parse error");
    }

    bool processSection(int fileIndex, const ConfigDocument &doc, qsizetype i, int &current) {
        Category fresh;
        fresh.name = doc.name(i);
        fresh.file = fileIndex;
        fresh.line = i;
        bool freshAlive = true;
        int target = -1; // an existing category once (+) switched to it
        for (const QByteArray &option : doc.sectionOptions(i)) {
            Category &cat = target >= 0 ? m_out.m_categories[target] : fresh;
            if (option == "!") {
                cat.isTemplate = true;
            } else if (option == "+") {
                const int existing = findCategory(fresh.name);
                if (existing < 0)
                    return fail(fileIndex, i, current,
                                QStringLiteral("Category addition requested, but category '%1' "
                                               "does not exist")
                                    .arg(QString::fromUtf8(fresh.name)));
                if (freshAlive) {
                    m_out.m_categories[existing].variables += fresh.variables;
                    freshAlive = false;
                }
                target = existing;
            } else {
                const int base = findCategory(option);
                if (base < 0)
                    return fail(fileIndex, i, current,
                                QStringLiteral("Inheritance requested, but category '%1' does "
                                               "not exist")
                                    .arg(QString::fromUtf8(option)));
                // Copy first: `cat` may be the base itself.
                const QList<Variable> inherited = m_out.m_categories.at(base).variables;
                Category &into = target >= 0 ? m_out.m_categories[target] : fresh;
                for (Variable v : inherited) {
                    if (v.inheritedFrom.isEmpty())
                        v.inheritedFrom = m_out.m_categories.at(base).name;
                    into.variables.append(v);
                }
                into.templates.append(option);
            }
        }
        current = freshAlive ? appendCategory(std::move(fresh)) : target;
        return true;
    }

    bool processDirective(int fileIndex, const ConfigDocument &doc, qsizetype i, int &current) {
        const QByteArray word = doc.name(i);
        const bool include = word.compare("include", Qt::CaseInsensitive) == 0;
        const bool tryInclude = word.compare("tryinclude", Qt::CaseInsensitive) == 0;
        const bool exec = word.compare("exec", Qt::CaseInsensitive) == 0;
        if (!include && !tryInclude && !exec) {
            warn(fileIndex, i, current,
                 QStringLiteral("Unknown directive '#%1'; Asterisk ignores the line")
                     .arg(QString::fromUtf8(word)));
            return true;
        }
        if (doc.value(i).isEmpty()) {
            warn(fileIndex, i, current,
                 QStringLiteral("Directive '#%1' needs an argument").arg(QString::fromUtf8(word)));
            return true;
        }
        if (exec) {
            warn(fileIndex, i, current,
                 QStringLiteral("#exec is never run by wscm, so what it would add is not checked "
                                "(Asterisk runs it only with execincludes = yes)"));
            return true;
        }
        const ConfigSet::IncludeTarget target = m_set.includeTarget(fileIndex, i);
        if (!target.error.isEmpty()) {
            if (target.missing && tryInclude)
                return true;
            return fail(fileIndex, i, current, target.error);
        }
        for (int included : target.files) {
            if (m_stack.contains(included))
                return fail(fileIndex, i, current,
                            QStringLiteral("#include cycle: '%1' includes itself again")
                                .arg(m_set.file(included).path));
            // The included file continues in the category appended last; the includer
            // keeps its own current category afterwards, as config.c does.
            if (!walk(included, m_lastAppended))
                return false;
        }
        return true;
    }

    void reportComments(int fileIndex, const ConfigDocument &doc) {
        qsizetype opened = -1;
        for (qsizetype i = 0; i < doc.lineCount(); ++i) {
            const ConfigLine &l = doc.line(i);
            if (l.depthAtEnd < 0 && l.depthAtStart >= 0) {
                warn(fileIndex, i, -1,
                     QStringLiteral("'--;' closes a block comment that was never opened; Asterisk "
                                    "then reads the rest of the file as a comment"));
            }
            if (l.depthAtStart <= 0 && l.depthAtEnd > 0)
                opened = i;
        }
        if (doc.lineCount() > 0 && doc.line(doc.lineCount() - 1).depthAtEnd > 0 && opened >= 0)
            warn(fileIndex, opened, -1,
                 QStringLiteral("Unterminated comment detected beginning on line %1")
                     .arg(opened + 1));
    }

    const ConfigSet &m_set;
    ResolvedConfig &m_out;
    QList<int> m_stack;
    QHash<QByteArray, int> m_byName;
    int m_lastAppended = -1;
    ByteInterner m_interned; // variables' names and values
};

EffectiveOptions ResolvedConfig::effectiveOptions(const Category &category) const {
    EffectiveOptions options(category.variables.size());
    // The inherited variables of a section mostly come from one template: its name is
    // converted once, not once per variable.
    QByteArray templateName;
    QString templateText;
    for (const Variable &v : category.variables) {
        const OptionSpec *spec = OptionSchema::find(v.name.constData(), v.name.size());
        if (!spec)
            continue;
        const int index = static_cast<int>(spec - OptionSchema::options().data());
        EffectiveValue effective;
        effective.value = v.value;
        effective.file = m_files.at(v.file);
        effective.line = static_cast<int>(v.line + 1);
        if (v.inheritedFrom != templateName) {
            templateName = v.inheritedFrom;
            templateText = QString::fromUtf8(templateName);
        }
        effective.fromTemplate = templateText;
        effective.isSet = true;
        options.set(index, effective);
    }
    return options;
}

const ResolvedConfig::Category *ResolvedConfig::category(QByteArrayView name) const {
    const Category *found = nullptr;
    for (const Category &c : m_categories) {
        if (c.name == name && (!found || (found->isTemplate && !c.isTemplate)))
            found = &c;
    }
    return found;
}

ResolvedConfig ResolvedConfig::resolve(const ConfigSet &set) {
    ResolvedConfig out;
    out.m_files = set.paths();
    Builder(set, out).run();
    return out;
}

} // namespace wscm
