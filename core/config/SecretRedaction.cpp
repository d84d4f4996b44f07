// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SecretRedaction.h"

#include "AsteriskUri.h"
#include "ClientSettings.h"
#include "ConfigDocument.h"
#include "ConfigParser.h"
#include "schema/OptionSchema.h"

#include <QHash>
#include <QList>
#include <QUrl>

#include <algorithm>
#include <numeric>
#include <vector>

namespace wscm {

namespace {

using Span = std::pair<qsizetype, qsizetype>;

bool isIdentifier(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The userinfo password of a URI whose authority starts at `start`.
std::optional<Span> passwordAfter(QByteArrayView text, qsizetype start, bool stopAtBlank) {
    qsizetype end = text.size();
    if (stopAtBlank) {
        for (qsizetype i = start; i < end; ++i) {
            if (ConfigParser::isBlank(text[i])) {
                end = i;
                break;
            }
        }
    }
    const QByteArrayView authority = text.first(end);
    const qsizetype firstAt = authority.indexOf('@', start);
    if (firstAt < 0)
        return std::nullopt;
    qsizetype slash = authority.indexOf('/', firstAt);
    if (slash < 0)
        slash = end;
    const qsizetype lastAt = authority.first(slash).lastIndexOf('@');
    const qsizetype colon = authority.first(lastAt).indexOf(':', start);
    if (colon < 0)
        return std::nullopt;
    return Span{colon + 1, lastAt};
}

// Absolute byte ranges to hide; overlapping and touching ones become one placeholder.
class Masks {
public:
    void add(qsizetype begin, qsizetype end) {
        if (end > begin)
            m_ranges.append({begin, end});
    }
    QByteArray applyTo(const QByteArray &bytes) {
        if (m_ranges.isEmpty())
            return bytes;
        std::sort(m_ranges.begin(), m_ranges.end());
        QByteArray out;
        out.reserve(bytes.size());
        qsizetype copied = 0;
        for (qsizetype i = 0; i < m_ranges.size();) {
            const qsizetype begin = m_ranges[i].first;
            qsizetype end = m_ranges[i].second;
            for (++i; i < m_ranges.size() && m_ranges[i].first <= end; ++i)
                end = std::max(end, m_ranges[i].second);
            out.append(bytes.constData() + copied, begin - copied);
            out.append(SecretRedaction::placeholder);
            copied = end;
        }
        out.append(bytes.constData() + copied, bytes.size() - copied);
        return out;
    }

private:
    QList<Span> m_ranges;
};

// "password = x", "proxy_password => x", "password += x" in any text Asterisk does not
// read as such (comments, a line too long, a value that only mentions it): the rest of the
// text after the operator.
void maskSecretAssignments(QByteArrayView text, qsizetype base, Masks &masks) {
    const QByteArray lower = text.toByteArray().toLower();
    for (const OptionSpec &spec : OptionSchema::options()) {
        if (!spec.isSecret())
            continue;
        const QByteArrayView name(spec.name);
        for (qsizetype at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
            qsizetype k = at + name.size();
            if ((at > 0 && isIdentifier(lower[at - 1])) ||
                (k < text.size() && isIdentifier(text[k])))
                continue;
            while (k < text.size() && ConfigParser::isBlank(text[k]))
                ++k;
            if (k < text.size() && text[k] == '+')
                ++k;
            if (k >= text.size() || text[k] != '=')
                continue;
            ++k;
            if (k < text.size() && text[k] == '>')
                ++k;
            while (k < text.size() && ConfigParser::isBlank(text[k]))
                ++k;
            masks.add(base + k, base + text.size());
        }
    }
}

void maskUris(QByteArrayView text, qsizetype base, Masks &masks) {
    for (qsizetype s = text.indexOf("://"); s >= 0; s = text.indexOf("://", s + 3)) {
        if (const auto span = passwordAfter(text, s + 3, true))
            masks.add(base + span->first, base + span->second);
    }
}

// The uri values of a document as Asterisk builds them (a template's value inherited, +=
// lines appended to it, sections added to with (+)), so that a password spread over several
// lines is found. Where Asterisk's choice depends on more than the uri lines (a "(+filter)"
// matches sections by their variables), every section it could be is followed: hiding too
// much is safe, hiding too little is not.
class UriChains {
public:
    void enterSection(const ConfigDocument &doc, qsizetype line) {
        const QByteArray name = doc.name(line).toLower();
        Section fresh;
        fresh.name = name;
        QList<int> targets; // the existing sections a (+) switched to
        bool added = false;
        for (const QByteArray &option : doc.sectionOptions(line)) {
            if (option == "!") {
                fresh.isTemplate = true;
                for (int t : std::as_const(targets))
                    m_sections[t].isTemplate = true;
            } else if (option.startsWith('+')) {
                targets = additionTargets(name, option.size() > 1);
                // The new section's variables go after the ones already there, once.
                if (!added && !fresh.chain.isEmpty()) {
                    for (int t : std::as_const(targets))
                        m_sections[t].chain = fresh.chain;
                }
                added = true;
            } else {
                // The template's variables come after the ones already there: its uri is
                // the one a later += extends. An empty name is config.c's first section.
                const int base = firstNamed(option.toLower());
                if (base < 0 || m_sections.at(base).chain.isEmpty())
                    continue;
                const QList<Piece> chain = m_sections.at(base).chain;
                if (!added)
                    fresh.chain = chain;
                for (int t : std::as_const(targets))
                    m_sections[t].chain = chain;
            }
        }
        if (added) {
            m_current = targets;
            return;
        }
        m_current = {static_cast<int>(m_sections.size())};
        m_byName[name].append(m_current.first());
        m_sections.append(std::move(fresh));
    }

    void assign(const ConfigDocument &doc, qsizetype line, Masks &masks) {
        // No section (Asterisk rejects the file: the line is masked as text), or a (+) that
        // finds none.
        if (m_current.isEmpty())
            return;
        const Piece piece = pieceOf(doc, line);
        const bool append = doc.line(line).op == ConfigLine::Op::Append;
        for (int target : std::as_const(m_current)) {
            QList<Piece> &chain = m_sections[target].chain;
            if (append && !chain.isEmpty())
                chain.append(piece);
            else
                chain = {piece};
            maskPassword(chain, masks);
        }
    }

private:
    struct Piece {
        qsizetype lineOffset = 0;
        QByteArray text;         // what the line adds to the value
        std::vector<qint32> raw; // each byte's offset in the line
    };
    struct Section {
        QByteArray name; // lower case
        bool isTemplate = false;
        QList<Piece> chain;
    };

    // The sections named `name`, in file order; every section when it is empty (config.c
    // matches an empty name with any).
    QList<int> named(const QByteArray &name) const {
        if (!name.isEmpty())
            return m_byName.value(name);
        QList<int> all(m_sections.size());
        std::iota(all.begin(), all.end(), 0);
        return all;
    }

    // The first section of that name, as config.c finds a template.
    int firstNamed(const QByteArray &name) const {
        const QList<int> sections = named(name);
        return sections.isEmpty() ? -1 : sections.first();
    }

    // "(+)": the first section of that name that is not a template. "(+filter)": the first
    // that matches the filter, which may test any variable: every section of that name.
    QList<int> additionTargets(const QByteArray &name, bool filtered) const {
        const QList<int> sections = named(name);
        if (filtered)
            return sections;
        for (int i : sections) {
            if (!m_sections.at(i).isTemplate)
                return {i};
        }
        return {};
    }

    static void maskPassword(const QList<Piece> &chain, Masks &masks) {
        QByteArray value;
        for (const Piece &p : chain)
            value += p.text;
        const auto span = SecretRedaction::userinfoPassword(value);
        if (!span)
            return;
        qsizetype start = 0;
        for (const Piece &p : chain) {
            const qsizetype from = std::max(span->first, start) - start;
            const qsizetype to = std::min(span->second, start + p.text.size()) - start;
            // From the first hidden byte to the last as they stand in the line, escapes and
            // comments between them included.
            if (from < to)
                masks.add(p.lineOffset + p.raw[static_cast<size_t>(from)],
                          p.lineOffset + p.raw[static_cast<size_t>(to - 1)] + 1);
            start += p.text.size();
        }
    }

    static Piece pieceOf(const ConfigDocument &doc, qsizetype index) {
        const ConfigLine &l = doc.line(index);
        const bool append = l.op == ConfigLine::Op::Append;
        const qint32 begin = append ? l.opEnd : l.valueBegin;
        const qint32 end = append ? std::max(l.valueEnd, l.opEnd) : l.valueEnd;
        int depth = l.depthAtStart;
        std::vector<qint32> offsets;
        const QByteArray text = ConfigParser::effectiveText(doc.rawLine(index), &depth, &offsets);
        Piece piece;
        piece.lineOffset = l.offset;
        for (size_t i = 0; i < offsets.size(); ++i) {
            if (offsets[i] >= begin && offsets[i] < end) {
                piece.text.append(text.at(static_cast<qsizetype>(i)));
                piece.raw.push_back(offsets[i]);
            }
        }
        return piece;
    }

    QList<Section> m_sections;
    QHash<QByteArray, QList<int>> m_byName; // lower case
    QList<int> m_current; // where a uri line goes: one section, or all a filter may match
};

} // namespace

std::optional<std::pair<qsizetype, qsizetype>>
SecretRedaction::userinfoPassword(QByteArrayView text, UriText kind) {
    const qsizetype scheme = text.indexOf("://");
    if (scheme < 0 && kind == UriText::FreeText)
        return std::nullopt;
    return passwordAfter(text, scheme < 0 ? 0 : scheme + 3, kind == UriText::FreeText);
}

QString SecretRedaction::display(const OptionSpec &spec, QByteArrayView value, bool showSecrets) {
    const QString text = QString::fromUtf8(value);
    if (showSecrets || value.isEmpty())
        return text;
    if (spec.isSecret())
        return QLatin1StringView(placeholder);
    if (spec.kind == OptionKind::Uri)
        return redactUri(text);
    return text;
}

QString SecretRedaction::display(const char *optionName, const QByteArray &value,
                                 bool showSecrets) {
    const OptionSpec *spec =
        OptionSchema::find(optionName, static_cast<qsizetype>(qstrlen(optionName)));
    return spec ? display(*spec, value, showSecrets) : QString::fromUtf8(value);
}

QString SecretRedaction::redactUri(const QString &uri) {
    QByteArray bytes = uri.toUtf8();
    const auto span = userinfoPassword(bytes);
    if (!span || span->first == span->second)
        return uri;
    return QString::fromUtf8(bytes.replace(span->first, span->second - span->first, placeholder));
}

QByteArray SecretRedaction::redactedBytes(const ConfigDocument &document) {
    Masks masks;
    UriChains uris;
    for (qsizetype i = 0; i < document.lineCount(); ++i) {
        const ConfigLine &line = document.line(i);
        if (line.kind == ConfigLine::Kind::Section) {
            uris.enterSection(document, i);
            continue;
        }
        if (line.kind == ConfigLine::Kind::Directive)
            continue;
        const QByteArrayView raw = document.rawLine(i);
        maskSecretAssignments(raw, line.offset, masks);
        maskUris(raw, line.offset, masks);
        if (line.kind != ConfigLine::Kind::Variable)
            continue;
        const QByteArray name = document.name(i);
        const OptionSpec *spec = OptionSchema::find(name.constData(), name.size());
        if (spec && spec->isSecret())
            masks.add(line.offset + std::min<qint32>(line.valueBegin, line.length), line.end());
        else if (spec && spec->kind == OptionKind::Uri)
            uris.assign(document, i, masks);
    }
    return masks.applyTo(document.bytes());
}

QString SecretRedaction::scrub(QString text, const ClientSettings &settings) {
    // Nothing to hide in nothing, and most texts are that: a probe scrubs one per PONG.
    if (text.isEmpty())
        return text;
    QList<QString> forms;
    const auto addSecret = [&forms](const QString &user, const QString &secret) {
        if (secret.isEmpty())
            return;
        forms << secret << QString::fromLatin1(QUrl::toPercentEncoding(secret));
        QUrl url;
        url.setPassword(secret);
        forms << url.password(QUrl::FullyEncoded);
        // What goes over the wire as Basic credentials.
        forms << QString::fromLatin1((user + QLatin1Char(':') + secret).toUtf8().toBase64());
    };
    addSecret(settings.username, settings.password);
    addSecret(settings.proxyUsername, settings.proxyPassword);
    // The URI's password as written in the file (percent-escapes and all).
    const QByteArray uri = settings.uriText.toUtf8();
    if (const auto span = userinfoPassword(uri); span && span->first < span->second) {
        const QByteArray written = uri.sliced(span->first, span->second - span->first);
        forms << QString::fromUtf8(written)
              << QString::fromUtf8(QByteArray::fromPercentEncoding(written));
    }
    // The URI's userinfo as Asterisk sends it: Basic credentials of the text as written.
    if (const auto userInfo = AsteriskUri::parse(uri).userInfo();
        userInfo && userInfo->contains(':'))
        forms << QString::fromLatin1(userInfo->toBase64());
    // Longest first: a form that contains another is hidden whole.
    std::sort(forms.begin(), forms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &form : std::as_const(forms)) {
        if (!form.isEmpty())
            text.replace(form, QLatin1StringView(placeholder));
    }
    const QByteArray bytes = text.toUtf8();
    Masks masks;
    maskUris(bytes, 0, masks);
    return QString::fromUtf8(masks.applyTo(bytes));
}

} // namespace wscm
