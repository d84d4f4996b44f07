// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// OpenSSH's own server (Debian's openssh-server), started by the test on 127.0.0.1 on a free
// port with host keys, client keys, authorized_keys and known_hosts all made at test time in
// a private folder. The system's sshd and its config, and the user's ~/.ssh, are never
// touched: the client side is an ssh_config of its own, given to wscm through
// WSCM_SSH_COMMAND ("ssh -F that-file").
//
// The server runs without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so that root logged in
// through it meets file permissions as an ordinary admin does (a mode-000 file is
// unreadable, a read-only file is not written), while everything else stays root's.
class SshServer {
public:
    // The client configurations the tests log in with.
    enum class Client {
        Trusted,      // an authorized key and the server's real host key
        Stranger,     // a key the server does not know
        WrongHostKey, // known_hosts holds another key for the server
        UnknownHost,  // known_hosts is empty
    };

    SshServer();
    ~SshServer();

    // Starts the server; false with *error when it cannot run here (no sshd, not root).
    bool start(QString *error);
    // Stops it; connections that are open are dropped.
    void stop();

    quint16 port() const { return m_port; }
    // The ssh command line a client uses (for WSCM_SSH_COMMAND).
    QString sshCommand(Client client = Client::Trusted) const;
    // An ssh command (a script, for WSCM_SSH_COMMAND) that loses the connection, as ssh
    // reports it (exit 255), for a remote command containing `part`, and logs in for any other:
    // a connection cut between two steps of one action. Empty when it cannot be written.
    QString sshCommandDroppingOn(const QByteArray &part) const;
    // ssh://root@127.0.0.1:PORT/path (another port: through a relay).
    QString url(const QString &path, quint16 port = 0) const;
    // Adds a known_hosts entry for the server's key at another port (a relay in front).
    bool trustPort(quint16 port);
    // The folder on the login's PATH: a `wscm` put there is the remote host's wscm.
    QString binDir() const;
    QString dir() const { return m_dir.path(); }

private:
    bool keygen(const QString &name, QString *error);
    bool writeFile(const QString &name, const QByteArray &bytes) const;
    QString clientConfig(const QString &name, const QString &key, const QString &knownHosts) const;

    QTemporaryDir m_dir;
    QProcess m_sshd;
    quint16 m_port = 0;
};
