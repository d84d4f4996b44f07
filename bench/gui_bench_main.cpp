// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

// The GUI benchmark: the real MainWindow, as `wscm gui FILE` builds it, timed from the start
// of main to the first moment the event loop is idle with the window shown and the file's
// sections listed; then the longest UI-thread stall while every section is connected.
// A section that never connects keeps it waiting: the harness's timeout then reports it.
// Usage: wscm_bench_gui FILE SECONDS_CONNECTED
// Prints "usable_ms N"; once every section is connected "all_connected_ms N" and
// "connect_stall_ms N"; SECONDS_CONNECTED later "connected N", "stall_ms N" and "ticks N".
#include "MainWindow.h"
#include "StallMonitor.h"
#include "net/ConnectionManagerThread.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace {

int connectedCount(const wscm::MainWindow &window) {
    int connected = 0;
    for (const QString &name : window.connections()->names()) {
        if (window.connections()->health(name).state == wscm::ConnectionHealth::State::Connected)
            ++connected;
    }
    return connected;
}

} // namespace

int main(int argc, char **argv) {
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: wscm_bench_gui FILE SECONDS_CONNECTED\n");
        return 2;
    }
    const int seconds = args.at(2).toInt();

    wscm::MainWindow window;
    window.show();
    if (!window.openFile(args.at(1)))
        return 1;
    StallMonitor stalls(10);
    QElapsedTimer sinceConnect;
    QTimer allUp;
    // The connect burst (1,000 handshakes) and the steady state (PINGs only) are told apart:
    // the stall that counts is the one while every connection is live.
    QObject::connect(&allUp, &QTimer::timeout, &window, [&] {
        if (connectedCount(window) < window.connections()->names().size())
            return;
        allUp.stop();
        std::printf("all_connected_ms %lld\nconnect_stall_ms %lld\n",
                    static_cast<long long>(sinceConnect.elapsed()),
                    static_cast<long long>(stalls.longestStallMs()));
        std::fflush(stdout);
        stalls.start();
        QTimer::singleShot(seconds * 1000, &app, [&] {
            std::printf("connected %d\nstall_ms %lld\nticks %lld\n", connectedCount(window),
                        static_cast<long long>(stalls.longestStallMs()),
                        static_cast<long long>(stalls.ticks()));
            std::fflush(stdout);
            window.disconnectAll();
            QApplication::quit();
        });
    });
    // A zero timer runs once the events queued by show() and openFile() (expose, layout,
    // paint) have been handled: from then on the window answers the user.
    QTimer::singleShot(0, &window, [&] {
        std::printf("usable_ms %lld\n", static_cast<long long>(sinceMain.elapsed()));
        std::fflush(stdout);
        sinceConnect.start();
        window.connectAll();
        stalls.start();
        allUp.start(50);
    });
    return QApplication::exec();
}
