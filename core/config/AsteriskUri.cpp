// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AsteriskUri.h"

namespace wscm {

AsteriskUri AsteriskUri::parse(const QByteArray &text) {
    // Asterisk parses "ws://" + text unless the text already starts with "ws".
    const QByteArray full = text.startsWith("ws") ? text : QByteArray("ws://") + text;
    AsteriskUri uri;
    qsizetype at = 0;
    // Mirrors Asterisk's walk: each step takes the text from `at` up to a separator, and
    // the last step looks at the character before `at` to decide what the rest is.
    const auto take = [&full, &at](qsizetype separator) {
        QByteArray part = full.mid(at, separator - at);
        at = separator + 1;
        return part;
    };
    if (const qsizetype p = full.indexOf("://"); p >= 0) {
        uri.m_scheme = full.left(p);
        at = p + 3;
    }
    if (const qsizetype p = full.indexOf('@', at); p >= 0)
        uri.m_userInfo = take(p);
    if (const qsizetype p = full.indexOf(':', at); p >= 0)
        uri.m_host = take(p);
    if (const qsizetype p = full.indexOf('/', at); p >= 0) {
        if (!uri.m_host)
            uri.m_host = take(p);
        else
            uri.m_port = take(p);
    }
    qsizetype end = full.size();
    if (const qsizetype p = full.indexOf('?', at); p >= 0) {
        uri.m_query = full.mid(p + 1);
        end = p;
    }
    const char before = at > 0 ? full.at(at - 1) : '\0';
    if (!uri.m_host)
        uri.m_host = take(end);
    else if (before == ':')
        uri.m_port = take(end);
    else if (before == '/')
        uri.m_path = take(end);

    if (uri.port().isEmpty()) {
        const bool secure = uri.scheme().endsWith('s');
        uri.m_port = secure ? QByteArray("443") : QByteArray("80");
        uri.m_portDefaulted = true;
    }
    return uri;
}

QByteArray AsteriskUri::withParameters(const QByteArray &text, const QByteArray &parameters) {
    if (parameters.isEmpty())
        return text;
    return text + (text.contains('?') ? '&' : '?') + parameters;
}

QByteArray AsteriskUri::hostWithPort() const {
    return m_port ? host() + ':' + *m_port : host();
}

QByteArray AsteriskUri::resource() const {
    QByteArray resource = "/" + m_path.value_or(QByteArray());
    if (m_query)
        resource += '?' + *m_query;
    return resource;
}

QByteArray AsteriskUri::shownWithoutSecrets() const {
    QByteArray path = m_path.value_or(QByteArray());
    if (const qsizetype fragment = path.indexOf('#'); fragment >= 0)
        path.truncate(fragment);
    return scheme() + "://" + (m_portDefaulted ? host() : hostWithPort()) + '/' + path;
}

QByteArray AsteriskUri::tlsHostName() const {
    const QByteArray all = hostWithPort();
    const qsizetype colon = all.indexOf(':');
    return colon < 0 ? all : all.left(colon);
}

} // namespace wscm
