// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <QVarLengthArray>

#include <atomic>
#include <cerrno>
#include <ctime>
#include <map>
#include <unordered_map>
#include <vector>

#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace wscm {

namespace {

constexpr qint64 NsPerMs = 1'000'000;
// The epoll data of the wake-up eventfd; a socket's is its descriptor and its record's serial.
constexpr quint64 WakeUpKey = ~quint64(0);
constexpr int MaxEvents = 256;

qint64 monotonicNs() {
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The readiness that activates a notifier of each type. Qt's poll dispatcher reads on
// POLLIN|POLLHUP|POLLERR and writes on POLLOUT|POLLERR; a hang-up activates the write notifier
// too, so that a descriptor waiting only to write learns of the hang-up instead of waking the
// loop for nothing on every turn.
constexpr quint32 ReadyFor[3] = {EPOLLIN | EPOLLHUP | EPOLLERR, EPOLLOUT | EPOLLERR | EPOLLHUP,
                                 EPOLLPRI};
constexpr quint32 InterestOf[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};

} // namespace

class EpollEventDispatcher::Private {
public:
    struct Timer {
        int id = 0;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 deadline = 0; // monotonic ns
        quint64 serial = 0;  // tells a timer from a later one with the same id
        bool firing = false; // inside its own timerEvent (a nested event loop skips it)
        std::multimap<qint64, Timer *>::iterator slot;
    };

    // One per descriptor number that ever had a notifier.
    struct Descriptor {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr};
        quint32 serial = 0;        // new whenever the descriptor gets notifiers again
        quint32 appliedEvents = 0; // the interest epoll has (0: not in the epoll set)
        quint32 appliedSerial = 0;
        quint8 pending = 0;       // types ready in the batch being dispatched
        bool changed = false;     // in `changed` below
        bool alwaysReady = false; // epoll refuses it (a regular file): ready on every turn

        quint32 interest() const {
            quint32 events = 0;
            for (int type = 0; type < 3; ++type) {
                if (notifiers[type])
                    events |= InterestOf[type];
            }
            return events;
        }
        bool empty() const { return !notifiers[0] && !notifiers[1] && !notifiers[2]; }
    };

    int epollFd = -1;
    int wakeFd = -1;
    std::atomic<bool> wakeUpPending{false};
    std::atomic<bool> interrupted{false};
    bool haveEpollPwait2 = true;

    std::vector<Descriptor> descriptors; // by descriptor number
    std::vector<int> changed;            // descriptors whose interest changed since the last wait
    int alwaysReadyCount = 0;
    quint32 nextDescriptorSerial = 0;

    std::unordered_map<int, std::unique_ptr<Timer>> timers;
    std::multimap<qint64, Timer *> schedule; // by deadline; equal deadlines in order of arming
    quint64 nextTimerSerial = 0;

    void markChanged(int fd) {
        Descriptor &d = descriptors[size_t(fd)];
        if (!d.changed) {
            d.changed = true;
            changed.push_back(fd);
        }
    }

    void applyChanges();
    void drainWakeUp();
    int wait(epoll_event *events, qint64 timeoutNs, bool sockets);
    int dispatchSockets(const epoll_event *events, int count);
    int dispatchAlwaysReady();
    int fireTimers();
    qint64 nearestDeadline() const;
    void arm(Timer *timer, qint64 deadline) {
        timer->deadline = deadline;
        timer->slot = schedule.emplace(deadline, timer);
    }
    void remove(std::unordered_map<int, std::unique_ptr<Timer>>::iterator it) {
        schedule.erase(it->second->slot);
        timers.erase(it);
    }
};

