// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "HealthSource.h"
#include "HealthTracker.h"
#include "LineBuffer.h"
#include "RemoteEventReader.h"
#include "io/ConfigLocation.h"
#include "io/SshTarget.h"

#include <QHash>
#include <QProcess>
#include <QTimer>

namespace wscm {

// `wscm probe --json` run on the host that holds the config file (a PBX reached with SSH),
// its events streamed back into the same model as local ones: the health is measured on the
// PBX's own network path (its proxy, firewall, DNS and certificate store).
//
// One ssh session does all of it. A handshake comes first: the host's wscm says which event
// format it speaks (`wscm probe --event-format`) and its version, and the probe starts there
// only when the format is this wscm's own; otherwise, or when wscm is not installed there,
// failed() says so and nothing runs. Closing the session's input stops the remote probe: a
// watcher on the host ends it when its input ends, so a dropped connection or a closed app
// leaves no probe running behind.
class RemoteProbe : public HealthSource {
    Q_OBJECT
public:
    enum class Failure {
        Ssh,          // no login (the message says why)
        NotInstalled, // the host has no wscm on its PATH
        Incompatible, // the host's wscm speaks another event format
    };
    Q_ENUM(Failure)

    explicit RemoteProbe(const ConfigLocation &file, QObject *parent = nullptr);
    ~RemoteProbe() override;

    // The sections to show (the valid client sections as read here), before their first
    // event; sections the remote probe reports besides are added as they come.
    void setSections(const QStringList &sections);
    // More arguments for the remote `wscm probe --json FILE`: section names, --once, ...
    void setProbeArguments(const QStringList &arguments);

    QStringList names() const override { return m_names; }
    ConnectionHealth health(const QString &name) const override;
    QString measuredFrom() const override;
    bool isRunning() const;
    // "wscm 0.1.0" as the host's wscm reported it, once started.
    const QString &remoteVersion() const { return m_version; }

public Q_SLOTS:
    void start();
    // Ends the remote probe (its connections close cleanly) and the session.
    void stop();

Q_SIGNALS:
    // The handshake passed; events follow.
    void started(const QString &remoteVersion);
    void failed(wscm::RemoteProbe::Failure failure, const QString &message);
    // A line the remote probe wrote to its standard error (an invalid section, say).
    void remoteMessage(const QString &line);
    // The session ended; `exitCode` is the remote probe's (1: not every section connected).
    void finished(int exitCode);

private:
    void readOutput();
    void readErrors();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    QString refusal(const RemoteEventReader::Output &output) const;
    void handleEvent(const ConnectionEvent &event);

    ConfigLocation m_file;
    SshTarget m_target;
    QProcess *m_process = nullptr;
    QStringList m_arguments;
    QStringList m_names;
    QHash<QString, HealthTracker> m_trackers;
    RemoteEventReader m_out;
    LineBuffer m_err{RemoteEventReader::MaxLineBytes};
    QByteArray m_errBeforeHandshake;
    bool m_greeted = false;
    bool m_failed = false;
    bool m_stopping = false;
    QString m_version;
    QTimer m_stopTimer;
};

} // namespace wscm
