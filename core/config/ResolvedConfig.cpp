// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ResolvedConfig.h"

#include "ConfigLineReader.h"
#include "ConfigParser.h"
#include "ConfigSet.h"
#include "SectionHeaderScan.h"
#include "schema/OptionSchema.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

#include <regex.h>

namespace wscm {

namespace {

// ast_strsep(&s, sep, AST_STRSEP_STRIP) for the filters of "(+filter)": splits at `sep`
// outside quotes (a backslash hides the next byte), then trims blanks and one pair of
// quotes. *rest becomes empty (C's NULL) after the last piece.
std::optional<QByteArray> strsepStrip(std::optional<QByteArray> *rest, char sep) {
    if (!*rest)
        return std::nullopt;
    const QByteArray text = **rest;
    qsizetype cut = -1;
    QByteArray quotes;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') {
            i += 1;
            continue;
        }
        if (text[i] == '\'' || text[i] == '"') {
            if (!quotes.isEmpty() && quotes.back() == text[i])
                quotes.chop(1);
            else
                quotes.append(text[i]);
        }
        if (text[i] == sep && quotes.isEmpty()) {
            cut = i;
            break;
        }
    }
    QByteArray piece = cut < 0 ? text : text.left(cut);
    *rest = cut < 0 ? std::nullopt : std::optional<QByteArray>(text.mid(cut + 1));
    piece = ConfigParser::trimmed(piece).toByteArray();
    if (piece.size() >= 2 && (piece.front() == '"' || piece.front() == '\'') &&
        piece.back() == piece.front())
        piece = piece.mid(1, piece.size() - 2);
    return piece;
}

bool extendedRegexMatches(const QByteArray &pattern, const QByteArray &text, bool *valid) {
    regex_t re;
    if (regcomp(&re, pattern.constData(), REG_EXTENDED | REG_NOSUB) != 0) {
        *valid = false;
        return false;
    }
    const bool matches = regexec(&re, text.constData(), 0, nullptr, 0) == 0;
    regfree(&re);
    return matches;
}

} // namespace

static_assert(sizeof(ResolvedConfig::Variable) == 32, "220,000 of them in a 20,000-section file");

class ResolvedConfig::Builder {
    // The line being processed, and where it is.
    struct Line {
        int file = 0;
        QByteArrayView bytes; // all of the file's
        ConfigLine line;
        qint32 index = 0;
    };

public:
    Builder(const ConfigSet &set, ResolvedConfig &out, const CategoryHandler *completed)
        : m_set(set)
        , m_out(out)
        , m_completed(completed) {}

    void run() {
        // Room for the main file's sections at once: growing the list by doubling would hold
        // the old and the new copy together, 200,000 sections' worth of Category each. An
        // underestimate only grows.
        m_out.m_categories.reserve(SectionHeaderScan::headerCount(m_set.file(0).bytes));
        // A section is complete once the next one begins, unless a (+) may add to it later
        // or an included file's sections may come before its last lines.
        if (m_completed && !m_set.readsIncludedFiles()) {
            m_scan.emplace(m_set.file(0).bytes);
            if (m_scan->mayAddToEarlier())
                m_scan.reset();
        }
        load({0});
        if (m_scan && m_lastAppended >= 0) {
            complete(m_lastAppended);
        } else if (m_completed && !m_scan) {
            for (qsizetype i = 0; i < m_out.m_categories.size(); ++i)
                (*m_completed)(m_out, i);
        }
    }

private:
    // `index` will not change any more: hand it over, then let go of what no later section
    // can need. The first section is kept: "[s]()" inherits from it whatever its name.
    void complete(int index) {
        (*m_completed)(m_out, index);
        Category &done = m_out.m_categories[index];
        if (index == 0 || m_scan->mayBeNamed(done.name))
            return;
        done.variables = QList<Variable>();
        done.templates = QList<QByteArray>();
    }

    // config.c's depth limit: the main file and ten levels of #include below it.
    static constexpr int maxIncludeLevel = 10;
    enum class Load { Read, Invalid, Missing };