void EpollEventDispatcher::Private::applyChanges() {
    for (const int fd : changed) {
        Descriptor &d = descriptors[size_t(fd)];
        d.changed = false;
        const quint32 want = d.interest();
        if (d.alwaysReady) {
            // Until the number names another file (or nothing).
            if (want != 0 && d.appliedSerial == d.serial)
                continue;
            d.alwaysReady = false;
            --alwaysReadyCount;
        }
        if (want == d.appliedEvents && (want == 0 || d.appliedSerial == d.serial))
            continue;
        if (want == 0) {
            // Fails when the descriptor was closed already, which took it out of the set.
            ::epoll_ctl(epollFd, EPOLL_CTL_DEL, fd, nullptr);
            d.appliedEvents = 0;
            continue;
        }
        epoll_event event{};
        event.events = want;
        event.data.u64 = quint64(quint32(fd)) | quint64(d.serial) << 32;
        int op = d.appliedEvents ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
        int result = ::epoll_ctl(epollFd, op, fd, &event);
        // A descriptor closed and opened again under the same number left the set with the
        // old file (ENOENT); one we took out of our books may still be in it (EEXIST).
        if (result != 0 && (errno == ENOENT || errno == EEXIST)) {
            op = errno == ENOENT ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
            result = ::epoll_ctl(epollFd, op, fd, &event);
        }
        if (result == 0) {
            d.appliedEvents = want;
            d.appliedSerial = d.serial;
        } else if (errno == EPERM) {
            // poll(2) calls a regular file always ready; so does Qt's dispatcher.
            d.alwaysReady = true;
            d.appliedEvents = 0;
            d.appliedSerial = d.serial;
            ++alwaysReadyCount;
        } else {
            qWarning("EpollEventDispatcher: cannot watch descriptor %d: %s", fd,
                     qPrintable(qt_error_string(errno)));
            d.appliedEvents = 0;
        }
    }
    changed.clear();
}

void EpollEventDispatcher::Private::drainWakeUp() {
    quint64 count = 0;
    [[maybe_unused]] const auto read = ::read(wakeFd, &count, sizeof count);
    // After the read: a wakeUp() between the two finds the flag still set and writes
    // nothing, but what it announced was posted before this turn's posted events are sent.
    wakeUpPending.store(false, std::memory_order_release);
}

// Waits up to timeoutNs (-1: no limit) for the sockets (or, without them, only the wake-up).
int EpollEventDispatcher::Private::wait(epoll_event *events, qint64 timeoutNs, bool sockets) {
    if (!sockets) {
        pollfd fd{wakeFd, POLLIN, 0};
        timespec limit{timeoutNs / 1'000'000'000, timeoutNs % 1'000'000'000};
        const int ready = ::ppoll(&fd, 1, timeoutNs < 0 ? nullptr : &limit, nullptr);
        if (ready <= 0)
            return 0;
        events[0].events = EPOLLIN;
        events[0].data.u64 = WakeUpKey;
        return 1;
    }
    if (haveEpollPwait2) {
        timespec limit{timeoutNs / 1'000'000'000, timeoutNs % 1'000'000'000};
        const int ready =
            ::epoll_pwait2(epollFd, events, MaxEvents, timeoutNs < 0 ? nullptr : &limit, nullptr);
        if (ready >= 0 || errno != ENOSYS)
            return qMax(ready, 0);
        haveEpollPwait2 = false;
    }
    // Rounded up: a timer is never fired early (a wake-up before its deadline fires nothing).
    const int timeoutMs =
        timeoutNs < 0 ? -1 : int(qMin<qint64>((timeoutNs + NsPerMs - 1) / NsPerMs, INT_MAX));
    return qMax(::epoll_wait(epollFd, events, MaxEvents, timeoutMs), 0);
}

int EpollEventDispatcher::Private::dispatchSockets(const epoll_event *events, int count) {
    // First mark what is ready, then deliver, so that a notifier unregistered (or deleted) by
    // an earlier delivery of this batch, or disabled and enabled again, gets nothing from it.
    for (int i = 0; i < count; ++i) {
        const quint64 key = events[i].data.u64;
        if (key == WakeUpKey)
            continue;
        const size_t fd = size_t(quint32(key));
        if (fd >= descriptors.size() || descriptors[fd].serial != quint32(key >> 32))
            continue;
        for (int type = 0; type < 3; ++type) {
            if (events[i].events & ReadyFor[type])
                descriptors[fd].pending |= quint8(1 << type);
        }
    }
    int delivered = 0;
    for (int i = 0; i < count; ++i) {
        const quint64 key = events[i].data.u64;
        if (key == WakeUpKey)
            continue;
        const size_t fd = size_t(quint32(key));
        for (int type = 0; type < 3; ++type) {
            // Looked up again each time: a delivery may grow `descriptors` or reuse the number.
            if (fd >= descriptors.size() || descriptors[fd].serial != quint32(key >> 32))
                break;
            Descriptor &d = descriptors[fd];
            const quint8 bit = quint8(1 << type);
            if (!(d.pending & bit))
                continue;
            d.pending &= quint8(~bit);
            if (QSocketNotifier *notifier = d.notifiers[type]) {
                QEvent event(QEvent::SockAct);
                QCoreApplication::sendEvent(notifier, &event);
                ++delivered;
            }
        }
    }
    return delivered;
}

