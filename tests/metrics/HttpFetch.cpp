// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "HttpFetch.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

HttpFetch HttpFetch::get(const QUrl &url, const QByteArray &method, int timeoutMs) {
    QNetworkAccessManager manager;
    // Only 127.0.0.1 is ever asked: never through a proxy from the environment.
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    QNetworkReply *reply = manager.sendCustomRequest(request, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpFetch fetch;
    if (!reply->isFinished()) {
        reply->abort();
        fetch.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    } else {
        fetch.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        fetch.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        fetch.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            fetch.error = reply->errorString();
    }
    reply->deleteLater();
    return fetch;
}
