// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SshServer.h"

#include "FreePort.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <unistd.h>

namespace {
const QString sshd = QStringLiteral("/usr/sbin/sshd");
} // namespace

SshServer::SshServer() = default;

SshServer::~SshServer() {
    stop();
}

bool SshServer::writeFile(const QString &name, const QByteArray &bytes) const {
    QFile file(m_dir.filePath(name));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size() &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool SshServer::keygen(const QString &name, QString *error) {
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), QString(), QStringLiteral("-C"), name, QStringLiteral("-f"),
                  m_dir.filePath(name)});
    if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0) {
        *error = QStringLiteral("ssh-keygen failed: %1%2")
                     .arg(keygen.errorString(), QString::fromUtf8(keygen.readAllStandardError()));
        return false;
    }
    return true;
}

QString SshServer::clientConfig(const QString &name, const QString &key,
                                const QString &knownHosts) const {
    const QByteArray text = QStringLiteral("Host *\n"
                                           "  IdentityFile %1\n"
                                           "  IdentitiesOnly yes\n"
                                           "  IdentityAgent none\n"
                                           "  UserKnownHostsFile %2\n"
                                           "  GlobalKnownHostsFile /dev/null\n"
                                           "  StrictHostKeyChecking yes\n"
                                           "  UpdateHostKeys no\n"
                                           "  LogLevel ERROR\n")
                                .arg(m_dir.filePath(key), m_dir.filePath(knownHosts))
                                .toUtf8();
    writeFile(name, text);
    return m_dir.filePath(name);
}

bool SshServer::start(QString *error) {
    if (::geteuid() != 0) {
        *error = QStringLiteral("sshd must start as root to log users in");
        return false;
    }
    if (!QFileInfo(sshd).isExecutable()) {
        *error = QStringLiteral("%1 is missing: scripts/test installs Debian's openssh-server")
                     .arg(sshd);
        return false;
    }
    if (!m_dir.isValid() || !keygen(QStringLiteral("host_key"), error) ||
        !keygen(QStringLiteral("client_key"), error) ||
        !keygen(QStringLiteral("stranger_key"), error) ||
        !keygen(QStringLiteral("other_host_key"), error))
        return false;
    QDir().mkpath(binDir());
    QFile::copy(m_dir.filePath(QStringLiteral("client_key.pub")),
                m_dir.filePath(QStringLiteral("authorized_keys")));
    m_port = FreePort::find();
    const auto publicKey = [this](const QString &name) {
        QFile file(m_dir.filePath(name + QStringLiteral(".pub")));
        file.open(QIODevice::ReadOnly);
        const QList<QByteArray> words = file.readAll().split(' ');
        return words.value(0) + ' ' + words.value(1);
    };
    const QByteArray hostEntry = "[127.0.0.1]:" + QByteArray::number(m_port) + ' ';
    if (!writeFile(QStringLiteral("known_hosts"),
                   hostEntry + publicKey(QStringLiteral("host_key")) + '\n') ||
        !writeFile(QStringLiteral("known_hosts_wrong"),
                   hostEntry + publicKey(QStringLiteral("other_host_key")) + '\n') ||
        !writeFile(QStringLiteral("known_hosts_empty"), {})) {
        *error = QStringLiteral("cannot write the test's known_hosts files");
        return false;
    }
    const QByteArray config = QStringLiteral("Port %1\n"
                                             "ListenAddress 127.0.0.1\n"
                                             "HostKey %2\n"
                                             "PidFile %3\n"
                                             "AuthorizedKeysFile %4\n"
                                             "PubkeyAuthentication yes\n"
                                             "PasswordAuthentication no\n"
                                             "KbdInteractiveAuthentication no\n"
                                             "PermitRootLogin prohibit-password\n"
                                             "UsePAM no\n"
                                             "StrictModes no\n"
                                             "X11Forwarding no\n"
                                             "AllowTcpForwarding no\n"
                                             "PrintMotd no\n"
                                             "SetEnv PATH=%5:/usr/bin:/bin\n"
                                             "LogLevel ERROR\n")
                                  .arg(m_port)
                                  .arg(m_dir.filePath(QStringLiteral("host_key")),
                                       m_dir.filePath(QStringLiteral("sshd.pid")),
                                       m_dir.filePath(QStringLiteral("authorized_keys")), binDir())
                                  .toUtf8();
    if (!writeFile(QStringLiteral("sshd_config"), config)) {
        *error = QStringLiteral("cannot write the test's sshd_config");
        return false;
    }
    clientConfig(QStringLiteral("ssh_config"), QStringLiteral("client_key"),
                 QStringLiteral("known_hosts"));
    clientConfig(QStringLiteral("ssh_config_stranger"), QStringLiteral("stranger_key"),
                 QStringLiteral("known_hosts"));
    clientConfig(QStringLiteral("ssh_config_wrong"), QStringLiteral("client_key"),
                 QStringLiteral("known_hosts_wrong"));
    clientConfig(QStringLiteral("ssh_config_unknown"), QStringLiteral("client_key"),
                 QStringLiteral("known_hosts_empty"));

    // sshd's privilege separation folder; Debian makes it when the service starts, and the
    // test starts no service.
    if (!QFileInfo::exists(QStringLiteral("/run/sshd")) &&
        !QDir().mkpath(QStringLiteral("/run/sshd"))) {
        *error = QStringLiteral("cannot create /run/sshd");
        return false;
    }
    m_sshd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sshd.start(QStringLiteral("setpriv"),
                 {QStringLiteral("--bounding-set"),
                  QStringLiteral("-dac_override,-dac_read_search"), sshd, QStringLiteral("-D"),
                  QStringLiteral("-e"), QStringLiteral("-f"),
                  m_dir.filePath(QStringLiteral("sshd_config"))});
    if (!m_sshd.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start sshd: %1").arg(m_sshd.errorString());
        return false;
    }
    // Ready once it listens; looked up in the kernel's table rather than by connecting, which
    // sshd would log as a broken login.
    const QByteArray listening = QStringLiteral(" 0100007F:%1 00000000:0000 0A ")
                                     .arg(m_port, 4, 16, QLatin1Char('0'))
                                     .toUpper()
                                     .toLatin1();
    for (int i = 0; i < 400 && m_sshd.state() != QProcess::NotRunning; ++i) {
        QFile table(QStringLiteral("/proc/net/tcp"));
        if (table.open(QIODevice::ReadOnly) && table.readAll().contains(listening))
            return true;
        QThread::msleep(25);
    }
    *error = QStringLiteral("sshd did not start listening on port %1").arg(m_port);
    stop();
    return false;
}

