// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "Validator.h"

#include "AsteriskQuirks.h"
#include "ObjectOptions.h"
#include "UriFacts.h"

#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"
#include "config/SecretRedaction.h"
#include "config/SectionHeaderScan.h"
#include "io/ConfigLocation.h"
#include "schema/OptionSchema.h"
#include "schema/ValueParser.h"

#include <QFileInfo>

#include <algorithm>
#include <array>
#include <bit>
#include <string_view>
#include <vector>

namespace wscm {

namespace {

using Category = ResolvedConfig::Category;
using Variable = ResolvedConfig::Variable;

// `value` is one of the comma-separated words of `choices` but for the case of its ASCII
// letters; compared in place, as every section's connection_type is.
bool isChoice(QByteArrayView choices, QByteArrayView value) {
    for (qsizetype from = 0; from <= choices.size();) {
        qsizetype to = choices.indexOf(',', from);
        if (to < 0)
            to = choices.size();
        const QByteArrayView word = choices.sliced(from, to - from);
        if (word.size() == value.size() &&
            std::equal(word.begin(), word.end(), value.begin(),
                       [](char c, char v) { return c == (v >= 'A' && v <= 'Z' ? v + 32 : v); }))
            return true;
        from = to + 1;
    }
    return false;
}

// What every object's checks share: facts about the config's files.
struct CheckContext {
    QString baseDir;   // relative certificate paths are taken from here
    bool localFiles;   // the config is on this computer: its folders may be looked into
    QList<int> places; // per file index, the first index of the same path (what a finding
                       // at an assignment names)
};

// OptionSchema's names as QStrings made once: a finding names its option, and 20,000
// objects have some.
const QString &optionName(int option) {
    static const auto names = [] {
        std::array<QString, OptionSchema::count()> out;
        for (int i = 0; i < OptionSchema::count(); ++i)
            out[static_cast<size_t>(i)] = OptionSchema::at(i).nameString();
        return out;
    }();
    return names[static_cast<size_t>(option)];
}

// Judges one client object: Asterisk's option parsers and apply step, then wscm's advice.
// Every rule reads the options through ObjectOptions, for a verdict and for the full
// result alike; only the full result also copies them into the object it keeps.
class ObjectChecker {
public:
    ObjectChecker(const CheckContext &context, const ResolvedConfig &resolved,
                  const Category &category, QList<Diagnostic> &out,
                  QList<AsteriskQuirks::Finding> &findings)
        : m_context(context)
        , m_resolved(resolved)
        , m_category(category)
        , m_options(resolved, category)
        , m_out(out)
        , m_findings(findings) {}

    // Whether Asterisk accepts the object itself (its own options and rules).
    bool run() {
        for (const Variable &v : m_category.variables)
            checkVariable(v);
        checkRules();
        adviseOn(UriFacts(m_options.value(OptionSchema::index("uri"))));
        return m_valid;
    }

    // The category's name, as every diagnostic about it shows it.
    const QString &section() {
        if (!m_sectionMade) {
            m_section = QString::fromUtf8(m_category.name);
            m_sectionMade = true;
        }
        return m_section;
    }

private:
    QString fileOf(int file) const { return m_resolved.file(file); }

    void add(Diagnostic::Severity severity, int file, qsizetype line0, const QString &option,
             const QString &message) {
        Diagnostic d;
        d.severity = severity;
        d.file = fileOf(file);
        d.fileIndex = file;
        d.line = static_cast<int>(line0 + 1);
        d.section = section();
        d.option = option;
        d.message = message;
        m_out.append(std::move(d));
    }
    void error(int file, qsizetype line0, const QString &option, const QString &message) {
        m_valid = false;
        add(Diagnostic::Severity::Error, file, line0, option, message);
    }
    void warnAt(int optionIndex, const QString &message) {
        const Variable *v = m_options.variable(optionIndex);
        if (v)
            add(Diagnostic::Severity::Warning, m_context.places.at(v->file), v->line,
                optionName(optionIndex), message);
        else
            add(Diagnostic::Severity::Warning, m_category.file, m_category.line,
                optionName(optionIndex), message);
    }
    void errorAt(int optionIndex, const QString &message) {
        m_valid = false;
        warnAt(optionIndex, message);
        m_out.last().severity = Diagnostic::Severity::Error;
    }

