// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace wscm {

// Turns SIGINT and SIGTERM into a Qt signal delivered by the event loop, so that Ctrl-C ends
// the program through its destructors (closing connections, stopping child processes,
// removing temporary folders) instead of killing it. One instance at a time; the default
// handlers come back when it is destroyed.
class InterruptSignals : public QObject {
    Q_OBJECT
public:
    explicit InterruptSignals(QObject *parent = nullptr);
    ~InterruptSignals() override;

Q_SIGNALS:
    void received();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace wscm
