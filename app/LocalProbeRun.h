// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ProbeOutput.h"
#include "config/ClientSettings.h"

#include <QHostAddress>
#include <QSet>
#include <QStringList>

class QEventLoop;

namespace wscm {

class ConnectionManager;
class ConfigInput;
struct ConnectionEvent;

// `wscm probe FILE` on this computer: runs the connections of the chosen sections until the
// time is up, Ctrl-C, or (with --once) each has connected or failed for good; prints their
// events, follows the file (SIGHUP reads it again), and serves /metrics when asked.
class LocalProbeRun {
public:
    struct Options {
        bool json = false;
        bool liveTable = false;
        bool once = false;
        bool oneCall = false; // --dial: a call's connection, from the file as read now
        double seconds = -1;
        bool serveMetrics = false;
        QString metricsText; // --metrics as given
        QHostAddress metricsAddress;
        quint16 metricsPort = 0;
        QString file;
        QStringList sections; // as given: the follower keeps to them
        qint64 maxBytes = 0;
    };

    explicit LocalProbeRun(const Options &options);
    // The exit code: 0 when every section of the last reading connected at least once and
    // none was invalid.
    int run(const ConfigInput &input, const QList<ClientSettings> &probed, bool anyInvalid);

private:
    void onEvent(ConnectionManager &manager, const ConnectionEvent &event);
    void finish(ConnectionManager &manager, const QString &section);
    int verdict(const ConnectionManager &manager) const;

    Options m_options;
    QEventLoop *m_loop = nullptr; // run()'s
    ProbeOutput m_output;
    qsizetype m_sectionCount = 0;
    bool m_anyInvalid = false;
    QSet<QString> m_everConnected;
    QSet<QString> m_finished;
};

} // namespace wscm
