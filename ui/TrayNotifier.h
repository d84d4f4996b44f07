// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace wscm {

class ConnectionMonitor;

// An optional tray icon that tells the user when a connection that was up goes down, for
// when the window is hidden behind others.
class TrayNotifier : public QObject {
    Q_OBJECT
public:
    explicit TrayNotifier(ConnectionMonitor *monitor, QObject *parent = nullptr);
    void setEnabled(bool enabled);
    bool isEnabled() const;

Q_SIGNALS:
    void activated();

private:
    void onDropped(const QString &section, const QString &detail);

    QSystemTrayIcon *m_icon = nullptr;
};

} // namespace wscm
