// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "config/Diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace wscm {

// Something in ari.conf or extensions.conf that names a websocket_client.
struct ClientUse {
    enum class Kind { Ari, Dialplan };
    Kind kind = Kind::Ari;
    QString file;
    int line = 0; // 1-based: websocket_client_id's line, or the dial string's
    QString name; // the outbound websocket's id, or the dialplan context
    QString text; // what names the client: "websocket_client_id = x", the dial string
    QByteArray client;
    QString kindName() const {
        return kind == Kind::Ari ? QStringLiteral("ari") : QStringLiteral("dialplan");
    }
};

// An outbound websocket ARI creates at start-up (listed by ari show outbound-websockets); one
// it refuses is not created and only has its errors.
struct OutboundWebsocket {
    enum class Status {
        Invalid, // listed INVALID, never connects
        Valid,
    };
    QByteArray id;
    QString file;
    int line = 0; // header, 1-based
    QByteArray client;
    QByteArray apps;
    QByteArray localAriUser;
    bool subscribeAll = false;
    Status status = Status::Valid;
};

// What the files that use websocket_client objects make of them.
struct ConsumerResult {
    QStringList files; // the neighbour files read, includes too
    QList<OutboundWebsocket> outboundWebsockets;
    QList<ClientUse> uses;
    QList<Diagnostic> diagnostics;
    // Every use of the client `id`, in file order.
    QList<ClientUse> usedBy(const QByteArray &id) const;
    // The neighbours' findings about the users of the client `id`: those on a dial string's
    // line that names it, and those about an outbound websocket that names it (in that file).
    QList<Diagnostic> findingsAboutUsersOf(const QByteArray &id) const;
    // The outbound websockets ARI creates on the client `id` (valid or INVALID).
    QList<OutboundWebsocket> outboundWebsocketsOf(const QByteArray &id) const;
};

} // namespace wscm
