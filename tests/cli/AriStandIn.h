// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QTcpServer>

// Asterisk's ARI as far as `wscm apply` asks it, on 127.0.0.1: its ping, and
// GET /ari/asterisk/config/dynamic/res_websocket_client/websocket_client/<id> answered from
// a recorded case's objects ({id: {field: value} or null}: 404), in ARI's own form, a list
// of {"attribute", "value"}. Requests without the expected Basic credentials get 401.
class AriStandIn : public QTcpServer {
    Q_OBJECT
public:
    AriStandIn(const QJsonObject &objects, const QByteArray &user, const QByteArray &password,
               QObject *parent = nullptr);

    QString url() const;
    // The paths asked for, in order.
    const QStringList &requests() const { return m_requests; }

private:
    void answer(QTcpSocket *socket);

    QJsonObject m_objects;
    QByteArray m_authorization;
    QStringList m_requests;
};