int EpollEventDispatcher::Private::dispatchAlwaysReady() {
    int delivered = 0;
    for (size_t fd = 0; fd < descriptors.size(); ++fd) {
        for (int type = 0; type < 3; ++type) {
            if (fd >= descriptors.size() || !descriptors[fd].alwaysReady)
                break;
            if (QSocketNotifier *notifier = descriptors[fd].notifiers[type]) {
                QEvent event(QEvent::SockAct);
                QCoreApplication::sendEvent(notifier, &event);
                ++delivered;
            }
        }
    }
    return delivered;
}

qint64 EpollEventDispatcher::Private::nearestDeadline() const {
    for (const auto &[deadline, timer] : schedule) {
        if (!timer->firing)
            return deadline;
    }
    return -1;
}

int EpollEventDispatcher::Private::fireTimers() {
    if (schedule.empty())
        return 0;
    const qint64 now = monotonicNs();
    // The timers due now, taken before any fires: one armed by a timerEvent of this pass
    // waits for the next.
    QVarLengthArray<std::pair<int, quint64>, 32> due;
    for (auto it = schedule.cbegin(); it != schedule.cend() && it->first <= now; ++it)
        due.append({it->second->id, it->second->serial});
    int fired = 0;
    for (const auto &[id, serial] : due) {
        auto it = timers.find(id);
        if (it == timers.end() || it->second->serial != serial || it->second->firing)
            continue;
        Timer *timer = it->second.get();
        schedule.erase(timer->slot);
        qint64 next = now;
        if (timer->intervalMs > 0) {
            // From the planned deadline, so a period keeps its phase; periods missed while
            // the loop was busy are skipped, not caught up.
            const qint64 interval = timer->intervalMs * NsPerMs;
            next = timer->deadline + interval;
            if (next <= now)
                next += ((now - next) / interval + 1) * interval;
        }
        arm(timer, next);
        timer->firing = true;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(timer->object, &event);
        ++fired;
        // The timerEvent may have killed it, and a new timer may have its id.
        it = timers.find(id);
        if (it != timers.end() && it->second->serial == serial)
            it->second->firing = false;
    }
    return fired;
}

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_impl(std::make_unique<Private>()) {
    Private &p = *m_impl;
    p.epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    p.wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (p.epollFd < 0 || p.wakeFd < 0)
        qFatal("EpollEventDispatcher: cannot create epoll or eventfd descriptor: %s",
               qPrintable(qt_error_string(errno)));
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = WakeUpKey;
    if (::epoll_ctl(p.epollFd, EPOLL_CTL_ADD, p.wakeFd, &event) != 0)
        qFatal("EpollEventDispatcher: cannot watch the eventfd: %s",
               qPrintable(qt_error_string(errno)));
}

