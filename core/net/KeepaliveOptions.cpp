// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "KeepaliveOptions.h"

#include "config/ClientSettings.h"

#include <QAbstractSocket>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace wscm {

namespace {

bool setOption(qintptr fd, int level, int name, int value, const char *label, QString *error) {
    if (::setsockopt(static_cast<int>(fd), level, name, &value, sizeof value) == 0)
        return true;
    if (error)
        *error = QStringLiteral("setsockopt %1: %2")
                     .arg(QLatin1StringView(label), QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

int getOption(qintptr fd, int level, int name) {
    int value = 0;
    socklen_t length = sizeof value;
    if (::getsockopt(static_cast<int>(fd), level, name, &value, &length) != 0)
        return -1;
    return value;
}

} // namespace

KeepaliveOptions KeepaliveOptions::fromSettings(const ClientSettings &settings) {
    KeepaliveOptions options;
    options.enabled = settings.enableTcpKeepalives;
    options.idleS = static_cast<int>(settings.tcpKeepaliveTimeS);
    options.intervalS = static_cast<int>(settings.tcpKeepaliveIntervalS);
    options.probes = static_cast<int>(settings.tcpKeepaliveProbes);
    return options;
}

bool KeepaliveOptions::applyTo(qintptr fd, QString *error) const {
    if (fd < 0) {
        if (error)
            *error = QStringLiteral("no socket descriptor");
        return false;
    }
    if (!enabled)
        return setOption(fd, SOL_SOCKET, SO_KEEPALIVE, 0, "SO_KEEPALIVE", error);
    return setOption(fd, SOL_SOCKET, SO_KEEPALIVE, 1, "SO_KEEPALIVE", error) &&
           setOption(fd, IPPROTO_TCP, TCP_KEEPIDLE, idleS, "TCP_KEEPIDLE", error) &&
           setOption(fd, IPPROTO_TCP, TCP_KEEPINTVL, intervalS, "TCP_KEEPINTVL", error) &&
           setOption(fd, IPPROTO_TCP, TCP_KEEPCNT, probes, "TCP_KEEPCNT", error);
}

KeepaliveOptions KeepaliveOptions::readFrom(qintptr fd) {
    KeepaliveOptions options;
    options.enabled = getOption(fd, SOL_SOCKET, SO_KEEPALIVE) > 0;
    options.idleS = getOption(fd, IPPROTO_TCP, TCP_KEEPIDLE);
    options.intervalS = getOption(fd, IPPROTO_TCP, TCP_KEEPINTVL);
    options.probes = getOption(fd, IPPROTO_TCP, TCP_KEEPCNT);
    return options;
}

} // namespace wscm
