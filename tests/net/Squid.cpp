// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "Squid.h"

#include "FreePort.h"

#include <QFile>
#include <QProcess>

bool Squid::start(const Options &options, QString *error) {
    // squid drops root for the user "proxy", which reads the password file and writes logs.
    openFolderToEveryone();
    m_port = FreePort::find();
    const QByteArray dir = m_dir.path().toUtf8();
    QByteArray config = "http_port 127.0.0.1:" + QByteArray::number(m_port) + "\n";
    config += "pid_filename " + dir + "/squid.pid\n";
    config += "access_log stdio:" + dir + "/access.log\n";
    config += "cache_log " + dir + "/cache.log\n";
    config += "coredump_dir " + dir + "\n";
    config += "cache_store_log none\ncache deny all\ncache_mem 1 MB\nshutdown_lifetime 0 seconds\n";
    if (options.onlyPort != 0) {
        config += "acl wanted_port port " + QByteArray::number(options.onlyPort) + "\n";
        config += "http_access deny !wanted_port\n";
    }
    if (options.users.isEmpty()) {
        config += "http_access allow all\n";
    } else {
        QByteArray passwords;
        for (auto it = options.users.cbegin(); it != options.users.cend(); ++it) {
            QProcess hash;
            hash.start(QStringLiteral("openssl"),
                       {QStringLiteral("passwd"), QStringLiteral("-apr1"), it.value()});
            if (!hash.waitForFinished(10000) || hash.exitCode() != 0) {
                *error = QStringLiteral("openssl passwd failed");
                return false;
            }
            passwords += it.key().toUtf8() + ':' + hash.readAllStandardOutput().trimmed() + '\n';
        }
        QFile file(path(QStringLiteral("passwd")));
        if (!file.open(QIODevice::WriteOnly) || file.write(passwords) != passwords.size()) {
            *error = QStringLiteral("cannot write the password file");
            return false;
        }
        file.close();
        file.setPermissions(file.permissions() | QFileDevice::ReadOther);
        config += "auth_param basic program /usr/lib/squid/basic_ncsa_auth " + dir + "/passwd\n";
        config += "auth_param basic realm wscm\nacl authed proxy_auth REQUIRED\n";
        if (options.withoutCredentials == 403)
            config += "acl has_credentials req_header Proxy-Authorization .\n"
                      "http_access deny !has_credentials\n";
        config += "http_access allow authed\nhttp_access deny all\n";
    }
    return run(QStringLiteral("squid"), QStringLiteral("squid"), QStringLiteral("squid.conf"),
               config, {QStringLiteral("-N"), QStringLiteral("-f"), QStringLiteral("%CONFIG%")},
               error);
}
