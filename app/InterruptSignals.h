// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace wscm {

// Turns SIGINT and SIGTERM into a Qt signal delivered by the event loop, so that Ctrl-C ends
// the program through its destructors (closing connections, stopping child processes,
// removing temporary folders) instead of killing it; and, when asked, SIGHUP (systemctl
// reload) into reloadRequested(). One instance at a time; the default handlers come back when
// it is destroyed.
class InterruptSignals : public QObject {
    Q_OBJECT
public:
    enum class Hangup { Default, Reloads };
    explicit InterruptSignals(Hangup hangup = Hangup::Default, QObject *parent = nullptr);
    ~InterruptSignals() override;

Q_SIGNALS:
    void received();
    void reloadRequested();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_hangup = false; // SIGHUP is ours (left alone otherwise: nohup may have ignored it)
};

} // namespace wscm
