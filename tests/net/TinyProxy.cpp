#include "TinyProxy.h"

#include "FreePort.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

TinyProxy::~TinyProxy() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool TinyProxy::start(quint16 connectPort, const QString &user, const QString &password,
                      QString *error) {
    if (QStandardPaths::findExecutable(QStringLiteral("tinyproxy")).isEmpty()) {
        *error = QStringLiteral("tinyproxy is not installed (Debian package tinyproxy)");
        return false;
    }
    // tinyproxy drops to nobody before writing its log.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther);
    m_port = FreePort::find();
    QByteArray config = "User nobody\nGroup nogroup\nListen 127.0.0.1\nAllow 127.0.0.1\n"
                        "Timeout 60\nMaxClients 50\nLogLevel Info\n";
    config += "Port " + QByteArray::number(m_port) + "\n";
    config += "ConnectPort " + QByteArray::number(connectPort) + "\n";
    config += "LogFile \"" + m_dir.filePath(QStringLiteral("tinyproxy.log")).toUtf8() + "\"\n";
    if (!user.isEmpty())
        config += "BasicAuth " + user.toUtf8() + " " + password.toUtf8() + "\n";
    const QString configPath = m_dir.filePath(QStringLiteral("tinyproxy.conf"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size()) {
        *error = QStringLiteral("cannot write %1").arg(configPath);
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("tinyproxy"),
                    {QStringLiteral("-d"), QStringLiteral("-c"), configPath});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("tinyproxy did not start: %1").arg(m_process.errorString());
        return false;
    }
    const bool listening = QTest::qWaitFor(
        [this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            return probe.waitForConnected(100);
        },
        5000);
    if (!listening) {
        *error = QStringLiteral("tinyproxy is not listening: %1")
                     .arg(QString::fromLocal8Bit(m_process.readAll()));
        return false;
    }
    return true;
}

QString TinyProxy::log() const {
    QFile file(m_dir.filePath(QStringLiteral("tinyproxy.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
