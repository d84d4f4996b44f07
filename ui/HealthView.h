// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace wscm {

class ConfigSession;
class ConnectionMonitor;
class RttChart;
class StageWaterfall;

// The live health of one client section: state and since when, the last attempt's stage
// timings, PONG round trips, unanswered PINGs against the probe limit, attempts, the
// server certificate, and the last error with a hint of what to check.
class HealthView : public QWidget {
    Q_OBJECT
public:
    HealthView(ConfigSession *session, ConnectionMonitor *monitor, QWidget *parent = nullptr);

    void setSection(const QString &section);
    QString section() const { return m_section; }
    // For tests and screen readers: the texts shown.
    QString stateText() const;
    QString errorText() const;
    QString hintText() const;
    QString pingText() const;
    // Where the health is measured from: "this computer" or the SSH host of a remote probe.
    QString measuredFromText() const;

Q_SIGNALS:
    void connectRequested(const QString &section);
    void disconnectRequested(const QString &section);

private:
    void refresh();
    QLabel *addRow(QFormLayout *form, const QString &label);

    ConfigSession *m_session;
    ConnectionMonitor *m_monitor;
    QString m_section;
    QLabel *m_state;
    QLabel *m_measuredFrom;
    QLabel *m_since;
    QLabel *m_attempts;
    QLabel *m_pings;
    QLabel *m_rtt;
    QLabel *m_certificate;
    QLabel *m_certificateWarning;
    QLabel *m_error;
    QLabel *m_hint;
    StageWaterfall *m_waterfall;
    RttChart *m_chart;
    QPushButton *m_connect;
    QPushButton *m_disconnect;
};

} // namespace wscm
