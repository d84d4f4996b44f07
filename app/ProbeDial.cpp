// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ProbeDial.h"

#include "Console.h"
#include "check/CheckResult.h"
#include "consumers/DialRequest.h"

namespace wscm {

QCommandLineOption ProbeDial::option() {
    return QCommandLineOption(
        QStringLiteral("dial"),
        QStringLiteral("Make one call's connection as chan_websocket makes it for this dial "
                       "string (WebSocket/<id>[/options], as in Dial()): the client <id>'s "
                       "URI with the v() parameters. Only that section is probed."),
        QStringLiteral("STRING"));
}

std::optional<ClientSettings> ProbeDial::settings(const QString &dialString,
                                                  const CheckResult &clients) {
    const QByteArray text = dialString.toUtf8();
    const DialRequest request = DialRequest::parse(text);
    const QString prefix = QStringLiteral("wscm probe: %1: ").arg(dialString);
    for (const QString &warning : request.warnings())
        Console::error(prefix + warning);
    QString error;
    std::optional<ClientSettings> settings = request.settingsFor(clients, &error);
    if (settings)
        return settings;
    // Why the client is not there, in wscm's words after Asterisk's.
    QString why;
    const bool notFound = error.startsWith(QStringLiteral("WebSocket client connection '"));
    for (const ClientObject &o : notFound ? clients.objects : QList<ClientObject>()) {
        if (o.id == request.client() && !o.valid)
            why = QStringLiteral(" ([%1] does not load: see wscm check)").arg(o.name);
        else if (why.isEmpty() && o.valid &&
                 o.id.compare(request.client(), Qt::CaseInsensitive) == 0)
            why = QStringLiteral(" (ids are case-sensitive: did you mean '%1'?)").arg(o.name);
    }
    Console::error(prefix + error + why);
    Console::error(QStringLiteral("wscm probe: Asterisk fails this call before it connects: "
                                  "\"Unable to create channel of type 'WebSocket' (cause 38 - "
                                  "Network out of order)\""));
    return std::nullopt;
}

} // namespace wscm
