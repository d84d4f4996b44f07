// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "AttemptFailure.h"

#include <QByteArray>
#include <QString>

namespace wscm {

// The head of an HTTP answer — the proxy's to CONNECT, or the server's to the upgrade —
// judged line by line with Asterisk's rules (res_http_websocket.c, recorded in
// tests/parity/retry): the status line must start with exactly "HTTP/1.1 "; a proxy must
// answer 200 and its headers are ignored; a server must answer 101 and send Upgrade:
// websocket, Connection: Upgrade and the right Sec-WebSocket-Accept (names and values
// without case), may name a subprotocol found anywhere in the protocols text, and must not
// send Sec-WebSocket-Extensions. Kept apart from the socket so it can be tested on bytes.
class HandshakeResponse {
public:
    enum class Kind { Proxy, Upgrade };
    // Asterisk reads a line into a 4096-byte buffer: longer lines come as several.
    static constexpr qsizetype MaxLineBytes = 4095;

    HandshakeResponse(Kind kind, const QByteArray &expectedAccept = QByteArray(),
                      const QByteArray &offeredProtocols = QByteArray());

    // One line as read, its "\r\n" included. Returns true once the answer is decided.
    bool addLine(const QByteArray &line);
    // The input ended before the answer was decided: the peer closed (timedOut false) or the
    // wait ran out. Over TLS Asterisk sees a close differently from a timeout.
    void endOfInput(bool timedOut, bool tls);

    bool isDone() const { return m_done; }
    bool succeeded() const { return m_done && m_result == AttemptFailure::Result::Ok; }
    AttemptFailure::Result result() const { return m_result; }
    QString osError() const { return m_osError; }
    int statusCode() const { return m_status; }
    QByteArray acceptedProtocol() const { return m_protocol; }
    // Why it failed, in words; empty on success.
    QString detail() const { return m_detail; }
    // The failure was a subprotocol that had not been offered.
    bool subprotocolRefused() const { return m_subprotocolRefused; }

private:
    void finish(AttemptFailure::Result result, const QString &detail);
    // The bytes of the current line as a detail quotes them.
    QString quoted(const QByteArray &bytes) const;
    void statusLine(const QByteArray &line);
    bool header(const QByteArray &line);
    void endOfHeaders();

    Kind m_kind;
    QByteArray m_expectedAccept;
    QByteArray m_offered;
    bool m_haveStatus = false;
    bool m_done = false;
    bool m_lineCut = false; // the current line is the first MaxLineBytes of a longer one
    int m_status = 0;
    QByteArray m_reason;
    bool m_upgrade = false;
    bool m_connection = false;
    bool m_accept = false;
    bool m_protocolSeen = false;
    QByteArray m_protocol;
    bool m_subprotocolRefused = false;
    AttemptFailure::Result m_result = AttemptFailure::Result::Ok;
    QString m_osError;
    QString m_detail;
};

} // namespace wscm
