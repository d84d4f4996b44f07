// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "RemoteProbe.h"

namespace wscm {

namespace {

// $1 the event format this side reads, $2... the arguments of `wscm probe --json`.
const char probeScript[] =
    R"sh(command -v wscm >/dev/null 2>&1 || { echo 'wscm-probe missing'; exit 0; }
format=$(wscm probe --event-format 2>/dev/null)
version=$(wscm --version 2>/dev/null)
printf 'wscm-probe hello %s|%s\n' "$format" "$version"
[ "$format" = "$1" ] || exit 0
shift
exec 3<&0
wscm probe --json "$@" </dev/null &
probe=$!
# The session's input ends when this computer stops the probe or the connection is lost.
( cat <&3 >/dev/null 2>&1; kill -TERM "$probe" 2>/dev/null ) &
watch=$!
exec 3<&-
wait "$probe"
code=$?
kill "$watch" 2>/dev/null
exit "$code"
)sh";

// How long a stopped probe may take to close its connections before the session is cut.
constexpr int stopGraceMs = 5000;

} // namespace

RemoteProbe::RemoteProbe(const ConfigLocation &file, QObject *parent)
    : HealthSource(parent)
    , m_file(file)
    , m_target(file) {
    m_stopTimer.setSingleShot(true);
    m_stopTimer.setInterval(stopGraceMs);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
    });
}

RemoteProbe::~RemoteProbe() {
    if (m_process) {
        m_process->disconnect(this);
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(stopGraceMs))
            m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void RemoteProbe::setSections(const QStringList &sections) {
    const QStringList old = m_names;
    m_names = sections;
    for (const QString &name : old) {
        if (!sections.contains(name)) {
            m_trackers.remove(name);
            Q_EMIT connectionRemoved(name);
        }
    }
    for (const QString &name : sections) {
        if (!old.contains(name))
            Q_EMIT connectionAdded(name);
    }
}

void RemoteProbe::setProbeArguments(const QStringList &arguments) {
    m_arguments = arguments;
}

ConnectionHealth RemoteProbe::health(const QString &name) const {
    const auto it = m_trackers.constFind(name);
    return it == m_trackers.cend() ? ConnectionHealth() : it->health();
}

QString RemoteProbe::measuredFrom() const {
    return m_target.label();
}

bool RemoteProbe::isRunning() const {
    return m_process != nullptr;
}

void RemoteProbe::start() {
    if (m_process)
        return;
    m_out.clear();
    m_err.clear();
    m_errBeforeHandshake.clear();
    m_greeted = false;
    m_failed = false;
    m_stopping = false;
    m_version.clear();
    for (const QString &name : std::as_const(m_names)) {
        m_trackers.remove(name);
        Q_EMIT healthChanged(name);
    }
    m_process = new QProcess(this);
    m_target.prepare(*m_process, QString::fromLatin1(probeScript),
                     QStringList{QString::number(ConnectionEvent::JsonFormat), m_file.path()} +
                         m_arguments);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &RemoteProbe::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &RemoteProbe::readErrors);
    connect(m_process, &QProcess::finished, this, &RemoteProbe::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            SshTarget::Result result;
            result.err = m_process->errorString().toUtf8();
            m_failed = true;
            Q_EMIT failed(Failure::Ssh, m_target.explain(result));
            m_process->deleteLater();
            m_process = nullptr;
            Q_EMIT finished(SshTarget::SshFailed);
        }
    });
    // The input stays open: closing it is how the probe is stopped.
    m_process->start();
}

void RemoteProbe::stop() {
    if (!m_process)
        return;
    m_stopping = true;
    m_process->closeWriteChannel();
    m_stopTimer.start();
}

void RemoteProbe::readOutput() {
    m_out.append(m_process->readAllStandardOutput());
    RemoteEventReader::Output output;
    while (m_out.next(&output)) {
        switch (output.kind) {
        case RemoteEventReader::Output::Kind::Started:
            m_greeted = true;
            m_version = output.version;
            Q_EMIT started(m_version);
            break;
        case RemoteEventReader::Output::Kind::NotInstalled:
        case RemoteEventReader::Output::Kind::Incompatible:
            m_failed = true;
            m_version = output.version;
            Q_EMIT failed(output.kind == RemoteEventReader::Output::Kind::NotInstalled
                              ? Failure::NotInstalled
                              : Failure::Incompatible,
                          refusal(output));
            break;
        case RemoteEventReader::Output::Kind::Event:
            handleEvent(output.event);
            break;
        }
    }
}