EpollEventDispatcher::~EpollEventDispatcher() {
    ::close(m_impl->wakeFd);
    ::close(m_impl->epollFd);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags) {
    Private &p = *m_impl;
    p.interrupted.store(false, std::memory_order_relaxed);
    QCoreApplication::sendPostedEvents();

    const bool sockets = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool withTimers = !(flags & QEventLoop::X11ExcludeTimers);
    if (p.interrupted.load(std::memory_order_relaxed))
        return false;
    if (sockets)
        p.applyChanges();
    // Events posted meanwhile have written to the eventfd, so the wait ends at once for them.
    bool canWait = flags & QEventLoop::WaitForMoreEvents;
    if (sockets && p.alwaysReadyCount > 0)
        canWait = false;
    qint64 timeoutNs = 0;
    if (canWait) {
        timeoutNs = -1;
        const qint64 deadline = withTimers ? p.nearestDeadline() : -1;
        if (deadline >= 0)
            timeoutNs = qMax<qint64>(deadline - monotonicNs(), 0);
    }

    epoll_event events[MaxEvents];
    if (timeoutNs != 0)
        emit aboutToBlock();
    const int count = p.wait(events, timeoutNs, sockets);
    if (timeoutNs != 0)
        emit awake();

    int handled = 0;
    for (int i = 0; i < count; ++i) {
        if (events[i].data.u64 == WakeUpKey) {
            p.drainWakeUp();
            ++handled;
        }
    }
    if (sockets) {
        handled += p.dispatchSockets(events, count);
        if (p.alwaysReadyCount > 0)
            handled += p.dispatchAlwaysReady();
    }
    if (withTimers)
        handled += p.fireTimers();
    return handled > 0;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier) {
    Private &p = *m_impl;
    const qintptr fd = notifier->socket();
    const int type = int(notifier->type());
    if (fd < 0 || fd > INT_MAX || type < 0 || type > 2)
        return;
    if (size_t(fd) >= p.descriptors.size())
        p.descriptors.resize(size_t(fd) + 1);
    Private::Descriptor &d = p.descriptors[size_t(fd)];
    if (d.empty())
        d.serial = ++p.nextDescriptorSerial;
    else if (d.notifiers[type] && d.notifiers[type] != notifier)
        qWarning("EpollEventDispatcher: several notifiers of one type for descriptor %d", int(fd));
    d.notifiers[type] = notifier;
    p.markChanged(int(fd));
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier) {
    Private &p = *m_impl;
    const qintptr fd = notifier->socket();
    const int type = int(notifier->type());
    if (fd < 0 || size_t(fd) >= p.descriptors.size() || type < 0 || type > 2)
        return;
    Private::Descriptor &d = p.descriptors[size_t(fd)];
    if (d.notifiers[type] != notifier)
        return;
    d.notifiers[type] = nullptr;
    d.pending &= quint8(~(1 << type));
    p.markChanged(int(fd));
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object) {
    Private &p = *m_impl;
    if (timerId < 1 || interval < 0 || !object)
        return;
    auto timer = std::make_unique<Private::Timer>();
    timer->id = timerId;
    timer->intervalMs = interval;
    timer->type = timerType;
    timer->object = object;
    timer->serial = ++p.nextTimerSerial;
    p.arm(timer.get(), monotonicNs() + interval * NsPerMs);
    auto it = p.timers.find(timerId);
    if (it != p.timers.end())
        p.remove(it);
    p.timers.emplace(timerId, std::move(timer));
}

bool EpollEventDispatcher::unregisterTimer(int timerId) {
    Private &p = *m_impl;
    const auto it = p.timers.find(timerId);
    if (it == p.timers.end())
        return false;
    p.remove(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object) {
    Private &p = *m_impl;
    bool any = false;
    for (auto it = p.timers.begin(); it != p.timers.end();) {
        if (it->second->object == object) {
            p.schedule.erase(it->second->slot);
            it = p.timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const {
    QList<TimerInfo> list;
    for (const auto &[id, timer] : m_impl->timers) {
        if (timer->object == object)
            list.append(TimerInfo(id, int(timer->intervalMs), timer->type));
    }
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId) {
    const auto it = m_impl->timers.find(timerId);
    if (it == m_impl->timers.end())
        return -1;
    const qint64 left = it->second->deadline - monotonicNs();
    return left <= 0 ? 0 : int(qMin<qint64>((left + NsPerMs - 1) / NsPerMs, INT_MAX));
}

void EpollEventDispatcher::wakeUp() {
    // Any thread. One write per wait is enough: the flag stays set until the loop has read it.
    if (m_impl->wakeUpPending.exchange(true, std::memory_order_acq_rel))
        return;
    const quint64 one = 1;
    [[maybe_unused]] const auto written = ::write(m_impl->wakeFd, &one, sizeof one);
}

void EpollEventDispatcher::interrupt() {
    m_impl->interrupted.store(true, std::memory_order_relaxed);
    wakeUp();
}

QAbstractEventDispatcher *EpollEventDispatcher::createForManySockets() {
    if (qgetenv("WSCM_EVENT_DISPATCHER") == "qt")
        return nullptr;
    return new EpollEventDispatcher;
}

} // namespace wscm
