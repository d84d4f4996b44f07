// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ProxyProcess.h"

#include <QMap>

// The real squid (Debian package) as an HTTP CONNECT proxy on 127.0.0.1. It answers a
// CONNECT with "HTTP/1.1 200 Connection established", the form Asterisk accepts. With users
// it requires Basic credentials: a CONNECT without any is refused with `withoutCredentials`
// (403, as many corporate proxies do, or 407 with a challenge), a wrong password with 407.
// With `onlyPort` it refuses (403) a tunnel to any other port.
class Squid : public ProxyProcess {
public:
    struct Options {
        QMap<QString, QString> users;
        int withoutCredentials = 407;
        quint16 onlyPort = 0;
    };
    bool start(const Options &options, QString *error);
    // squid's access log: one line per CONNECT with its status, e.g. TCP_TUNNEL/200.
    QString log() const { return readFile(QStringLiteral("access.log")); }
};