    void checkVariable(const Variable &v) {
        const QByteArrayView name = m_resolved.name(v);
        const QByteArrayView value = m_resolved.value(v);
        const auto where = [&] {
            return QStringLiteral("at line %1 of %2").arg(v.line + 1).arg(fileOf(v.file));
        };
        if (v.option < 0) {
            const QString nameText = QString::fromUtf8(name);
            error(v.file, v.line, nameText,
                  QStringLiteral("Could not find option suitable for category '%1' named '%2' %3")
                      .arg(section(), nameText, where()));
            return;
        }
        const OptionSpec &spec = OptionSchema::at(v.option);
        const auto parseError = [&] {
            return QStringLiteral("Error parsing %1=%2 %3")
                .arg(QString::fromUtf8(name), SecretRedaction::display(spec, value, false),
                     where());
        };
        switch (spec.kind) {
        case OptionKind::Int:
            if (!ValueParser::parseInt(value))
                error(v.file, v.line, optionName(v.option),
                      parseError() + QStringLiteral(" (not a 32-bit integer)"));
            break;
        case OptionKind::UInt:
            if (!ValueParser::parseUInt(value))
                error(v.file, v.line, optionName(v.option),
                      parseError() + QStringLiteral(" (not an unsigned 32-bit integer)"));
            break;
        case OptionKind::Choice:
            if (!isChoice(spec.choices, value))
                error(v.file, v.line, optionName(v.option),
                      parseError() +
                          QStringLiteral(" (use %1)")
                              .arg(QString::fromLatin1(spec.choices)
                                       .replace(QLatin1Char(','), QStringLiteral(" or "))));
            break;
        case OptionKind::Bool:
            if (!ValueParser::isTrue(value) && !ValueParser::isFalseWord(value))
                add(Diagnostic::Severity::Warning, v.file, v.line, optionName(v.option),
                    QStringLiteral("%1 = '%2' is neither a yes nor a no word; Asterisk silently "
                                   "reads it as no")
                        .arg(optionName(v.option), SecretRedaction::display(spec, value, false)));
            break;
        default:
            break;
        }
    }

    // A value quoted in a message, as every output shows values: without its secrets.
    static QString shown(int option, QByteArrayView value) {
        return SecretRedaction::display(OptionSchema::at(option), value, false);
    }

    bool isOn(int option) const { return m_options.isOn(option); }

    // Asterisk's apply step.
    void checkRules() {
        if (m_options.value(OptionSchema::index("uri")).isEmpty()) {
            error(m_category.file, m_category.line, optionName(OptionSchema::index("uri")),
                  QStringLiteral("Websocket client missing uri"));
        }
        const QByteArrayView proxy = m_options.value(OptionSchema::index("proxy_host"));
        if (!proxy.isEmpty() && !ValueParser::hasPort(proxy)) {
            errorAt(OptionSchema::index("proxy_host"),
                    QStringLiteral("proxy_host '%1' is missing a port")
                        .arg(shown(OptionSchema::index("proxy_host"), proxy)));
        }
        const auto requirePositive = [&](int switchOption, std::initializer_list<int> options) {
            if (!isOn(switchOption))
                return;
            for (int option : options) {
                const auto value = ValueParser::parseUInt(m_options.value(option));
                if (value && *value == 0) {
                    errorAt(option, QStringLiteral("%1 must be greater than 0 when %2 is on")
                                        .arg(optionName(option), optionName(switchOption)));
                }
            }
        };
        requirePositive(OptionSchema::index("enable_tcp_keepalives"),
                        {OptionSchema::index("tcp_keepalive_time"),
                         OptionSchema::index("tcp_keepalive_interval"),
                         OptionSchema::index("tcp_keepalive_probes")});
        requirePositive(
            OptionSchema::index("enable_pingpongs"),
            {OptionSchema::index("pingpong_interval"), OptionSchema::index("pingpong_probes")});
    }

    // What Asterisk accepts but an admin would want to hear about: AsteriskQuirks' findings.
    void adviseOn(const UriFacts &uri) {
        m_findings.clear();
        AsteriskQuirks::find(m_options, uri, m_context.baseDir, m_context.localFiles, m_findings);
        for (const AsteriskQuirks::Finding &f : std::as_const(m_findings))
            warnAt(f.option, f.message);
    }

