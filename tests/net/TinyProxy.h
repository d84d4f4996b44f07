// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ProxyProcess.h"

// The real tinyproxy (Debian package) as an HTTP CONNECT proxy on 127.0.0.1, optionally with
// BasicAuth. It answers a CONNECT with "HTTP/1.0 200 Connection established", which Asterisk
// refuses (it wants "HTTP/1.1 "; tests/parity/wire/tinyproxy-http10-answer): the tests use it
// to show that wscm refuses it too, and squid (Squid.h) for tunnels that work.
class TinyProxy : public ProxyProcess {
public:
    bool start(quint16 connectPort, const QString &user, const QString &password, QString *error);
    QString log() const { return readFile(QStringLiteral("tinyproxy.log")); }
};
