// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// One HTTP request made with Qt's own client, the event loop running meanwhile (so servers
// in the test's process keep answering).
struct HttpFetch {
    int status = 0; // 0 when no answer came
    QByteArray contentType;
    QByteArray body;
    QString error;

    static HttpFetch get(const QUrl &url, const QByteArray &method = "GET", int timeoutMs = 10000);
};