    const CheckContext &m_context;
    const ResolvedConfig &m_resolved;
    const Category &m_category;
    const ObjectOptions m_options;
    QList<Diagnostic> &m_out;
    QList<AsteriskQuirks::Finding> &m_findings; // AsteriskQuirks' list, kept across objects
    QString m_section;
    bool m_sectionMade = false;
    bool m_valid = true;
};

// Name -> the first valid object of that name, for duplicate objects: open addressing over
// the names' hashes, sized once for every section. A probe compares a hash and only then a
// name, so checking 20,000 sections allocates nothing and touches one slot each. Sections are
// kept as indexes: the list of them may still grow while they are judged.
class LoadedNames {
public:
    explicit LoadedNames(qsizetype sections)
        : m_slots(std::bit_ceil(static_cast<size_t>(std::max<qsizetype>(sections, 8)) * 2)) {}

    // The earlier object named like categories[index], or nullptr; then `index` is recorded
    // when `add`.
    const Category *find(const QList<Category> &categories, qsizetype index, bool add) {
        // Half full at most, as sized; a file with more sections than it was sized for has
        // its names moved to a table twice the size.
        if (add && (m_used + 1) * 2 > m_slots.size())
            grow(categories);
        const QByteArray &name = categories.at(index).name;
        const size_t hash = hashOf(name);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.index < 0) {
                if (add) {
                    slot = {hash, index};
                    ++m_used;
                }
                return nullptr;
            }
            if (slot.hash == hash && categories.at(slot.index).name == name)
                return &categories.at(slot.index);
        }
    }

private:
    struct Slot {
        size_t hash = 0;
        qsizetype index = -1;
    };
    static size_t hashOf(const QByteArray &name) {
        return std::hash<std::string_view>()(
            std::string_view(name.constData(), static_cast<size_t>(name.size())));
    }
    void grow(const QList<Category> &categories) {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_used = 0;
        for (const Slot &slot : old) {
            if (slot.index >= 0)
                find(categories, slot.index, true);
        }
    }
    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

// res_sorcery_config's criteria "type=websocket_client": the first variable whose name is
// "type" without case decides, and its value must be exactly websocket_client.
const Variable *typeVariable(const ResolvedConfig &resolved, const Category &category) {
    return resolved.firstVariable(category, "type");
}

// Sections that are not client objects but look as if they were meant to be.
void lintNonClient(const ResolvedConfig &resolved, const Category &category,
                   QList<Diagnostic> &out) {
    const Variable *firstType = typeVariable(resolved, category);
    const Variable *clientTypeElsewhere = nullptr;
    int optionNames = 0;
    bool hasUri = false;
    for (const Variable &v : category.variables) {
        const bool isType = resolved.name(v).compare("type", Qt::CaseInsensitive) == 0;
        if (isType && resolved.value(v).compare(OptionSchema::clientType, Qt::CaseInsensitive) == 0)
            clientTypeElsewhere = &v;
        if (!isType && v.option >= 0)
            ++optionNames;
        hasUri = hasUri || resolved.name(v).compare("uri", Qt::CaseInsensitive) == 0;
    }
    QString message;
    const Variable *at = nullptr;
    if (clientTypeElsewhere) {
        at = clientTypeElsewhere;
        message =
            firstType != clientTypeElsewhere
                ? QStringLiteral("Asterisk looks only at the first 'type' line, which says "
                                 "'%1': this section is not a websocket_client")
                      .arg(QString::fromUtf8(resolved.value(*firstType)))
                : QStringLiteral("'%1' is not exactly 'websocket_client' (Asterisk compares the "
                                 "type's value with case): this section is ignored")
                      .arg(QString::fromUtf8(resolved.value(*clientTypeElsewhere)));
    } else if (!firstType && (hasUri || optionNames >= 2)) {
        message = QStringLiteral("section has websocket_client options but no 'type = "
                                 "websocket_client'; Asterisk ignores it");
    }
    if (message.isEmpty())
        return;
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.fileIndex = at ? at->file : category.file;
    d.file = resolved.file(d.fileIndex);
    d.line = static_cast<int>((at ? at->line : category.line) + 1);
    d.section = QString::fromUtf8(category.name);
    d.option = QStringLiteral("type");
    d.message = message;
    out.append(std::move(d));
}

// One check's state across the sections it is handed in file order: the duplicate names,
// the counts and the findings so far.
class Judgement {
public:
    Judgement(const QStringList &files, Validator::Detail detail, qsizetype sections)
        : m_detail(detail)
        , m_context{QFileInfo(files.value(0)).absolutePath(),
                    !ConfigLocation::looksRemote(files.value(0)),
                    {}}
        , m_loaded(sections) {
        m_result.files = files;
        m_context.places.reserve(files.size());
        for (const QString &file : files)
            m_context.places.append(std::max(0, static_cast<int>(files.indexOf(file))));
        // Room for about a finding per section at once (most large files have one, say a
        // missing CA list), instead of growing and copying the list as they come.
        m_result.diagnostics.reserve(sections);
        if (detail == Validator::Detail::Full)
            m_result.objects.reserve(sections);
    }

