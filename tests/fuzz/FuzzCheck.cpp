// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FuzzCheck.h"

#include "NoFilesSource.h"

#include "../core/CheckResultDiff.h"

#include "check/Validator.h"
#include "config/ConfigDocument.h"
#include "config/ConfigParser.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"
#include "config/SecretRedaction.h"
#include "schema/OptionSchema.h"

#include <QHash>

#include <algorithm>
#include <iterator>
#include <memory>
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

std::optional<QByteArrayView> uriPassword(QByteArrayView uri) {
    const auto span = wscm::SecretRedaction::userinfoPassword(uri);
    if (!span)
        return std::nullopt;
    return uri.sliced(span->first, span->second - span->first);
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
            const auto password = uriPassword(before.value(v));
            if (v.appended || v.file != 0 ||
                before.name(v).compare("uri", Qt::CaseInsensitive) != 0 || !password ||
                password->isEmpty())
                continue;
            const QByteArray after = redactedValue(document, redacted, v.line);
            const auto hidden = uriPassword(after);
            if (hidden) {
                if (!onlyMask(*hidden))
                    return problem(v.line, after);
                continue;
            }
            // A wider mask may take the '@' with it (a line that mentions "password =" is
            // masked to its end): then the password must be gone from the line, not only no
            // longer read as one. It may still appear where it stood outside the password.
            const QByteArrayView value = before.value(v);
            const auto span = wscm::SecretRedaction::userinfoPassword(value);
            const QByteArray outside =
                value.first(span->first).toByteArray() + value.sliced(span->second).toByteArray();
            if (after.count(*password) > outside.count(*password))
                return problem(v.line, after);
        }
    }
    if (!sameCommentStructure(document, redacted))
        return {};
    wscm::ConfigSet set;
    set.setSource(std::make_shared<NoFilesSource>());
    set.setMainDocument(redacted, QStringLiteral("/nonexistent-wscm-fuzz/redacted.conf"), 1 << 20);
    const wscm::ResolvedConfig resolved = wscm::ResolvedConfig::resolve(set);
    for (const auto &category : resolved.categories()) {
        for (const auto &v : category.variables) {
            if (v.option < 0)
                continue;
            const wscm::OptionSpec &spec = wscm::OptionSchema::at(v.option);
            const QByteArrayView value = resolved.value(v);
            if (spec.isSecret() ? !onlyMask(value)
                                : spec.kind == wscm::OptionKind::Uri &&
                                      !onlyMask(uriPassword(value).value_or(QByteArrayView())))
                return QStringLiteral("after redaction [%1] %2 still reads '%3'")
                    .arg(QString::fromUtf8(category.name), QString::fromUtf8(resolved.name(v)),
                         QString::fromUtf8(value));
        }
    }
    return {};
}

// Values whose bytes mean something to Asterisk's reader at their start, end or inside.
const QByteArray editValues[] = {"ws://fuzz;x", ";lead", "trail\\", "a--",        "x;--y", "--",
                                 "\\;",         ">gt",   "",        "\xc3\xa9;x", "k = v", "[s]"};

// What the last assignment of `key` in `section` (its definition and the (+) blocks after
// it, as setValue() and Asterisk see it) reads.
QByteArray lastAssignment(const wscm::ConfigDocument &doc, const QByteArray &section,
                          const QByteArray &key) {
    QByteArray found;
    bool defined = false;
    for (qsizetype header : doc.sectionBlocks(section)) {
        defined = defined || !doc.isAppendHeader(header);
        if (!defined)
            continue;
        const qsizetype end = doc.blockEnd(header);
        for (qsizetype i = header + 1; i < end; ++i) {
            if (doc.line(i).kind == wscm::ConfigLine::Kind::Variable &&
                doc.name(i).compare(key, Qt::CaseInsensitive) == 0)
                found = doc.value(i);
        }
    }
    return found;
}

// Setting a value, then reading it, gives the value: for uri and for every key the first
// section already assigns (so every style of line the input has: =, =>, +=, escapes, block
// comments, spacing), each with two values picked by the input.
QString editProblem(const wscm::ConfigDocument &document) {
    const QList<QByteArray> sections = document.sectionNames();
    if (sections.isEmpty() || sections.count(sections.first()) != 1)
        return {};
    const QByteArray section = sections.first();
    QList<QByteArray> keys{QByteArrayLiteral("uri")};
    for (qsizetype header : document.sectionBlocks(section)) {
        for (qsizetype i = header + 1; i < document.blockEnd(header) && keys.size() < 4; ++i) {
            if (document.line(i).kind != wscm::ConfigLine::Kind::Variable)
                continue;
            const QByteArray key = document.name(i);
            if (std::none_of(keys.cbegin(), keys.cend(), [&](const QByteArray &k) {
                    return k.compare(key, Qt::CaseInsensitive) == 0;
                }))
                keys.append(key);
        }
    }
    const size_t count = std::size(editValues);
    const size_t pick = qHash(document.bytes()) % count;
    for (const QByteArray &key : std::as_const(keys)) {
        for (const QByteArray &value :
             {editValues[pick], editValues[(pick + 1 + keys.indexOf(key)) % count]}) {
            wscm::ConfigDocument edited = document;
            if (!edited.setValue(section, key, value))
                continue; // a refusal, with its reason, is allowed; a wrong write is not
            const wscm::ConfigDocument reread(edited.bytes());
            if (reread.bytes() != edited.bytes())
                return QStringLiteral("the edited document does not round-trip");
            if (reread.lineCount() > document.lineCount() + 1)
                return QStringLiteral("setting %1 added more than one line")
                    .arg(QString::fromUtf8(key));
            const QByteArray found = lastAssignment(reread, section, key);
            if (found != value)
                return QStringLiteral("after setValue(%1, '%2'), it reads back as '%3'")
                    .arg(QString::fromUtf8(key), QString::fromUtf8(value),
                         QString::fromUtf8(found));
        }
    }
    return {};
}

} // namespace

QString FuzzCheck::run(const QByteArray &input) {
    wscm::ConfigDocument document(input);
    if (document.bytes() != input)
        return QStringLiteral("serialize(parse(bytes)) differs from bytes");

    // #includes are resolved and reported missing, never read from this machine.
    wscm::ConfigSet set;
    set.setSource(std::make_shared<NoFilesSource>());
    set.setMainDocument(document, QStringLiteral("/nonexistent-wscm-fuzz/fuzz.conf"), 1 << 20);
    const wscm::ResolvedConfig resolved = wscm::ResolvedConfig::resolve(set);
    const wscm::CheckResult whole = wscm::Validator::check(resolved);
    // `wscm check` judges each section as it is read, and lets go of it.
    if (const QString difference = checkResultDifference(
            whole, wscm::Validator::check(set, wscm::Validator::Detail::Full));
        !difference.isEmpty())
        return QStringLiteral("judged as read, not as a whole: ") + difference;
    if (const QString problem = redactionProblem(document, resolved); !problem.isEmpty())
        return problem;

    return editProblem(document);
}