    // Reads the files of one #include (one glob) as config.c does in one call: a block
    // comment or a section left open in one file continues in the next; an error ends this
    // call (the files after it are not read) and Asterisk goes on with the includer. Only
    // an error in the outermost call, the main file's, makes Asterisk load nothing.
    Load load(const QList<int> &files) {
        ++m_level;
        ++m_calls;
        int current = m_current;
        ConfigParser::Context context;
        Openings openings;
        Load result = files.isEmpty() ? Load::Missing : Load::Read;
        for (int fileIndex : files) {
            // Each line is looked at once, as it is read: no line table (a large check).
            const QByteArray &bytes = m_set.file(fileIndex).bytes;
            ConfigLineReader reader(bytes, context);
            Line line;
            line.file = fileIndex;
            line.bytes = bytes;
            bool ok = true;
            while (ok && reader.next(&line.line)) {
                // Files are limited to well under 2^31 lines (FileReader's size limit).
                line.index = static_cast<qint32>(reader.count() - 1);
                ok = processLine(line, current);
                noteComments(line, openings);
            }
            // After the last line config.c got to; an empty file ends no comment of its own.
            reportUnterminated(fileIndex, reader.count() > 0 ? reader.depth() : 0, openings);
            if (!ok) {
                result = Load::Invalid;
                break;
            }
            context.depth = reader.depth();
            // config.c counts a line even for an empty file (its first fgets() fails).
            context.firstLine = false;
        }
        --m_calls;
        // config.c forgets to count an invalid file's level back down.
        if (result != Load::Invalid)
            --m_level;
        return result;
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

    // An error that ends the reading of this file: in the main file Asterisk then loads
    // nothing; in an included file it goes on after the #include.
    bool fail(int file, qsizetype line, int category, const QString &message) {
        if (m_calls == 1) {
            diagnose(Diagnostic::Severity::Error, file, line, category,
                     message + QStringLiteral("; Asterisk loads nothing from this file"), true);
        } else {
            diagnose(Diagnostic::Severity::Error, file, line, category,
                     message + QStringLiteral("; Asterisk reads no further in this file (nor in "
                                              "the files after it in the same #include) and "
                                              "goes on after the #include"));
        }
        return false;
    }

    void warn(int file, qsizetype line, int category, const QString &message) {
        diagnose(Diagnostic::Severity::Warning, file, line, category, message);
    }
    void warn(const Line &at, int category, const QString &message) {
        warn(at.file, at.index, category, message);
    }
    bool fail(const Line &at, int category, const QString &message) {
        return fail(at.file, at.index, category, message);
    }

    // config.c's does_category_match(): the name without case (an empty name matches every
    // section), then a filter: empty (no templates), TEMPLATES=include|restrict, or
    // name=value regular expressions that some variable must match.
    bool matches(const Category &c, const QByteArray &name, const QByteArray &filter,
                 char sep) const {
        if (!name.isEmpty() && c.name.compare(name, Qt::CaseInsensitive) != 0)
            return false;
        if (filter.isEmpty())
            return !c.isTemplate;
        int expressions = 0;
        int found = 0;
        bool templateOk = false;
        std::optional<QByteArray> rest = filter;
        while (const std::optional<QByteArray> item = strsepStrip(&rest, sep)) {
            ++expressions;
            std::optional<QByteArray> pair = *item;
            const std::optional<QByteArray> key = strsepStrip(&pair, '=');
            const std::optional<QByteArray> value = strsepStrip(&pair, '=');
            if (!value)
                break;
            if (*key == "TEMPLATES") {
                if (value->compare("include", Qt::CaseInsensitive) == 0) {
                    templateOk = templateOk || c.isTemplate;
                    ++found;
                } else if (value->compare("restrict", Qt::CaseInsensitive) == 0) {
                    if (!c.isTemplate)
                        break;
                    ++found;
                    templateOk = true;
                }
                continue;
            }
            bool valid = true;
            for (const Variable &v : c.variables) {
                if (extendedRegexMatches(*key, m_out.name(v).toByteArray(), &valid) &&
                    extendedRegexMatches(*value, m_out.value(v).toByteArray(), &valid)) {
                    ++found;
                    break;
                }
            }
            if (!valid)
                return false;
        }
        return found == expressions && (!c.isTemplate || templateOk);
    }

    // The first section that matches, in file order (config.c's category_get_sep()).
    int findCategory(const QByteArray &name, const QByteArray &filter, char sep) const {
        for (qsizetype i = 0; i < m_out.m_categories.size(); ++i) {
            if (matches(m_out.m_categories.at(i), name, filter, sep))
                return static_cast<int>(i);
        }
        return -1;
    }

    // findCategory(name, "TEMPLATES=include", ','), as config.c looks up a base to inherit
    // from: that filter lets templates and other sections through alike, so the name alone
    // decides, and the filter need not be taken apart once per section.
    // Categories are only ever appended, so the first one of a name stays the first: the
    // answer for the last name asked for is kept (most sections name the same template),
    // and the others come from an index of first names that grows only when asked. A file
    // whose sections each inherit from the one before stays linear.
    int findBase(const QByteArray &name) {
        if (name.isEmpty())
            return m_out.m_categories.isEmpty() ? -1 : 0;
        if (m_lastBase >= 0 && name == m_lastBaseName)
            return m_lastBase;
        for (; m_namesIndexed < m_out.m_categories.size(); ++m_namesIndexed) {
            // ASCII only, as config.c's strcasecmp() compares.
            const QByteArray key = m_out.m_categories.at(m_namesIndexed).name.toLower();
            if (!m_firstByName.contains(key))
                m_firstByName.insert(key, static_cast<int>(m_namesIndexed));
        }
        const int found = m_firstByName.value(name.toLower(), -1);
        if (found >= 0) {
            m_lastBase = found;
            m_lastBaseName = name;
        }
        return found;
    }

    int appendCategory(Category category) {
        // The previous category is complete (a later (+) may still grow it): give back the
        // room QList kept for growth; with 20,000 sections that is tens of megabytes.
        if (m_lastAppended >= 0) {
            QList<Variable> &previous = m_out.m_categories[m_lastAppended].variables;
            m_ownGuess = std::max<qsizetype>(0, previous.size() - m_lastInherited);
            if (m_scan)
                complete(m_lastAppended);
            else
                previous.squeeze();
        }
        const int index = static_cast<int>(m_out.m_categories.size());
        m_lastInherited = category.variables.size();
        m_out.m_categories.append(std::move(category));
        m_lastAppended = index;
        m_current = index;
        return index;
    }

    bool processLine(const Line &at, int &current) {
        const ConfigLine &line = at.line;
        if (line.kind != ConfigLine::Kind::TooLong &&
            ConfigParser::rawLine(at.bytes, line).contains('\0')) {
            warn(at, current, QStringLiteral("a NUL byte: Asterisk reads this line only up to it"));
        }
        switch (line.kind) {
        case ConfigLine::Kind::Blank:
        case ConfigLine::Kind::Comment:
            return true;
        case ConfigLine::Kind::TooLong:
            warn(at, current,
                 QStringLiteral("line is longer than Asterisk's 8191-byte line buffer; Asterisk "
                                "skips it"));
            return true;
        case ConfigLine::Kind::Invalid:
            return fail(at, current, invalidMessage(line.problem));
        case ConfigLine::Kind::Section:
            return processSection(at, current);
        case ConfigLine::Kind::Directive:
            return processDirective(at, current);
        case ConfigLine::Kind::NoEquals:
        case ConfigLine::Kind::Variable:
            break;
        }
        if (current < 0)
            return fail(
                at, current,
                QStringLiteral("parse error: No category context for line %1").arg(at.index + 1));
        if (line.kind == ConfigLine::Kind::NoEquals) {
            warn(at, current,
                 QStringLiteral("No '=' (equal sign) in line %1; Asterisk ignores it")
                     .arg(at.index + 1));
            return true;
        }
        const Part key = variablePart(at, true);
        if (key.text.size == 0) {
            warn(at, current,
                 QStringLiteral("No variable name in line %1; Asterisk ignores it")
                     .arg(at.index + 1));
            return true;
        }
        const QByteArrayView keyBytes = m_out.text(key.text, key.owned, at.file);
        QList<Variable> &variables = m_out.m_categories[current].variables;
        if (line.op == ConfigLine::Op::Append) {
            // The last variable of exactly that name (inherited ones included)...
            const auto replace =
                std::find_if(variables.crbegin(), variables.crend(),
                             [&](const Variable &v) { return m_out.name(v) == keyBytes; });
            if (replace != variables.crend()) {
                const QByteArray name = m_out.name(*replace).toByteArray();
                const QByteArray match = m_out.value(*replace).toByteArray();
                const QByteArray value =
                    ConfigParser::trimmed(match + ConfigParser::appendedText(at.bytes, line))
                        .toByteArray();
                // ...but config.c's ast_variable_update() then rewrites the last variable
                // whose name and value equal that one's without case (or, for an empty
                // value, whose name does), keeping its place and line.
                for (auto it = variables.rbegin(); it != variables.rend(); ++it) {
                    if (m_out.name(*it).compare(name, Qt::CaseInsensitive) == 0 &&
                        (match.isEmpty() ||
                         m_out.value(*it).compare(match, Qt::CaseInsensitive) == 0)) {
                        it->name = own(name);
                        it->nameOwned = true;
                        it->value = own(value);
                        it->valueOwned = true;
                        it->inheritedFrom = -1;
                        it->appended = true;
                        break;
                    }
                }
                return true;
            }
        }
        const Part value = variablePart(at, false);
        Variable v;
        v.name = key.text;
        v.nameOwned = key.owned;
        v.value = value.text;
        v.valueOwned = value.owned;
        v.file = at.file;
        v.line = at.index;
        const OptionSpec *spec = OptionSchema::find(keyBytes.data(), keyBytes.size());
        v.option = spec ? static_cast<qint8>(spec - OptionSchema::options().data()) : qint8(-1);
        variables.append(v);
        return true;
    }

    // A variable's name or value as ConfigParser::name() or value() reads it: where the line
    // is a plain slice of the file (nearly always), where it stands in the file's bytes;
    // otherwise (escapes, block comments) the text in the config's own list.
    struct Part {
        Text text;
        bool owned = false;
    };
    Part variablePart(const Line &at, bool name) {
        const ConfigLine &line = at.line;
        if (!line.plain) {
            return {own(name ? ConfigParser::name(at.bytes, line)
                             : ConfigParser::value(at.bytes, line)),
                    true};
        }
        const qint32 begin = name ? line.nameBegin : line.valueBegin;
        const qint32 end = name ? line.nameEnd : line.valueEnd;
        if (end <= begin)
            return {};
        return {{static_cast<quint32>(line.offset + begin), static_cast<quint32>(end - begin)},
                false};
    }

    Text own(QByteArray bytes) {
        m_out.m_ownText.append(std::move(bytes));
        return {static_cast<quint32>(m_out.m_ownText.size() - 1),
                static_cast<quint32>(m_out.m_ownText.constLast().size())};
    }

    static QString invalidMessage(ConfigLine::Problem problem) {
        switch (problem) {
        case ConfigLine::Problem::NoClosingBracket:
            return QStringLiteral("parse error: no closing ']'");
        case ConfigLine::Problem::NoClosingParen:
            return QStringLiteral("parse error: no closing ')'");
        case ConfigLine::Problem::EscapeControl:
            return QStringLiteral("Invalid escape: '\\' at the start of a line must be followed "
                                  "by a printable character");
        case ConfigLine::Problem::None:
            break;
        }
        return QStringLiteral("parse error");
    }

    bool processSection(const Line &at, int &current) {
        // Room for the section's own variables at once, not a list that grows by doubling
        // and is squeezed afterwards: sections of one file tend to be alike, so as many as
        // the previous section had.
        const qsizetype own = m_ownGuess;
        Category fresh;
        fresh.name = ConfigParser::name(at.bytes, at.line);
        fresh.file = at.file;
        fresh.line = at.index;
        bool freshAlive = true;
        int target = -1; // an existing category once (+) switched to it
        for (const QByteArray &option : ConfigParser::sectionOptions(at.bytes, at.line)) {
            Category &cat = target >= 0 ? m_out.m_categories[target] : fresh;
            if (option == "!") {
                cat.isTemplate = true;
            } else if (option.startsWith('+')) {
                // "(+)" finds the first section of that name that is not a template;
                // "(+filter)" the first that matches the filter.
                const int existing = findCategory(fresh.name, option.mid(1), '&');
                if (existing < 0)
                    return fail(at, current,
                                QStringLiteral("Category addition requested, but category '%1' "
                                               "does not exist")
                                    .arg(QString::fromUtf8(fresh.name)));
                if (freshAlive) {
                    Category &into = m_out.m_categories[existing];
                    into.isTemplate = into.isTemplate || fresh.isTemplate;
                    into.variables += fresh.variables;
                    freshAlive = false;
                    m_current = existing;
                }
                target = existing;
            } else {
                // The first section of that name, templates or not; an empty name is the
                // first section of all.
                const int base = findBase(option);
                if (base < 0)
                    return fail(at, current,
                                QStringLiteral("Inheritance requested, but category '%1' does "
                                               "not exist")
                                    .arg(QString::fromUtf8(option)));
                // Copy first: `cat` may be the base itself.
                const QList<Variable> inherited = m_out.m_categories.at(base).variables;
                const QByteArray baseName = m_out.m_categories.at(base).name;
                cat.variables.reserve(cat.variables.size() + inherited.size() + own);
                for (Variable v : inherited) {
                    // A variable first inherited from a section without a name counts as
                    // inherited from the next base that has one.
                    if (m_out.templateOf(v).isEmpty())
                        v.inheritedFrom = base;
                    cat.variables.append(std::move(v));
                }
                cat.templates.append(baseName);
            }
        }
        if (freshAlive)
            fresh.variables.reserve(fresh.variables.size() + own);
        current = freshAlive ? appendCategory(std::move(fresh)) : target;
        return true;
    }

    bool processDirective(const Line &at, int &current) {
        const QByteArray word = ConfigParser::name(at.bytes, at.line);
        const bool include = word.compare("include", Qt::CaseInsensitive) == 0;
        const bool tryInclude = word.compare("tryinclude", Qt::CaseInsensitive) == 0;
        const bool exec = word.compare("exec", Qt::CaseInsensitive) == 0;
        if (!include && !tryInclude && !exec) {
            warn(at, current,
                 QStringLiteral("Unknown directive '#%1'; Asterisk ignores the line")
                     .arg(QString::fromUtf8(word)));
            return true;
        }
        if (exec) {
            warn(at, current,
                 QStringLiteral("#exec is never run by wscm, so what it would add is not checked "
                                "(Asterisk runs it only with execincludes = yes in "
                                "asterisk.conf, and otherwise skips the line)"));
            return true;
        }
        const QByteArray argument = ConfigParser::value(at.bytes, at.line);
        if (argument.isEmpty()) {
            warn(at, current,
                 QStringLiteral("Directive '#%1' needs an argument (filename); Asterisk ignores "
                                "the line")
                     .arg(QString::fromUtf8(word)));
            return true;
        }
        // config.c compares the names as written (without their quotes).
        const QString name = ConfigSet::includeName(argument);
        if (m_includedNames.contains(name)) {
            warn(at, current,
                 QStringLiteral("'%1' is included more than once: Asterisk reads it again")
                     .arg(name));
        }
        m_includedNames.insert(name);
        const ConfigSet::IncludeTarget target = m_set.includeTarget(at.file, at.index);
        for (const QString &skipped : target.skipped) {
            warn(at, current,
                 QStringLiteral("'%1' is not a regular file; Asterisk skips it").arg(skipped));
        }
        for (const QString &unread : target.unread)
            warn(at, current, QStringLiteral("wscm cannot read %1").arg(unread));
        if (m_level == maxIncludeLevel + 1) {
            if (tryInclude) {
                warn(at, current, levelMessage());
                return true;
            }
            return fail(at, current, levelMessage());
        }
        if (load(target.files) != Load::Missing || tryInclude)
            return true;
        return fail(at, current, target.error);
    }

    static QString levelMessage() {
        return QStringLiteral("#include nested more than %1 levels deep (a file that includes "
                              "itself?): Asterisk does not read it")
            .arg(maxIncludeLevel);
    }

    // For each nesting depth, where the last ';--' that reached it is: config.c names that
    // line when a file ends inside a comment (which may go on in the next file of a glob),
    // and also when a stray '--;' took the depth below zero.
    using Openings = QHash<int, std::pair<int, qsizetype>>;

    // For each line config.c got to (all, unless an error stopped it).
    void noteComments(const Line &at, Openings &openings) {
        const ConfigLine &l = at.line;
        if (l.depthAtEnd < 0 && l.depthAtStart >= 0) {
            warn(at.file, at.index, -1,
                 QStringLiteral("'--;' closes a block comment that was never opened; Asterisk "
                                "then reads the rest of the file as a comment"));
        }
        for (int level = l.depthAtStart + 1; level <= l.depthAtEnd; ++level)
            openings.insert(level, {at.file, at.index});
    }

    // `depth`: after the last line config.c got to in the file.
    void reportUnterminated(int fileIndex, int depth, const Openings &openings) {
        if (depth == 0 || !openings.contains(depth))
            return;
        const auto [file, line] = openings.value(depth);
        const QString where =
            file == fileIndex ? QString() : QStringLiteral(" of ") + m_set.file(file).path;
        warn(file, line, -1,
             depth > 0 ? QStringLiteral("Unterminated comment detected beginning on line %1%2; "
                                        "Asterisk reads the rest of %3 as a comment")
                             .arg(line + 1)
                             .arg(where, m_set.file(fileIndex).path)
                       : QStringLiteral("Asterisk reports an unterminated comment beginning on "
                                        "line %1%2 (a stray '--;' above took its count of open "
                                        "comments below zero)")
                             .arg(line + 1)
                             .arg(where));
    }

    const ConfigSet &m_set;
    ResolvedConfig &m_out;
    const CategoryHandler *m_completed = nullptr;
    // While each section is handed over as soon as it is complete: what later headers may
    // name.
    std::optional<SectionHeaderScan> m_scan;
    int m_level = 0;    // config.c's include_level
    int m_calls = 0;    // nesting of load(): 1 while reading the main file itself
    int m_current = -1; // config.c's cfg->current: where an included file starts
    int m_lastAppended = -1;
    qsizetype m_lastInherited = 0; // variables the last appended category inherited
    qsizetype m_ownGuess = 0;
    QHash<QByteArray, int> m_firstByName; // lower-case name -> first category of it
    qsizetype m_namesIndexed = 0;         // categories in m_firstByName so far
    QByteArray m_lastBaseName;
    int m_lastBase = -1;
    QSet<QString> m_includedNames;
};

EffectiveOptions ResolvedConfig::effectiveOptions(const Category &category, Values values) const {
    EffectiveOptions options(category.variables.size());
    // The inherited variables of a section mostly come from one template: its name is
    // converted once, not once per variable.
    qint32 templateIndex = -1;
    QString templateText;
    for (const Variable &v : category.variables) {
        if (v.option < 0)
            continue;
        EffectiveValue effective;
        const QByteArrayView bytes = value(v);
        effective.value = values == Values::Copied
                              ? bytes.toByteArray()
                              : QByteArray::fromRawData(bytes.data(), bytes.size());
        effective.file = m_files.at(v.file);
        effective.line = static_cast<int>(v.line + 1);
        if (v.inheritedFrom != templateIndex) {
            templateIndex = v.inheritedFrom;
            templateText = QString::fromUtf8(templateOf(v));
        }
        effective.fromTemplate = templateText;
        effective.isSet = true;
        options.set(v.option, std::move(effective));
    }
    return options;
}

const ResolvedConfig::Variable *ResolvedConfig::firstVariable(const Category &category,
                                                              QByteArrayView name) const {
    const auto it = std::find_if(
        category.variables.cbegin(), category.variables.cend(),
        [&](const Variable &v) { return this->name(v).compare(name, Qt::CaseInsensitive) == 0; });
    return it == category.variables.cend() ? nullptr : &*it;
}

QByteArray ResolvedConfig::templateOf(const Variable &variable) const {
    return variable.inheritedFrom < 0 ? QByteArray() : m_categories.at(variable.inheritedFrom).name;
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
    return resolve(set, CategoryHandler());
}

ResolvedConfig ResolvedConfig::resolve(const ConfigSet &set, const CategoryHandler &completed) {
    ResolvedConfig out;
    out.m_files = set.paths();
    out.m_bytes.reserve(set.fileCount());
    for (int i = 0; i < set.fileCount(); ++i)
        out.m_bytes.append(set.file(i).bytes);
    Builder(set, out, completed ? &completed : nullptr).run();
    return out;
}

} // namespace wscm
