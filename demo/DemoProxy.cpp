// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "DemoProxy.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace wscm {

namespace {

QString squidPath() {
    return QStandardPaths::findExecutable(QStringLiteral("squid"));
}

// squid needs its port in its configuration before it starts, so the port is found
// free here and given to it; nothing else on this machine is expected to grab it between.
quint16 freePort() {
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

// Runs in the child between fork and exec: a descriptor of ours without close-on-exec (the
// lock a build tool took around the tests, say) would otherwise stay open in squid for as
// long as squid runs, and squid may outlive a crashed wscm. Qt's own pipes are close-on-exec.
void closeInheritedDescriptors() {
    const long limit = qMin(::sysconf(_SC_OPEN_MAX), 65536L);
    for (int fd = 3; fd < limit; ++fd) {
        const int flags = ::fcntl(fd, F_GETFD);
        if (flags >= 0 && !(flags & FD_CLOEXEC))
            ::close(fd);
    }
}

} // namespace

DemoProxy::DemoProxy(QObject *parent)
    : QObject(parent) {
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setChildProcessModifier([] {
        // If wscm dies without running its destructors, the kernel stops squid too (unless
        // squid, started as root, switched to its own user: the kernel then forgets this).
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        closeInheritedDescriptors();
    });
    connect(&m_process, &QProcess::readyRead, this, [this] { m_log.write(m_process.readAll()); });
}

DemoProxy::~DemoProxy() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(2000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool DemoProxy::isAvailable() {
    return !squidPath().isEmpty();
}

bool DemoProxy::start(const QString &folder, quint16 connectPort, QString *error) {
    const QString program = squidPath();
    if (program.isEmpty()) {
        *error = QStringLiteral("squid is not installed");
        return false;
    }
    m_port = freePort();
    // squid, not tinyproxy: tinyproxy answers a CONNECT with "HTTP/1.0 200", and Asterisk
    // takes only "HTTP/1.1 " for an answer. squid caches nothing here, keeps no files of its
    // own (run as root it switches to the user "proxy", who could not write the demo
    // folder), and writes what it has to say to its output (-d 1), kept in the demo folder.
    const QByteArray config = "http_port 127.0.0.1:" + QByteArray::number(m_port) +
                              "\npid_filename none\naccess_log none\ncache_log /dev/null\n"
                              "cache_store_log none\ncache deny all\ncache_mem 1 MB\n"
                              "coredump_dir none\nshutdown_lifetime 0 seconds\n"
                              "acl demo_port port " +
                              QByteArray::number(connectPort) +
                              "\nhttp_access deny !demo_port\nhttp_access allow all\n";
    const QDir dir(folder);
    QFile configFile(dir.filePath(QStringLiteral("squid.conf")));
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(config) != config.size()) {
        *error = QStringLiteral("cannot write %1").arg(configFile.fileName());
        return false;
    }
    configFile.close();
    m_log.setFileName(dir.filePath(QStringLiteral("squid.log")));
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = QStringLiteral("cannot write %1").arg(m_log.fileName());
        return false;
    }
    m_process.start(program, {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("1"),
                              QStringLiteral("-f"), configFile.fileName()});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("squid did not start: %1").arg(m_process.errorString());
        return false;
    }
    if (!waitUntilListening()) {
        m_log.write(m_process.readAll());
        *error = QStringLiteral("squid did not start listening; see %1").arg(m_log.fileName());
        return false;
    }
    return true;
}

bool DemoProxy::waitUntilListening() {
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace wscm
