// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ReloadConfirmation.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace wscm {

// Reads websocket_client objects from a running Asterisk through ARI's
// GET /ari/asterisk/config/dynamic/res_websocket_client/websocket_client/<id> (404: no such
// object). ARI answers every field, passwords in clear: the secret fields' values are
// replaced by their digest as they arrive (ReloadConfirmation::secretDigest), so no password
// leaves this class.
class AriObjectReader {
public:
    AriObjectReader(const QUrl &base, const QString &user, const QByteArray &password);

    // The objects by id; false, with *error saying why and what to do, when ARI cannot be
    // asked (not reachable, not enabled, credentials refused).
    bool read(const QList<QByteArray> &ids, QMap<QByteArray, ReloadConfirmation::Loaded> *objects,
              QString *error) const;

private:
    QUrl m_base;
    QByteArray m_authorization;
};

} // namespace wscm
