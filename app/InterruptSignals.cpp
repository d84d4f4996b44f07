// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "InterruptSignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace wscm {

namespace {

int g_pipe[2] = {-1, -1};

extern "C" void forwardSignal(int signal) {
    const char byte = signal == SIGHUP ? 'r' : 'q';
    // A signal handler may do next to nothing; the event loop reads the byte.
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}

} // namespace

InterruptSignals::InterruptSignals(Hangup hangup, QObject *parent)
    : QObject(parent) {
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(g_pipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte;
        bool quit = false;
        bool reload = false;
        while (::read(g_pipe[0], &byte, 1) > 0)
            (byte == 'r' ? reload : quit) = true;
        if (reload)
            Q_EMIT reloadRequested();
        if (quit)
            Q_EMIT received();
    });
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    m_hangup = hangup == Hangup::Reloads;
    if (m_hangup)
        ::sigaction(SIGHUP, &action, nullptr);
}

InterruptSignals::~InterruptSignals() {
    if (!m_notifier)
        return;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (m_hangup)
        std::signal(SIGHUP, SIG_DFL);
    m_notifier.reset();
    for (int &fd : g_pipe) {
        ::close(fd);
        fd = -1;
    }
}

} // namespace wscm
