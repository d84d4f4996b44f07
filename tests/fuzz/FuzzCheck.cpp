#include "FuzzCheck.h"

#include "check/Validator.h"
#include "config/ConfigDocument.h"
#include "config/ConfigParser.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"
#include "config/SecretRedaction.h"
#include "schema/OptionSchema.h"

#include <algorithm>
#include <optional>

namespace {

bool onlyMask(QByteArrayView value) {
    return std::all_of(value.begin(), value.end(),
                       [](char c) { return c == '*' || wscm::ConfigParser::isBlank(c); });
}

bool sameCommentStructure(const wscm::ConfigDocument &a, const wscm::ConfigDocument &b) {
    for (qsizetype i = 0; i < a.lineCount(); ++i) {
        if (a.line(i).depthAtStart != b.line(i).depthAtStart ||
            a.line(i).depthAtEnd != b.line(i).depthAtEnd)
            return false;
    }
    return true;
}

// What line `i` assigns once redacted, read from the block-comment depth it had before.
QByteArray redactedValue(const wscm::ConfigDocument &original, const wscm::ConfigDocument &redacted,
                         qsizetype i) {
    int depth = original.line(i).depthAtStart;
    const QByteArray text = wscm::ConfigParser::effectiveText(redacted.rawLine(i), &depth);
    qsizetype start = text.indexOf('=') + 1;
    if (start > 0 && start < text.size() && text[start] == '>')
        ++start;
    return wscm::ConfigParser::trimmed(QByteArrayView(text).sliced(start)).toByteArray();
}

std::optional<QByteArrayView> uriPassword(const QByteArray &uri) {
    const auto span = wscm::SecretRedaction::userinfoPassword(uri);
    if (!span)
        return std::nullopt;
    return QByteArrayView(uri).sliced(span->first, span->second - span->first);
}

// Redaction keeps every line, and what Asterisk read as a secret is the mask alone
// afterwards: each password and proxy_password line, and each URI whose userinfo holds a
// password. Hiding a secret holding '--;' or ';--' can change how the lines after it read;
// where it did not, the whole redacted file is read again and holds no secret either
// (URIs built over += lines and templates included).
QString redactionProblem(const wscm::ConfigDocument &document, const wscm::ResolvedConfig &before) {
    const wscm::ConfigDocument redacted(wscm::SecretRedaction::redactedBytes(document));
    if (redacted.lineCount() != document.lineCount())
        return QStringLiteral("redaction changed the number of lines");
    const auto problem = [](qsizetype line, const QByteArray &value) {
        return QStringLiteral("after redaction line %1 still reads '%2'")
            .arg(line + 1)
            .arg(QString::fromUtf8(value));
    };
    for (qsizetype i = 0; i < document.lineCount(); ++i) {
        if (document.line(i).kind != wscm::ConfigLine::Kind::Variable)
            continue;
        const QByteArray name = document.name(i);
        const wscm::OptionSpec *spec = wscm::OptionSchema::find(name.constData(), name.size());
        if (spec && spec->isSecret() && !onlyMask(redactedValue(document, redacted, i)))
            return problem(i, redactedValue(document, redacted, i));
    }
    for (const auto &category : before.categories()) {
        for (const auto &v : category.variables) {
            const auto password = uriPassword(v.value);
            if (v.appended || v.file != 0 || v.name.compare("uri", Qt::CaseInsensitive) != 0 ||
                !password || password->isEmpty())
                continue;
            const QByteArray after = redactedValue(document, redacted, v.line);
            const auto hidden = uriPassword(after);
            if (!hidden || !onlyMask(*hidden))
                return problem(v.line, after);
        }
    }
    if (!sameCommentStructure(document, redacted))
        return {};
    wscm::ConfigSet set;
    set.setMainDocument(redacted, QStringLiteral("/nonexistent-wscm-fuzz/redacted.conf"), 1 << 20);
    const wscm::ResolvedConfig resolved = wscm::ResolvedConfig::resolve(set);
    for (const auto &category : resolved.categories()) {
        for (const auto &v : category.variables) {
            const wscm::OptionSpec *spec =
                wscm::OptionSchema::find(v.name.constData(), v.name.size());
            if (!spec)
                continue;
            if (spec->isSecret() ? !onlyMask(v.value)
                                 : spec->kind == wscm::OptionKind::Uri &&
                                       !onlyMask(uriPassword(v.value).value_or(QByteArrayView())))
                return QStringLiteral("after redaction [%1] %2 still reads '%3'")
                    .arg(QString::fromUtf8(category.name), QString::fromUtf8(v.name),
                         QString::fromUtf8(v.value));
        }
    }
    return {};
}

} // namespace

QString FuzzCheck::run(const QByteArray &input) {
    wscm::ConfigDocument document(input);
    if (document.bytes() != input)
        return QStringLiteral("serialize(parse(bytes)) differs from bytes");

    // A folder that does not exist: relative #includes are reported, never read.
    wscm::ConfigSet set;
    set.setMainDocument(document, QStringLiteral("/nonexistent-wscm-fuzz/fuzz.conf"), 1 << 20);
    const wscm::ResolvedConfig resolved = wscm::ResolvedConfig::resolve(set);
    wscm::Validator::check(resolved);
    if (const QString problem = redactionProblem(document, resolved); !problem.isEmpty())
        return problem;

    const QList<QByteArray> sections = document.sectionNames();
    if (sections.isEmpty() || sections.count(sections.first()) != 1)
        return {};
    const QByteArray section = sections.first();
    if (!document.setValue(section, "uri", "ws://fuzz;x"))
        return {};
    const wscm::ConfigDocument reread(document.bytes());
    if (reread.bytes() != document.bytes())
        return QStringLiteral("the edited document does not round-trip");
    // The section's last uri assignment must now read back as written. The section is its
    // definition and the (+) blocks after it, as setValue() and Asterisk see it.
    QByteArray found;
    bool defined = false;
    for (qsizetype header : reread.sectionBlocks(section)) {
        defined = defined || !reread.isAppendHeader(header);
        if (!defined)
            continue;
        const qsizetype end = reread.blockEnd(header);
        for (qsizetype i = header + 1; i < end; ++i) {
            if (reread.line(i).kind == wscm::ConfigLine::Kind::Variable &&
                reread.name(i).compare("uri", Qt::CaseInsensitive) == 0)
                found = reread.value(i);
        }
    }
    if (found != "ws://fuzz;x")
        return QStringLiteral("after setValue, uri reads back as '%1'")
            .arg(QString::fromUtf8(found));
    return {};
}