void SshServer::stop() {
    if (m_sshd.state() == QProcess::NotRunning)
        return;
    m_sshd.terminate();
    if (!m_sshd.waitForFinished(5000)) {
        m_sshd.kill();
        m_sshd.waitForFinished(5000);
    }
}

QString SshServer::sshCommand(Client client) const {
    QString config;
    switch (client) {
    case Client::Trusted:
        config = QStringLiteral("ssh_config");
        break;
    case Client::Stranger:
        config = QStringLiteral("ssh_config_stranger");
        break;
    case Client::WrongHostKey:
        config = QStringLiteral("ssh_config_wrong");
        break;
    case Client::UnknownHost:
        config = QStringLiteral("ssh_config_unknown");
        break;
    }
    return QStringLiteral("ssh -F %1").arg(m_dir.filePath(config));
}

QString SshServer::sshCommandDroppingOn(const QByteArray &part) const {
    QByteArray quoted = part;
    quoted.replace('\'', "'\\''");
    const QString name = QStringLiteral("ssh-dropping");
    if (!writeFile(name, "#!/bin/sh\ncase \"$*\" in *'" + quoted +
                             "'*)\n  echo 'Connection closed by 127.0.0.1 port 22' >&2; exit "
                             "255;;\nesac\nexec " +
                             sshCommand().toUtf8() + " \"$@\"\n") ||
        !QFile::setPermissions(m_dir.filePath(name),
                               QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return {};
    return m_dir.filePath(name);
}

QString SshServer::url(const QString &path, quint16 port) const {
    return QStringLiteral("ssh://root@127.0.0.1:%1%2").arg(port ? port : m_port).arg(path);
}

bool SshServer::trustPort(quint16 port) {
    QFile file(m_dir.filePath(QStringLiteral("known_hosts")));
    QFile key(m_dir.filePath(QStringLiteral("host_key.pub")));
    if (!file.open(QIODevice::Append) || !key.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> words = key.readAll().split(' ');
    return file.write("[127.0.0.1]:" + QByteArray::number(port) + ' ' + words.value(0) + ' ' +
                      words.value(1) + '\n') > 0;
}

QString SshServer::binDir() const {
    return m_dir.filePath(QStringLiteral("bin"));
}
