// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "HandshakeResponse.h"

#include <QStringList>

#include <cctype>

namespace wscm {

namespace {

using Result = AttemptFailure::Result;

// The errno texts Asterisk's warning line carried in the recordings: reads on its
// non-blocking stream leave EAGAIN behind, a TLS stream closed by the peer ENOTCONN.
const char *const WouldBlock = "Resource temporarily unavailable";
const char *const NotConnected = "Transport endpoint is not connected";

bool isBlank(char c) {
    return static_cast<unsigned char>(c) < 33;
}

// Asterisk's remove_excess_lws: runs of blanks become one space, none at either end.
QByteArray collapseBlanks(const QByteArray &value) {
    QByteArray out;
    bool pendingSpace = false;
    for (const char c : value) {
        if (isBlank(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

bool equalNoCase(const QByteArray &a, const char *b) {
    return a.compare(QByteArrayView(b), Qt::CaseInsensitive) == 0;
}

// Whole, never cut: the texts are scrubbed of secrets later, and a server that echoes a
// credential must not leave the first half of it behind a cut. A line is at most
// MaxLineBytes anyway (one the reader cut there is not quoted at all: quoted()).
QString printable(const QByteArray &bytes) {
    QString text;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        text += (u >= 32 && u < 127) ? QChar(char16_t(u)) : QChar(u'.');
    }
    return text;
}

} // namespace

HandshakeResponse::HandshakeResponse(Kind kind, const QByteArray &expectedAccept,
                                     const QByteArray &offeredProtocols)
    : m_kind(kind)
    , m_expectedAccept(expectedAccept)
    , m_offered(offeredProtocols) {}

void HandshakeResponse::finish(Result result, const QString &detail) {
    m_done = true;
    m_result = result;
    m_detail = result == Result::Ok ? QString() : detail;
    if (result != Result::Ok && m_osError.isEmpty())
        m_osError = QString::fromLatin1(WouldBlock);
}

bool HandshakeResponse::addLine(const QByteArray &line) {
    if (m_done)
        return true;
    // The reader cut it at MaxLineBytes: a credential the server echoed may straddle the cut,
    // and the scrubber, which hides whole secrets, would leave its first part.
    m_lineCut = line.size() >= MaxLineBytes && !line.endsWith('\n');
    if (!m_haveStatus)
        statusLine(line);
    else if (header(line))
        endOfHeaders();
    return m_done;
}

QString HandshakeResponse::quoted(const QByteArray &bytes) const {
    return m_lineCut ? QStringLiteral("[a line over %1 bytes, not shown]").arg(MaxLineBytes)
                     : printable(bytes);
}

void HandshakeResponse::statusLine(const QByteArray &line) {
    const QString who = m_kind == Kind::Proxy ? QStringLiteral("proxy") : QStringLiteral("server");
    static const QByteArray version = "HTTP/1.1 ";
    bool parsed = false;
    if (line.startsWith(version)) {
        // sscanf("%d"): blanks, a sign and digits
        QByteArray rest = line.mid(version.size()).trimmed();
        qsizetype digits = 0;
        while (digits < rest.size() && (std::isdigit(static_cast<unsigned char>(rest.at(digits))) ||
                                        (digits == 0 && (rest.at(0) == '-' || rest.at(0) == '+'))))
            ++digits;
        m_status = rest.left(digits).toInt(&parsed);
        m_reason = rest.mid(digits).trimmed();
    }
    if (!parsed || m_status <= 0) {
        m_status = 0;
        return finish(Result::InvalidResponse,
                      QStringLiteral("invalid response: the %1's answer is not HTTP/1.1 (it begins "
                                     "\"%2\")")
                          .arg(who, quoted(line.trimmed())));
    }
    const bool wanted = m_kind == Kind::Proxy ? m_status == 200 : m_status == 101;
    if (wanted) {
        m_haveStatus = true;
        return;
    }
    const QString prefix = m_kind == Kind::Proxy ? QStringLiteral("proxy answered HTTP %1")
                                                 : QStringLiteral("HTTP %1");
    switch (m_status) {
    case 400:
        return finish(Result::BadRequest, (prefix + QStringLiteral(" Bad Request")).arg(400));
    case 401:
        return finish(Result::Unauthorized, (prefix + QStringLiteral(" Unauthorized")).arg(401));
    case 404:
        return finish(Result::UrlNotFound, (prefix + QStringLiteral(" URL not found")).arg(404));
    default:
        break;
    }
    QString text = prefix.arg(m_status);
    if (!m_reason.isEmpty())
        text += QLatin1Char(' ') + quoted(m_reason);
    text += m_kind == Kind::Proxy ? QStringLiteral(" to the CONNECT (only 200 opens the tunnel)")
                                  : QStringLiteral(" instead of 101 Switching Protocols");
    finish(Result::InvalidResponse, text);
}

// Returns true at the end of the head.
bool HandshakeResponse::header(const QByteArray &rawLine) {
    QByteArray line = rawLine;
    while (!line.isEmpty() && isBlank(line.back()))
        line.chop(1);
    if (line.isEmpty())
        return true;
    const qsizetype colon = line.indexOf(':');
    if (colon < 0 || m_kind == Kind::Proxy)
        return false;
    const QByteArray name = line.left(colon);
    qsizetype start = colon + 1;
    while (start < line.size() && isBlank(line.at(start)))
        ++start;
    const QByteArray value = collapseBlanks(line.mid(start));
    if (name.isEmpty() || value.isEmpty())
        return false;

    // Asterisk tests each header against every check not yet satisfied, in this order, and a
    // matching name with a wrong value fails at once.
    if (!m_upgrade && equalNoCase(name, "upgrade")) {
        if (!equalNoCase(value, "websocket"))
            finish(Result::HeaderMismatch,
                   QStringLiteral("invalid response: Upgrade is \"%1\", not \"websocket\"")
                       .arg(quoted(value)));
        m_upgrade = true;
    } else if (!m_connection && equalNoCase(name, "connection")) {
        if (!equalNoCase(value, "upgrade"))
            finish(Result::HeaderMismatch,
                   QStringLiteral("invalid response: Connection is \"%1\", not \"Upgrade\"")
                       .arg(quoted(value)));
        m_connection = true;
    } else if (!m_accept && equalNoCase(name, "sec-websocket-accept")) {
        if (value.compare(m_expectedAccept, Qt::CaseInsensitive) != 0)
            finish(Result::HeaderMismatch,
                   QStringLiteral("invalid response: Sec-WebSocket-Accept does not match the key "
                                  "that was sent"));
        m_accept = true;
    } else if (!m_protocolSeen && equalNoCase(name, "sec-websocket-protocol")) {
        // strcasestr: anywhere in the protocols text, without case
        m_subprotocolRefused = !m_offered.toLower().contains(value.toLower());
        if (m_subprotocolRefused)
            finish(Result::HeaderMismatch,
                   QStringLiteral("server chose subprotocol '%1' which was not offered")
                       .arg(quoted(value)));
        m_protocolSeen = true;
        m_protocol = value;
    } else if (equalNoCase(name, "sec-websocket-extensions")) {
        finish(Result::NotSupported,
               QStringLiteral("server answered with Sec-WebSocket-Extensions (%1), which "
                              "Asterisk does not support")
                   .arg(quoted(value)));
    }
    return false;
}

void HandshakeResponse::endOfHeaders() {
    if (m_done)
        return;
    if (m_kind == Kind::Proxy || (m_upgrade && m_connection && m_accept))
        return finish(Result::Ok, QString());
    QStringList missing;
    if (!m_upgrade)
        missing << QStringLiteral("Upgrade");
    if (!m_connection)
        missing << QStringLiteral("Connection");
    if (!m_accept)
        missing << QStringLiteral("Sec-WebSocket-Accept");
    finish(Result::HeaderMissing, QStringLiteral("invalid response: the 101 answer has no %1")
                                      .arg(missing.join(QLatin1StringView(", "))));
}

void HandshakeResponse::endOfInput(bool timedOut, bool tls) {
    if (m_done)
        return;
    const QString who = m_kind == Kind::Proxy ? QStringLiteral("proxy") : QStringLiteral("server");
    const QString what =
        m_kind == Kind::Proxy ? QStringLiteral("the CONNECT") : QStringLiteral("the upgrade");
    const QString detail =
        timedOut ? QStringLiteral("%1 did not answer %2 in time").arg(who, what)
                 : QStringLiteral("%1 closed the connection without answering %2").arg(who, what);
    if (timedOut || !tls)
        return finish(Result::ClientStartError, detail);
    // A TLS stream that ends reports ENOTCONN: before the status line that is a bad status;
    // within the headers it simply ends them.
    m_osError = QString::fromLatin1(NotConnected);
    if (!m_haveStatus)
        return finish(Result::BadStatus, detail);
    endOfHeaders();
    if (m_result == Result::Ok)
        m_osError.clear();
}

} // namespace wscm
