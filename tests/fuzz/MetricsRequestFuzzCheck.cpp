// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FuzzStream.h"
#include "FuzzTargets.h"

#include "metrics/MetricsRequest.h"

using wscm::MetricsRequest;
using Verdict = MetricsRequest::Verdict;

// A scraper's request to `wscm probe --metrics`. As MetricsServer reads: on every read the
// request so far is judged, and the first verdict other than Incomplete is answered.
QString metricsRequestFuzzCheck(const QByteArray &input) {
    const FuzzStream stream(input);
    const MetricsRequest::Answer whole = MetricsRequest::judge(stream.bytes());
    MetricsRequest::Answer cut;
    QByteArray received;
    for (const QByteArrayView chunk : stream.chunks()) {
        received.append(chunk);
        cut = MetricsRequest::judge(received);
        if (cut.verdict != Verdict::Incomplete)
            break;
        if (received.size() > MetricsRequest::MaxHeadBytes)
            return QStringLiteral("%1 bytes held without a verdict, over MaxHeadBytes")
                .arg(received.size());
    }
    if (whole.verdict != cut.verdict || whole.headOnly != cut.headOnly)
        return QStringLiteral("the verdict depends on the cuts: %1 whole, %2 in reads")
            .arg(QString::fromLatin1(MetricsRequest::status(whole.verdict)),
                 QString::fromLatin1(MetricsRequest::status(cut.verdict)));
    if (whole.verdict != Verdict::Incomplete && MetricsRequest::status(whole.verdict).isEmpty())
        return QStringLiteral("a verdict without a status");
    const bool refused = whole.verdict != Verdict::Incomplete &&
                         whole.verdict != Verdict::Metrics && whole.verdict != Verdict::Index;
    if (refused != !MetricsRequest::refusal(whole.verdict).isEmpty())
        return QStringLiteral("a refusal without its cause (%1)")
            .arg(QString::fromLatin1(MetricsRequest::status(whole.verdict)));
    if (whole.headOnly && refused && whole.verdict != Verdict::NotFound)
        return QStringLiteral("a refusal without a body");
    // Only the first MaxHeadBytes + 1 bytes count.
    const MetricsRequest::Answer head = MetricsRequest::judge(
        stream.bytes().first(qMin(stream.bytes().size(), MetricsRequest::MaxHeadBytes + 1)));
    if (head.verdict != whole.verdict)
        return QStringLiteral("bytes past MaxHeadBytes changed the verdict");
    return QString();
}