void RemoteProbe::readErrors() {
    m_err.append(m_process->readAllStandardError());
    QByteArray line;
    while (m_err.takeLine(&line)) {
        if (m_greeted) {
            Q_EMIT remoteMessage(RemoteEventReader::shown(QString::fromUtf8(line)));
        } else {
            // What ssh said before the handshake explains a failed login: its end matters.
            m_errBeforeHandshake += line + '\n';
            if (m_errBeforeHandshake.size() > RemoteEventReader::MaxLineBytes)
                m_errBeforeHandshake.remove(0, m_errBeforeHandshake.size() -
                                                   RemoteEventReader::MaxLineBytes);
        }
    }
}

QString RemoteProbe::refusal(const RemoteEventReader::Output &output) const {
    const QString host = m_target.label();
    if (output.kind == RemoteEventReader::Output::Kind::NotInstalled)
        return QStringLiteral("wscm is not installed on %1 (no wscm on the PATH of a login "
                              "there), so the probe cannot run from there. Install wscm on "
                              "%1, or probe from this computer (its network path, not the "
                              "PBX's).")
            .arg(host);
    const QString version =
        output.version.isEmpty() ? QStringLiteral("unknown version") : output.version;
    const QString ours = QStringLiteral("wscm %1").arg(QLatin1StringView(WSCM_VERSION));
    return output.format.isEmpty()
               ? QStringLiteral("the wscm on %1 (%2) is too old to say which event format it "
                                "speaks, so its events cannot be read here (%3, event format "
                                "%4). Install %3 on %1.")
                     .arg(host, version, ours)
                     .arg(ConnectionEvent::JsonFormat)
               : QStringLiteral("the wscm on %1 (%2) speaks event format %3; this one (%4) "
                                "speaks %5. Install the same wscm version on both.")
                     .arg(host, version, output.format, ours)
                     .arg(ConnectionEvent::JsonFormat);
}

void RemoteProbe::handleEvent(const ConnectionEvent &event) {
    if (!m_names.contains(event.section)) {
        m_names.append(event.section);
        Q_EMIT connectionAdded(event.section);
    }
    m_trackers[event.section].apply(event);
    Q_EMIT eventOccurred(event);
    Q_EMIT healthChanged(event.section);
}

void RemoteProbe::onFinished(int exitCode, QProcess::ExitStatus status) {
    m_stopTimer.stop();
    readOutput();
    readErrors();
    const bool lost = m_greeted && !m_stopping &&
                      (status != QProcess::NormalExit || exitCode == SshTarget::SshFailed);
    if ((!m_greeted && !m_failed) || lost) {
        SshTarget::Result result;
        result.started = true;
        result.exitCode = status == QProcess::NormalExit ? exitCode : SshTarget::SshFailed;
        result.err = m_errBeforeHandshake + m_err.rest();
        m_failed = true;
        Q_EMIT failed(Failure::Ssh, m_target.explain(result));
    }
    // The host's probe does not report the stop of its connections as it ends; nothing is
    // measured from there any more.
    for (const QString &name : std::as_const(m_names)) {
        const ConnectionHealth::State state = health(name).state;
        if (state == ConnectionHealth::State::Idle || state == ConnectionHealth::State::Stopped ||
            state == ConnectionHealth::State::GaveUp)
            continue;
        ConnectionEvent ended;
        ended.timestamp = QDateTime::currentDateTimeUtc();
        ended.section = name;
        ended.kind = ConnectionEvent::Kind::Disconnected;
        ended.detail = QStringLiteral("the probe on %1 ended").arg(m_target.label());
        ended.attempt = health(name).attempts;
        m_trackers[name].apply(ended);
        Q_EMIT eventOccurred(ended);
        Q_EMIT healthChanged(name);
    }
    m_process->deleteLater();
    m_process = nullptr;
    Q_EMIT finished(status == QProcess::NormalExit ? exitCode : SshTarget::SshFailed);
}

} // namespace wscm
