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
// lines appended to it), so that a password spread over several lines is found.
class UriChains {
public:
    void enterSection(const ConfigDocument &doc, qsizetype line) {
        const QByteArray name = doc.name(line).toLower();
        QList<Piece> chain;
        int target = -1;
        for (const QByteArray &option : doc.sectionOptions(line)) {
            if (option == "+") {
                target = m_byName.value(name, -1);
                if (target >= 0)
                    chain = m_categories.at(target);
            } else if (option != "!") {
                // The template's variables come after the ones already there: its uri is
                // the one a later += extends.
                // An empty name is config.c's first section of all.
                const int base = option.isEmpty() ? (m_categories.isEmpty() ? -1 : 0)
                                                  : m_byName.value(option.toLower(), -1);
                if (base >= 0 && !m_categories.at(base).isEmpty())
                    chain = m_categories.at(base);
            }
        }
        if (target >= 0) {
            m_categories[target] = chain;
            m_current = target;
            return;
        }
        m_current = static_cast<int>(m_categories.size());
        m_categories.append(chain);
        if (!m_byName.contains(name))
            m_byName.insert(name, m_current);
    }

    void assign(const ConfigDocument &doc, qsizetype line, Masks &masks) {
        if (m_current < 0)
            return; // no category: Asterisk rejects the file, and the line is masked as text
        QList<Piece> &chain = m_categories[m_current];
        Piece piece = pieceOf(doc, line);
        if (doc.line(line).op == ConfigLine::Op::Append && !chain.isEmpty())
            chain.append(std::move(piece));
        else
            chain = {std::move(piece)};

        QByteArray value;
        for (const Piece &p : std::as_const(chain))
            value += p.text;
        const auto span = SecretRedaction::userinfoPassword(value);
        if (!span)
            return;
        qsizetype start = 0;
        for (const Piece &p : std::as_const(chain)) {
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

private:
    struct Piece {
        qsizetype lineOffset = 0;
        QByteArray text;         // what the line adds to the value
        std::vector<qint32> raw; // each byte's offset in the line
    };

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

    QList<QList<Piece>> m_categories;
    QHash<QByteArray, int> m_byName;
    int m_current = -1;
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
    if (const auto span = userinfoPassword(uri); span && span->first < span->second)
        forms << QString::fromUtf8(uri.sliced(span->first, span->second - span->first));
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
