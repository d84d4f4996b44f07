// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "RemoteEventReader.h"

#include "config/ClientSettings.h"
#include "config/SecretRedaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wscm {

namespace {

const QByteArray hello = "wscm-probe ";

} // namespace

RemoteEventReader::RemoteEventReader() = default;

void RemoteEventReader::append(QByteArrayView bytes) {
    if (m_state != State::Refused)
        m_lines.append(bytes);
}

void RemoteEventReader::clear() {
    m_lines.clear();
    m_state = State::Waiting;
}

QString RemoteEventReader::shown(const QString &text) {
    // No settings: no secret of ours is known here, only the form of a URI's password.
    return SecretRedaction::scrub(text, ClientSettings());
}

bool RemoteEventReader::next(Output *output) {
    QByteArray line;
    while (m_state != State::Refused && m_lines.takeLine(&line)) {
        if (m_state == State::Waiting) {
            if (handshake(line, output))
                return true;
            continue;
        }
        ConnectionEvent event;
        if (!ConnectionEvent::fromJson(QJsonDocument::fromJson(line).object(), &event))
            continue;
        event.section = shown(event.section);
        event.detail = shown(event.detail);
        *output = Output();
        output->kind = Output::Kind::Event;
        output->event = event;
        return true;
    }
    return false;
}

void RemoteEventReader::refuse() {
    // Nothing more is read: what came after the refusal goes at once.
    m_state = State::Refused;
    m_lines.clear();
}

bool RemoteEventReader::handshake(const QByteArray &line, Output *output) {
    // Anything a login script printed comes before the answer.
    if (!line.startsWith(hello))
        return false;
    // Hidden in the whole line before it is cut into fields: a field cut out of a URI would
    // no longer look like one, and the password in it would be shown.
    const QString answer = shown(QString::fromUtf8(line.mid(hello.size())));
    *output = Output();
    if (answer == QLatin1StringView("missing")) {
        refuse();
        output->kind = Output::Kind::NotInstalled;
        return true;
    }
    const qsizetype bar = answer.indexOf(QLatin1Char('|'));
    const QString format = answer.mid(6, bar - 6); // after "hello "
    output->version = answer.mid(bar + 1).trimmed();
    if (format != QString::number(ConnectionEvent::JsonFormat)) {
        refuse();
        output->kind = Output::Kind::Incompatible;
        output->format = format;
        return true;
    }
    m_state = State::Greeted;
    output->kind = Output::Kind::Started;
    return true;
}

} // namespace wscm