    void judge(const ResolvedConfig &resolved, qsizetype index) {
        const Category &category = resolved.categories().at(index);
        if (category.isTemplate)
            return;
        const Variable *type = typeVariable(resolved, category);
        if (!type || resolved.value(*type) != QByteArrayView(OptionSchema::clientType)) {
            lintNonClient(resolved, category, m_result.diagnostics);
            return;
        }
        ObjectChecker checker(m_context, resolved, category, m_result.diagnostics, m_findings);
        const bool objectValid = checker.run();
        // Asterisk checks each section against the objects it has built so far: a second
        // section named like a valid one is a duplicate, whatever it holds; one named like
        // an invalid one is not. Sections without a name get random ids: never duplicates.
        const Category *earlier = category.name.isEmpty()
                                      ? nullptr
                                      : m_loaded.find(resolved.categories(), index, objectValid);
        if (earlier) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Error;
            d.fileIndex = category.file;
            d.file = resolved.file(category.file);
            d.line = static_cast<int>(category.line + 1);
            d.section = checker.section();
            d.message = QStringLiteral("configuration contains a duplicate object: '%1' (also "
                                       "at %2:%3); Asterisk loads nothing from this file")
                            .arg(checker.section(), resolved.file(earlier->file))
                            .arg(earlier->line + 1);
            d.rejectsFile = true;
            m_result.diagnostics.append(std::move(d));
            m_result.fileRejected = true;
        }
        ++m_result.objectCount;
        m_validObjects += objectValid ? 1 : 0;
        if (m_detail == Validator::Detail::Full) {
            ClientObject object;
            object.id = category.name;
            object.name = checker.section();
            object.file = resolved.file(category.file);
            object.line = static_cast<int>(category.line + 1);
            object.objectValid = objectValid;
            object.effective = resolved.effectiveOptions(category);
            object.settings =
                ClientSettings::fromEffective(object.name, object.effective, m_context.baseDir);
            m_result.objects.append(std::move(object));
        }
    }

    CheckResult finish(const ResolvedConfig &resolved) && {
        QList<Diagnostic> &found = m_result.diagnostics;
        // The reader's findings first, so that the order at one place does not depend on
        // when a section was judged.
        if (!resolved.diagnostics().isEmpty())
            found = resolved.diagnostics() + found;
        m_result.fileRejected = m_result.fileRejected || resolved.isRejected();
        for (ClientObject &object : m_result.objects)
            object.valid = object.objectValid && !m_result.fileRejected;
        m_result.loadingCount = m_result.fileRejected ? 0 : m_validObjects;
        const auto byPlace = [](const Diagnostic &a, const Diagnostic &b) {
            return std::tie(a.fileIndex, a.line) < std::tie(b.fileIndex, b.line);
        };
        // Found in file order but for a few: a pass to see it costs less than sorting 20,000.
        if (!std::is_sorted(found.cbegin(), found.cend(), byPlace))
            std::stable_sort(found.begin(), found.end(), byPlace);
        return std::move(m_result);
    }

private:
    Validator::Detail m_detail;
    CheckContext m_context;
    LoadedNames m_loaded;
    QList<AsteriskQuirks::Finding> m_findings; // AsteriskQuirks' list, kept across objects
    CheckResult m_result;
    int m_validObjects = 0;
};

} // namespace

CheckResult Validator::check(const ResolvedConfig &resolved, Detail detail) {
    Judgement judgement(resolved.files(), detail, resolved.categories().size());
    for (qsizetype i = 0; i < resolved.categories().size(); ++i)
        judgement.judge(resolved, i);
    return std::move(judgement).finish(resolved);
}

CheckResult Validator::check(const ConfigSet &set, Detail detail) {
    Judgement judgement(set.paths(), detail, SectionHeaderScan::headerCount(set.file(0).bytes));
    const ResolvedConfig resolved =
        ResolvedConfig::resolve(set, [&](const ResolvedConfig &config, qsizetype index) {
            judgement.judge(config, index);
        });
    return std::move(judgement).finish(resolved);
}

} // namespace wscm
