// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "TinyProxy.h"

#include "FreePort.h"

bool TinyProxy::start(quint16 connectPort, const QString &user, const QString &password,
                      QString *error) {
    // tinyproxy drops to nobody before writing its log.
    openFolderToEveryone();
    m_port = FreePort::find();
    QByteArray config = "User nobody\nGroup nogroup\nListen 127.0.0.1\nAllow 127.0.0.1\n"
                        "Timeout 60\nMaxClients 50\nLogLevel Info\n";
    config += "Port " + QByteArray::number(m_port) + "\n";
    config += "ConnectPort " + QByteArray::number(connectPort) + "\n";
    config += "LogFile \"" + path(QStringLiteral("tinyproxy.log")).toUtf8() + "\"\n";
    if (!user.isEmpty())
        config += "BasicAuth " + user.toUtf8() + " " + password.toUtf8() + "\n";
    return run(QStringLiteral("tinyproxy"), QStringLiteral("tinyproxy"),
               QStringLiteral("tinyproxy.conf"), config,
               {QStringLiteral("-d"), QStringLiteral("-c"), QStringLiteral("%CONFIG%")}, error);
}
