// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "MetricsRequest.h"

#include <QList>

namespace wscm {

MetricsRequest::Answer MetricsRequest::judge(QByteArrayView received) {
    const QByteArrayView head = received.first(qMin(received.size(), MaxHeadBytes + 1));
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return {head.size() > MaxHeadBytes ? Verdict::TooLarge : Verdict::Incomplete, false};
    const QList<QByteArray> requestLine = head.first(head.indexOf("\r\n")).toByteArray().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return {Verdict::BadRequest, false};
    const QByteArray &method = requestLine.at(0);
    QByteArray path = requestLine.at(1);
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    const bool headOnly = method == "HEAD";
    if (method != "GET" && !headOnly)
        return {Verdict::MethodNotAllowed, false};
    if (path == "/metrics")
        return {Verdict::Metrics, headOnly};
    if (path == "/")
        return {Verdict::Index, headOnly};
    return {Verdict::NotFound, headOnly};
}

QByteArray MetricsRequest::status(Verdict verdict) {
    switch (verdict) {
    case Verdict::Incomplete:
        break;
    case Verdict::TooLarge:
        return "431 Request Header Fields Too Large";
    case Verdict::BadRequest:
        return "400 Bad Request";
    case Verdict::MethodNotAllowed:
        return "405 Method Not Allowed";
    case Verdict::Metrics:
    case Verdict::Index:
        return "200 OK";
    case Verdict::NotFound:
        return "404 Not Found";
    }
    return {};
}

QByteArray MetricsRequest::refusal(Verdict verdict) {
    switch (verdict) {
    case Verdict::TooLarge:
        return "request head too large\n";
    case Verdict::BadRequest:
        return "bad request\n";
    case Verdict::MethodNotAllowed:
        return "only GET and HEAD\n";
    case Verdict::NotFound:
        return "not found: the metrics are at /metrics\n";
    case Verdict::Incomplete:
    case Verdict::Metrics:
    case Verdict::Index:
        break;
    }
    return {};
}

} // namespace wscm
