#include "DemoProxy.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace wscm {

namespace {

QString tinyproxyPath() {
    return QStandardPaths::findExecutable(QStringLiteral("tinyproxy"));
}

// tinyproxy needs its port in its configuration before it starts, so the port is found
// free here and given to it; nothing else on this machine is expected to grab it between.
quint16 freePort() {
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

} // namespace

DemoProxy::DemoProxy(QObject *parent)
    : QObject(parent) {
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // If wscm dies without running its destructors, the kernel stops tinyproxy too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
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
    return !tinyproxyPath().isEmpty();
}

bool DemoProxy::start(const QString &folder, quint16 connectPort, QString *error) {
    const QString program = tinyproxyPath();
    if (program.isEmpty()) {
        *error = QStringLiteral("tinyproxy is not installed");
        return false;
    }
    m_port = freePort();
    // Run as root, tinyproxy refuses to keep root rights and needs a user to switch to;
    // otherwise it ignores these two lines. Without a LogFile it logs to its output in the
    // foreground (-d), which is kept in the demo folder rather than in syslog.
    const QByteArray config = "User nobody\nGroup nogroup\n"
                              "Listen 127.0.0.1\nAllow 127.0.0.1\n"
                              "Port " +
                              QByteArray::number(m_port) + "\nConnectPort " +
                              QByteArray::number(connectPort) +
                              "\nTimeout 600\nMaxClients 20\nLogLevel Info\n";
    const QDir dir(folder);
    QFile configFile(dir.filePath(QStringLiteral("tinyproxy.conf")));
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(config) != config.size()) {
        *error = QStringLiteral("cannot write %1").arg(configFile.fileName());
        return false;
    }
    configFile.close();
    m_log.setFileName(dir.filePath(QStringLiteral("tinyproxy.log")));
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = QStringLiteral("cannot write %1").arg(m_log.fileName());
        return false;
    }
    m_process.start(program, {QStringLiteral("-d"), QStringLiteral("-c"), configFile.fileName()});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("tinyproxy did not start: %1").arg(m_process.errorString());
        return false;
    }
    if (!waitUntilListening()) {
        m_log.write(m_process.readAll());
        *error = QStringLiteral("tinyproxy did not start listening; see %1").arg(m_log.fileName());
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
