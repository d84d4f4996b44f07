// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ProxyProcess.h"

#include "FreePort.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

ProxyProcess::~ProxyProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

void ProxyProcess::openFolderToEveryone() {
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther);
}

QString ProxyProcess::readFile(const QString &name) const {
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool ProxyProcess::run(const QString &program, const QString &package, const QString &configName,
                       const QByteArray &config, const QStringList &arguments, QString *error) {
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        *error = QStringLiteral("%1 is not installed (Debian package %2)").arg(program, package);
        return false;
    }
    const QString configPath = path(configName);
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size()) {
        *error = QStringLiteral("cannot write %1").arg(configPath);
        return false;
    }
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ReadOther);
    QStringList args = arguments;
    args.replaceInStrings(QStringLiteral("%CONFIG%"), configPath);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, args);
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    const bool listening = QTest::qWaitFor(
        [this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            return probe.waitForConnected(100);
        },
        10000);
    if (!listening) {
        *error = QStringLiteral("%1 is not listening: %2")
                     .arg(program, QString::fromLocal8Bit(m_process.readAll()));
        return false;
    }
    return true;
}
