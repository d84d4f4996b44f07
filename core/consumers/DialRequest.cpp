// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "DialRequest.h"

#include "check/CheckResult.h"
#include "config/AsteriskUri.h"

namespace wscm {

namespace {

// The first argument of an application's argument list, split at `delimiter` outside
// parentheses, brackets and quotes as ast_app_separate_args() splits it; `removeChars` drops
// the quotes and the backslashes (keeping the character after one) as Dial's own splitting
// does. `rest` gets what follows the delimiter, or nothing when there was none.
QByteArray firstArgument(const QByteArray &text, char delimiter, bool removeChars,
                         std::optional<QByteArray> *rest) {
    QByteArray argument;
    int paren = 0;
    int bracket = 0;
    bool quote = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '(') {
            ++paren;
        } else if (c == ')') {
            paren = qMax(0, paren - 1);
        } else if (c == '[') {
            ++bracket;
        } else if (c == ']') {
            bracket = qMax(0, bracket - 1);
        } else if (c == '"' && delimiter != '"') {
            quote = !quote;
            if (removeChars)
                continue;
        } else if (c == '\\') {
            if (!removeChars)
                argument += c;
            if (++i < text.size())
                argument += text[i];
            continue;
        } else if (c == delimiter && paren == 0 && bracket == 0 && !quote) {
            *rest = text.mid(i + 1);
            return argument;
        }
        argument += c;
    }
    rest->reset();
    return argument;
}

