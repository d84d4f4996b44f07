// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SshTarget.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace wscm {

namespace {

// Options that keep wscm's promise and cannot be turned off: ssh takes the first value it
// is given for an option, so these come before anything from WSCM_SSH_COMMAND.
const QStringList fixedOptions = {
    QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), // no password or host-key prompt
    QStringLiteral("-T"),                                  // no terminal: bytes pass unchanged
    QStringLiteral("-x"),                                  // no X11 forwarding
};

// Defaults that WSCM_SSH_COMMAND or the admin's ssh config may override (they come after).
const QStringList defaultOptions = {
    QStringLiteral("-o"),
    QStringLiteral("ConnectTimeout=20"),
    // A dead connection (a cable pulled mid-save, a PBX rebooting mid-probe) is noticed
    // within 45 seconds instead of hanging.
    QStringLiteral("-o"),
    QStringLiteral("ServerAliveInterval=15"),
    QStringLiteral("-o"),
    QStringLiteral("ServerAliveCountMax=3"),
};

} // namespace

SshTarget::SshTarget(const ConfigLocation &location)
    : m_location(location) {}

QString SshTarget::quoted(const QString &word) {
    QString text = word;
    text.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

void SshTarget::prepare(QProcess &process, const QString &script,
                        const QStringList &arguments) const {
    QStringList command = QProcess::splitCommand(
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("WSCM_SSH_COMMAND")));
    const QString program = command.isEmpty() ? QStringLiteral("ssh") : command.takeFirst();
    QStringList args = fixedOptions + command + defaultOptions;
    if (m_location.port() >= 0)
        args << QStringLiteral("-p") << QString::number(m_location.port());
    if (!m_location.user().isEmpty())
        args << QStringLiteral("-l") << m_location.user();
    // The remote side gets one command line, read by the login shell: the script runs in a
    // POSIX sh whatever that shell is, and every argument arrives as one word.
    QString remote = QStringLiteral("sh -c ") + quoted(script) + QStringLiteral(" wscm");
    for (const QString &argument : arguments)
        remote += QLatin1Char(' ') + quoted(argument);
    args << QStringLiteral("--") << m_location.host() << remote;
    process.setProgram(program);
    process.setArguments(args);
}

SshTarget::Result SshTarget::run(const QString &script, const QStringList &arguments,
                                 const QByteArray &input) const {
    QProcess process;
    prepare(process, script, arguments);
    return finish(process, input);
}

SshTarget::Result SshTarget::runHere(const QString &script, const QStringList &arguments,
                                     const QByteArray &input) {
    QProcess process;
    process.setProgram(QStringLiteral("sh"));
    process.setArguments(QStringList{QStringLiteral("-c"), script, QStringLiteral("wscm")} +
                         arguments);
    return finish(process, input);
}

SshTarget::Result SshTarget::finish(QProcess &process, const QByteArray &input) {
    process.start();
    Result result;
    if (!process.waitForStarted(-1)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // ssh ends by itself: ConnectTimeout and ServerAlive bound a silent host; a script here
    // is one of ours and ends.
    process.waitForFinished(-1);
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : SshFailed;
    return result;
}

QString SshTarget::lastErrorLine(const QByteArray &err) {
    const QList<QByteArray> lines = err.trimmed().split('\n');
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        QByteArray text = line->trimmed();
        // It goes inside a sentence of ours.
        while (text.endsWith('.'))
            text.chop(1);
        if (!text.isEmpty())
            return QString::fromUtf8(text);
    }
    return {};
}

QString SshTarget::knownHostsName() const {
    return m_location.port() >= 0
               ? QStringLiteral("[%1]:%2").arg(m_location.host()).arg(m_location.port())
               : m_location.host();
}

QString SshTarget::sshCommandLine() const {
    QString line = QStringLiteral("ssh ");
    if (m_location.port() >= 0)
        line += QStringLiteral("-p %1 ").arg(m_location.port());
    if (!m_location.user().isEmpty())
        line += m_location.user() + QLatin1Char('@');
    return line + m_location.host();
}

QString SshTarget::explain(const Result &result) const {
    const QString host = label();
    if (!result.started)
        return QStringLiteral("cannot run ssh (OpenSSH's client) to reach %1: %2; install "
                              "openssh-client")
            .arg(host, QString::fromUtf8(result.err));
    const QString err = QString::fromUtf8(result.err);
    const auto has = [&err](const char *text) {
        return err.contains(QLatin1StringView(text), Qt::CaseInsensitive);
    };
    if (has("REMOTE HOST IDENTIFICATION HAS CHANGED") || has("has changed and you have requested"))
        return QStringLiteral(
                   "%1 sent a host key that does not match the one in your known_hosts: the "
                   "host was reinstalled, or someone is in between. Check the new key with the "
                   "host's admin; if it is right, remove the old one with ssh-keygen -R '%2' and "
                   "connect once with '%3' to accept the new one. wscm never accepts a host key "
                   "by itself.")
            .arg(host, knownHostsName(), sshCommandLine());
    if (has("host key is known") || has("Host key verification failed"))
        return QStringLiteral("%1 is not in your known_hosts, and wscm never accepts a host key "
                              "by itself: connect once with '%2', check the key's fingerprint "
                              "and accept it, then try again.")
            .arg(host, sshCommandLine());
    if (has("Permission denied") || has("Too many authentication failures"))
        return QStringLiteral("%1 refused the login (%2). wscm logs in with your SSH keys or "
                              "agent, as ssh does, and never asks for a password: check that "
                              "your key is in the host's authorized_keys and loaded (ssh-add "
                              "-l), or test with '%3'.")
            .arg(host, lastErrorLine(result.err), sshCommandLine());
    if (has("Connection refused"))
        return QStringLiteral("%1 refused the connection: no SSH server listens there (is sshd "
                              "running, is the port right?)")
            .arg(host);
    if (has("Could not resolve hostname") || has("Name or service not known"))
        return QStringLiteral("%1: no such host name (%2)").arg(host, lastErrorLine(result.err));
    if (has("timed out") || has("No route to host") || has("Network is unreachable"))
        return QStringLiteral("%1 cannot be reached (%2)").arg(host, lastErrorLine(result.err));
    if (has("not responding") || has("Connection reset") || has("Connection closed") ||
        has("Broken pipe") || has("closed by remote host") || err.trimmed().isEmpty())
        return QStringLiteral("the SSH connection to %1 was lost (%2)")
            .arg(host, err.trimmed().isEmpty() ? QStringLiteral("ssh ended without a word")
                                               : lastErrorLine(result.err));
    return QStringLiteral("ssh to %1 failed: %2").arg(host, lastErrorLine(result.err));
}

} // namespace wscm
