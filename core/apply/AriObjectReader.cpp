// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AriObjectReader.h"

#include "schema/OptionSchema.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <QUrl>

#include <memory>

namespace wscm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("wscm::AriObjectReader", text);
}

constexpr int transferTimeoutMs = 15000;

} // namespace

AriObjectReader::AriObjectReader(const QUrl &base, const QString &user, const QByteArray &password)
    : m_base(base)
    , m_authorization("Basic " + (user.toUtf8() + ':' + password).toBase64()) {}

bool AriObjectReader::read(const QList<QByteArray> &ids,
                           QMap<QByteArray, ReloadConfirmation::Loaded> *objects,
                           QString *error) const {
    QNetworkAccessManager network;
    const auto get = [&](const QString &path) {
        QUrl url = m_base;
        url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_authorization);
        request.setTransferTimeout(transferTimeoutMs);
        QNetworkReply *reply = network.get(request);
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        return std::unique_ptr<QNetworkReply>(reply);
    };
    const QString where = m_base.toString();
    // ARI answers its ping only when it is enabled and the credentials are right: a 404 for
    // every object would otherwise read as "Asterisk has none of them".
    {
        const auto ping = get(QStringLiteral("/ari/asterisk/ping"));
        const int status = ping->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401 || status == 403) {
            *error = tr("ARI at %1 refused the user and password (HTTP %2): check the user in "
                        "ari.conf and the password file")
                         .arg(where)
                         .arg(status);
            return false;
        }
        if (status == 404) {
            *error = tr("ARI is not enabled at %1 (HTTP 404): enable it in ari.conf "
                        "([general] enabled = yes) and load res_ari")
                         .arg(where);
            return false;
        }
        if (ping->error() != QNetworkReply::NoError || status != 200) {
            *error = tr("ARI at %1 cannot be asked (%2): check the address, and that Asterisk's "
                        "HTTP server is enabled in http.conf")
                         .arg(where,
                              status ? QStringLiteral("HTTP %1").arg(status) : ping->errorString());
            return false;
        }
    }
    for (const QByteArray &id : ids) {
        const auto reply = get(
            QStringLiteral("/ari/asterisk/config/dynamic/res_websocket_client/websocket_client/") +
            QString::fromUtf8(id));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 404) {
            objects->insert(id, std::nullopt);
            continue;
        }
        if (status != 200) {
            *error =
                tr("ARI at %1 did not answer for [%2] (%3)")
                    .arg(where, QString::fromUtf8(id),
                         status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString());
            return false;
        }
        // [{"attribute": name, "value": value}, ...]
        QMap<QByteArray, QByteArray> fields;
        const QJsonArray list = QJsonDocument::fromJson(reply->readAll()).array();
        for (const QJsonValue &entry : list) {
            const QString name = entry[QLatin1StringView("attribute")].toString();
            const QByteArray value = entry[QLatin1StringView("value")].toString().toUtf8();
            fields.insert(name.toUtf8(), OptionSchema::isSecret(name)
                                             ? ReloadConfirmation::secretDigest(value)
                                             : value);
        }
        objects->insert(id, fields);
    }
    return true;
}

} // namespace wscm
