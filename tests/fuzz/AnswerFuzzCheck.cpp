// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FuzzStream.h"
#include "FuzzTargets.h"

#include "config/ClientSettings.h"
#include "config/SecretRedaction.h"
#include "net/HandshakeResponse.h"

using wscm::HandshakeResponse;

namespace {

// What the client makes of an answer: all of it is compared between two cuttings.
struct Verdict {
    bool done = false;
    bool succeeded = false;
    int result = 0;
    int status = 0;
    QString detail;
    QString osError;
    QByteArray protocol;
    bool subprotocolRefused = false;
    qsizetype mostKept = 0; // bytes held for a line not yet ended, at most

    bool operator==(const Verdict &other) const {
        return done == other.done && succeeded == other.succeeded && result == other.result &&
               status == other.status && detail == other.detail && osError == other.osError &&
               protocol == other.protocol && subprotocolRefused == other.subprotocolRefused;
    }
};

// The size of the next line as WebSocketClient::takeAnswerLine takes it from the transport
// (QIODevice::readLine(MaxLineBytes)): up to and with the '\n', or MaxLineBytes of a longer
// line; 0 while neither has come.
qsizetype nextLineSize(const QByteArray &buffered) {
    constexpr qsizetype max = HandshakeResponse::MaxLineBytes;
    const qsizetype newline = buffered.indexOf('\n');
    if (newline >= 0 && newline < max)
        return newline + 1;
    return newline >= 0 || buffered.size() >= max ? max : 0;
}

struct Options {
    HandshakeResponse::Kind kind;
    bool tls;
    bool timedOut;
    QByteArray accept;
    QByteArray offered;
};

// As WebSocketClient reads: lines as they end, the rest of the answer (when the peer closed)
// as a last line, then the end of the input.
Verdict read(const Options &options, const QList<QByteArrayView> &chunks) {
    HandshakeResponse answer(options.kind, options.accept, options.offered);
    Verdict verdict;
    QByteArray buffer;
    for (const QByteArrayView chunk : chunks) {
        if (answer.isDone())
            break; // what follows stays in the transport (a proxy's: the server's bytes)
        buffer.append(chunk);
        while (!answer.isDone()) {
            const qsizetype size = nextLineSize(buffer);
            if (size == 0)
                break;
            answer.addLine(buffer.first(size));
            buffer.remove(0, size);
        }
        if (!answer.isDone())
            verdict.mostKept = qMax(verdict.mostKept, buffer.size());
    }
    if (!answer.isDone()) {
        if (!options.timedOut && !buffer.isEmpty())
            answer.addLine(buffer);
        answer.endOfInput(options.timedOut, options.tls);
    }
    verdict.done = answer.isDone();
    verdict.succeeded = answer.succeeded();
    verdict.result = int(answer.result());
    verdict.status = answer.statusCode();
    verdict.detail = answer.detail();
    verdict.osError = answer.osError();
    verdict.protocol = answer.acceptedProtocol();
    verdict.subprotocolRefused = answer.subprotocolRefused();
    return verdict;
}

QByteArray acceptIn(const QByteArray &answer) {
    const qsizetype at = answer.indexOf("Sec-WebSocket-Accept:");
    if (at < 0)
        return "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";
    const qsizetype end = answer.indexOf('\r', at);
    return answer.mid(at + 21, end < 0 ? -1 : end - at - 21).trimmed();
}

} // namespace

// The proxy's answer to CONNECT and the server's to the upgrade. Options: bit 0 a proxy's
// answer, bit 1 over TLS, bit 2 the wait ran out (else the peer closed), bit 3 the accept key
// the client expects is the one in the answer, bits 4-5 the subprotocols offered, bits 6-7 how
// the secret the answer echoes is written.
QString answerFuzzCheck(const QByteArray &input) {
    const FuzzStream stream(input);
    const quint8 bits = stream.options();
    wscm::ClientSettings settings;
    settings.username = QStringLiteral("wscm");
    settings.password = QLatin1StringView(FuzzStream::Marker);
    settings.uriText = QStringLiteral("ws://wscm:%1@127.0.0.1:8088/ws").arg(settings.password);
    settings.proxyHostText = QStringLiteral("127.0.0.1:3128");
    settings.proxyUsername = QStringLiteral("proxy");
    settings.proxyPassword = settings.password;
    const QByteArray marker(FuzzStream::Marker);
    const QByteArray forms[] = {marker, ("wscm:" + marker).toBase64(),
                                "ws://wscm:" + marker + "@127.0.0.1:8088/ws",
                                ("proxy:" + marker).toBase64()};
    const QByteArray answer = stream.secretIn(forms[bits >> 6]);
    const QByteArray offered[] = {"", "ari", "ari,media", "chat, superchat"};
    const Options options{
        (bits & 1) ? HandshakeResponse::Kind::Proxy : HandshakeResponse::Kind::Upgrade,
        bool(bits & 2), bool(bits & 4),
        (bits & 8) ? acceptIn(answer) : QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="),
        offered[(bits >> 4) & 3]};

    const Verdict whole = read(options, {QByteArrayView(answer)});
    const QList<QByteArrayView> chunks = stream.chunks(answer);
    const Verdict cut = read(options, chunks);

    if (!(whole == cut))
        return QStringLiteral("the verdict depends on the cuts: \"%1\" whole, \"%2\" in %3 reads")
            .arg(whole.detail, cut.detail)
            .arg(chunks.size());
    if (cut.mostKept >= HandshakeResponse::MaxLineBytes)
        return QStringLiteral("%1 bytes held for one line, over MaxLineBytes").arg(cut.mostKept);
    if (!whole.done)
        return QStringLiteral("undecided after the end of the input");
    if (whole.protocol.size() > HandshakeResponse::MaxLineBytes ||
        whole.detail.size() > HandshakeResponse::MaxLineBytes + 256)
        return QStringLiteral("the verdict holds more than a line: %1 bytes of detail")
            .arg(whole.detail.size());
    if (!whole.succeeded &&
        (whole.result == int(wscm::AttemptFailure::Result::Ok) || whole.detail.isEmpty()))
        return QStringLiteral("a refused answer without its cause");
    if (whole.succeeded && !whole.detail.isEmpty())
        return QStringLiteral("a success with a failure's detail: %1").arg(whole.detail);
    for (const QString &shown :
         {wscm::SecretRedaction::scrub(whole.detail, settings),
          wscm::SecretRedaction::scrub(QString::fromUtf8(whole.protocol), settings)}) {
        if (FuzzStream::leaks(shown))
            return QStringLiteral("the secret is shown: %1").arg(shown);
    }
    return QString();
}
