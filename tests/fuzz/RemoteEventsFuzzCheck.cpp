// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FuzzStream.h"
#include "FuzzTargets.h"

#include "net/LineBuffer.h"
#include "net/RemoteEventReader.h"

#include <QJsonDocument>

#include <algorithm>

using wscm::RemoteEventReader;
using Kind = RemoteEventReader::Output::Kind;

namespace {

struct Reading {
    QList<Kind> kinds;
    QStringList texts;    // everything shown of each output, in order
    QStringList messages; // the standard error's lines, as shown
    qsizetype mostKept = 0;
    QString problem;
};

// As RemoteProbe reads: the same bytes as the remote probe's output and, apart, as its
// standard error.
Reading read(const QList<QByteArrayView> &chunks) {
    Reading reading;
    RemoteEventReader reader;
    wscm::LineBuffer errors(RemoteEventReader::MaxLineBytes);
    for (const QByteArrayView chunk : chunks) {
        reader.append(chunk);
        RemoteEventReader::Output output;
        while (reader.next(&output)) {
            reading.kinds.append(output.kind);
            reading.texts << output.version << output.format
                          << QString::fromUtf8(QJsonDocument(output.event.toJson())
                                                   .toJson(QJsonDocument::Compact));
        }
        errors.append(chunk);
        QByteArray line;
        while (errors.takeLine(&line))
            reading.messages << RemoteEventReader::shown(QString::fromUtf8(line));
        reading.mostKept = std::max({reading.mostKept, reader.buffered(), errors.buffered()});
    }
    return reading;
}

} // namespace

// What comes back over SSH from `wscm probe --json` on another host. Options: bits 0-1 the
// URI with a password that "$SECRET" stands for (a hostile or older wscm may print one).
QString remoteEventsFuzzCheck(const QByteArray &input) {
    const FuzzStream stream(input);
    const QByteArray marker(FuzzStream::Marker);
    const QByteArray forms[] = {
        "ws://wscm:" + marker + "@pbx.example.org:8088/ws", "wss://user:" + marker + "@[::1]:8089/",
        "http://proxy:" + marker + "@10.0.0.1:3128", "ws://a:b" + marker + "c@h"};
    const QByteArray bytes = stream.secretIn(forms[stream.options() & 3]);
    const QList<QByteArrayView> chunks = stream.chunks(bytes);

    const Reading whole = read({QByteArrayView(bytes)});
    const Reading cut = read(chunks);
    if (whole.kinds != cut.kinds || whole.texts != cut.texts || whole.messages != cut.messages)
        return QStringLiteral("the outputs depend on the cuts: %1 whole, %2 in %3 reads")
            .arg(whole.kinds.size())
            .arg(cut.kinds.size())
            .arg(chunks.size());
    if (cut.mostKept > RemoteEventReader::MaxLineBytes)
        return QStringLiteral("%1 bytes held for one line, over MaxLineBytes").arg(cut.mostKept);
    for (qsizetype i = 0; i < whole.kinds.size(); ++i) {
        const bool handshake = whole.kinds.at(i) != Kind::Event;
        if (handshake != (i == 0))
            return QStringLiteral("an event before the handshake, or a second handshake");
        if ((whole.kinds.at(i) == Kind::NotInstalled || whole.kinds.at(i) == Kind::Incompatible) &&
            i != whole.kinds.size() - 1)
            return QStringLiteral("lines read after a refused handshake");
    }
    for (const QStringList *texts : {&whole.texts, &whole.messages}) {
        for (const QString &text : *texts) {
            if (FuzzStream::leaks(text))
                return QStringLiteral("the secret is shown: %1").arg(text);
        }
    }
    return QString();
}