bool isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// ast_uri_verify_encoded() on one name or value.
bool encoded(QByteArrayView text) {
    for (qsizetype i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size())
                return false;
            // What sscanf("%2x") reads as a number: blanks skipped, a sign, one hex digit.
            qsizetype at = i + 1;
            while (at < text.size() && QByteArrayView(" \t\n\v\f\r").contains(text[at]))
                ++at;
            if (at < text.size() && (text[at] == '+' || text[at] == '-'))
                ++at;
            if (at >= text.size() || !isHexDigit(text[at]))
                return false;
            i += 3;
        } else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   QByteArrayView("-_.+").contains(c)) {
            ++i;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

DialRequest::Options DialRequest::parseOptions(const QByteArray &options) {
    Options out;
    for (qsizetype i = 0; i < options.size();) {
        const char letter = char(options[i++] & 0x7f);
        out.letters += letter;
        QByteArray argument;
        if (i < options.size() && options[i] == '(') {
            const bool parseQuotes = i + 1 < options.size() && options[i + 1] == '"';
            int paren = 1;
            bool quote = false;
            bool closed = false;
            for (++i; i < options.size(); ++i) {
                const char c = options[i];
                if (c == '(' && !quote) {
                    ++paren;
                } else if (c == ')' && !quote) {
                    if (--paren == 0) {
                        closed = true;
                        break;
                    }
                } else if (c == '"' && parseQuotes) {
                    quote = !quote;
                    continue;
                } else if (c == '\\') {
                    // Outside quotes, or before a quote inside them, the backslash goes and
                    // the next character is taken as it is; inside quotes both stay.
                    if (quote && (i + 1 >= options.size() || options[i + 1] != '"'))
                        argument += c;
                    if (++i < options.size())
                        argument += options[i];
                    continue;
                }
                argument += c;
            }
            if (!closed) {
                // Asterisk then looks for any later ')' and finds none either.
                out.complete = false;
                out.incomplete = letter;
                out.incompleteArgument = argument;
                return out;
            }
            ++i;
        }
        out.arguments.insert(letter, argument);
    }
    return out;
}

bool DialRequest::parametersValid(const QByteArray &parameters) {
    for (const QByteArray &pair : parameters.split(',')) {
        for (const QByteArray &part : pair.split('=')) {
            if (!encoded(part))
                return false;
        }
    }
    return true;
}

DialRequest DialRequest::parse(const QByteArray &dialString) {
    DialRequest r;
    std::optional<QByteArray> rest;
    // Dial's first argument is its channel list; each channel ends at an '&'.
    const QByteArray channels = firstArgument(dialString, ',', true, &rest);
    const qsizetype ampersand = channels.indexOf('&');
    const QByteArray channel = ampersand < 0 ? channels : channels.left(ampersand);
    const qsizetype slash = channel.indexOf('/');
    if (slash < 0) {
        r.m_error = QStringLiteral("Dial argument takes format (technology/resource)");
        return r;
    }
    const QByteArray technology = channel.left(slash);
    if (technology.compare("WebSocket", Qt::CaseInsensitive) != 0) {
        r.m_error = QStringLiteral("'%1' is not a WebSocket channel: only WebSocket/<id> dial "
                                   "strings connect with a websocket_client")
                        .arg(QString::fromUtf8(technology));
        return r;
    }
    const QByteArray data = channel.mid(slash + 1);
    if (data.isEmpty()) {
        r.m_error = QStringLiteral("A connection id is required for the 'WebSocket' channel");
        return r;
    }
    r.m_client = firstArgument(data, '/', false, &rest);
    const QByteArray options = rest.value_or(QByteArray());
    if (r.m_client.isEmpty()) {
        r.m_error = QStringLiteral("connection_id is required for the 'WebSocket' channel");
        return r;
    }
    const Options parsed = parseOptions(options);
    for (const char letter : parsed.letters) {
        if (!QByteArrayView("cnvpfd").contains(letter))
            r.m_warnings << QStringLiteral("Unrecognized option: '%1'").arg(QLatin1Char(letter));
    }
    if (!parsed.complete) {
        r.m_warnings << QStringLiteral("Missing closing parenthesis for argument '%1' in string "
                                       "'%2'")
                            .arg(QString(QLatin1Char(parsed.incomplete)),
                                 QString::fromUtf8(parsed.incompleteArgument));
        r.m_error = QStringLiteral("'WebSocket' channel options '%1' parse error")
                        .arg(QString::fromUtf8(options));
        return r;
    }
    // From here on Asterisk has looked the client up first (settingsFor()).
    if (parsed.arguments.contains('d')) {
        const QByteArray direction = parsed.arguments.value('d');
        if (direction != "both" && direction != "out" && direction != "in") {
            r.m_lateError = QStringLiteral("Unrecognized option for media direction: '%1'.")
                                .arg(QString::fromUtf8(direction));
            return r;
        }
    }
    const QByteArray parameters = parsed.arguments.value('v');
    if (!parameters.isEmpty()) {
        if (r.m_client == "INCOMING") {
            r.m_lateError =
                QStringLiteral("URI parameters are not allowed for 'WebSocket/INCOMING' channels");
            return r;
        }
        if (!parametersValid(parameters)) {
            r.m_lateError = QStringLiteral("Invalid URI parameters '%1' in WebSocket/%2 dial "
                                           "string")
                                .arg(QString::fromUtf8(parameters), QString::fromUtf8(r.m_client));
            return r;
        }
        // Dial splits its channels at '&', so v() takes ',' and chan_websocket turns it back.
        r.m_parameters = parameters;
        r.m_parameters.replace(',', '&');
    }
    if (parsed.arguments.contains('f')) {
        const QByteArray format = parsed.arguments.value('f');
        if (format.compare("plain-text", Qt::CaseInsensitive) != 0 &&
            format.compare("json", Qt::CaseInsensitive) != 0)
            r.m_warnings << QStringLiteral("'f/control message format' dialstring parameter "
                                           "value missing or invalid. Defaulting to "
                                           "'plain-text'");
    }
    if (ampersand >= 0)
        r.m_lateError = QStringLiteral("Dial calls every '&'-separated channel at once; a probe "
                                       "connects one (v() separates its parameters with ',')");
    return r;
}

std::optional<ClientSettings> DialRequest::settingsFor(const CheckResult &clients,
                                                       QString *error) const {
    QList<ClientSettings> loaded;
    for (const ClientObject &o : clients.objects) {
        if (o.valid)
            loaded.append(o.settings);
    }
    return settingsFor(loaded, error);
}

std::optional<ClientSettings> DialRequest::settingsFor(const QList<ClientSettings> &loaded,
                                                       QString *error) const {
    if (!m_error.isEmpty()) {
        *error = m_error;
        return std::nullopt;
    }
    const ClientSettings *found = nullptr;
    if (m_client != "INCOMING") {
        const QString id = QString::fromUtf8(m_client);
        for (const ClientSettings &s : loaded) {
            if (s.name == id)
                found = &s;
        }
        if (!found) {
            *error = QStringLiteral("WebSocket client connection '%1' not found").arg(id);
            return std::nullopt;
        }
    }
    if (!m_lateError.isEmpty()) {
        *error = m_lateError;
        return std::nullopt;
    }
    if (!found) {
        *error = QStringLiteral("WebSocket/INCOMING waits for a connection to Asterisk: there "
                                "is nothing to connect to");
        return std::nullopt;
    }
    ClientSettings settings = *found;
    settings.uriText =
        QString::fromUtf8(AsteriskUri::withParameters(settings.uriText.toUtf8(), m_parameters));
    return settings;
}

} // namespace wscm
