// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QAbstractEventDispatcher>

#include <memory>

namespace wscm {

// A Linux event dispatcher on epoll(7), for threads that watch many sockets (`wscm probe`
// with a thousand connections). Qt's own dispatchers hand the kernel every descriptor on
// each wake-up (poll(2)); here the kernel keeps the set and a wake-up costs only what woke
// it. Socket notifiers are level-triggered like Qt's; changes to a descriptor's interest are
// applied once, just before the next wait, so a write notifier switched on and off within
// one turn costs no system call. Timers are precise (coarse ones too), re-armed from their
// planned deadline. Install it with QCoreApplication::setEventDispatcher or
// QThread::setEventDispatcher before the thread runs.
class EpollEventDispatcher : public QAbstractEventDispatcher {
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    // The dispatcher for a thread that watches many sockets: a new EpollEventDispatcher, or
    // nullptr (keep Qt's) when WSCM_EVENT_DISPATCHER=qt asks for Qt's, to compare or to work
    // around a problem. The caller installs it and Qt takes ownership.
    static QAbstractEventDispatcher *createForManySockets();

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    using QAbstractEventDispatcher::registerTimer;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    class Private;
    std::unique_ptr<Private> m_impl;
};

} // namespace wscm
