// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace wscm {

// The head of one request to the metrics server, judged from the bytes received so far: kept
// apart from the socket so it can be tested (and fuzzed) on bytes. Only the first
// MaxHeadBytes + 1 bytes are ever looked at: a head that has not ended by then is refused, so
// a client cannot make the server hold more.
class MetricsRequest {
public:
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;

    enum class Verdict {
        Incomplete,       // the head has not ended yet: wait for more
        TooLarge,         // 431: no end of the head within MaxHeadBytes
        BadRequest,       // 400: the request line is not METHOD PATH HTTP/1.x
        MethodNotAllowed, // 405: only GET and HEAD
        Metrics,          // GET or HEAD /metrics
        Index,            // GET or HEAD /
        NotFound,         // 404: any other path
    };
    struct Answer {
        Verdict verdict = Verdict::Incomplete;
        bool headOnly = false; // HEAD: the status and headers without the body
    };

    static Answer judge(QByteArrayView received);
    // "431 Request Header Fields Too Large", ...; empty for Incomplete.
    static QByteArray status(Verdict verdict);
    // The body of a refusal, naming its cause ("request head too large"); empty for the
    // verdicts that are answered with content (Metrics, Index) and Incomplete.
    static QByteArray refusal(Verdict verdict);
};

} // namespace wscm
