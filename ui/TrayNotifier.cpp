// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "TrayNotifier.h"

#include "ConnectionMonitor.h"
#include "StatusColors.h"

#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace wscm {

namespace {

QIcon trayIcon() {
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(StatusColors::good());
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(8, 8, 48, 48);
    return QIcon(pixmap);
}

} // namespace

TrayNotifier::TrayNotifier(ConnectionMonitor *monitor, QObject *parent)
    : QObject(parent) {
    connect(monitor, &ConnectionMonitor::connectionDropped, this, &TrayNotifier::onDropped);
}

void TrayNotifier::setEnabled(bool enabled) {
    if (enabled && !m_icon && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(trayIcon(), this);
        m_icon->setToolTip(tr("WebSocket Client Manager"));
        connect(m_icon, &QSystemTrayIcon::activated, this, &TrayNotifier::activated);
        m_icon->show();
    } else if (!enabled && m_icon) {
        delete m_icon;
        m_icon = nullptr;
    }
}

bool TrayNotifier::isEnabled() const {
    return m_icon != nullptr;
}

void TrayNotifier::onDropped(const QString &section, const QString &detail) {
    if (m_icon)
        m_icon->showMessage(tr("Connection [%1] dropped").arg(section), detail,
                            QSystemTrayIcon::Warning);
}

} // namespace wscm
