// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "SectionProblems.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace wscm {

class ConfigSession;
class ConnectionMonitor;
struct ClientObject;
struct ConnectionHealth;
struct SectionStatus;
class ProblemList;
class RttChart;
class SectionListModel;
class StageWaterfall;

// The live health of one client section, "why" first: under a heading naming the section,
// its state, the last error (Asterisk's own words and the field to correct for a section it
// would not load) with a hint of what to check, and the last attempt's stages with the one
// that failed marked; then since when, attempts, unanswered PINGs against the probe limit,
// PONG round trips and the server certificate. The state is the one the section's row in
// `statuses` (the window's list of clients) tells, so the two never disagree.
class HealthView : public QWidget {
    Q_OBJECT
public:
    HealthView(ConfigSession *session, ConnectionMonitor *monitor, const SectionListModel *statuses,
               QWidget *parent = nullptr);

    void setSection(const QString &section);
    QString section() const { return m_section; }
    // For tests and screen readers: the texts shown.
    QString headingText() const;
    QString stateText() const;
    QString errorText() const;
    QString hintText() const;
    QString pingText() const;
    // Where the health is measured from: "this computer" or the SSH host of a remote probe.
    QString measuredFromText() const;
    // What goes down with a failing client: its ARI outbound websockets and dial strings.
    QString takesDownText() const;

Q_SIGNALS:
    void connectRequested(const QString &section);
    void disconnectRequested(const QString &section);
    // The user asked to see the field of `option` of `section` in the Settings tab.
    void fieldRequested(const QString &section, const QString &option);

private:
    void refresh();
    QLabel *addRow(QFormLayout *form, const QString &label);
    QLabel *valueLabel(const QString &accessibleName);
    void loadProblems();
    void refreshWhy(const ClientObject *object, const ConnectionHealth &health);
    void refreshTakesDown(const ClientObject *object, const SectionStatus &status);

    ConfigSession *m_session;
    ConnectionMonitor *m_monitor;
    const SectionListModel *m_statuses;
    QList<SectionProblem> m_errors; // the section's errors, as of the last analysis
    QString m_section;
    QLabel *m_heading;
    QLabel *m_state;
    QLabel *m_takesDown;
    QLabel *m_measuredFrom;
    QLabel *m_since;
    QLabel *m_attempts;
    QLabel *m_pings;
    QLabel *m_rtt;
    QLabel *m_certificate;
    QLabel *m_certificateWarning;
    ProblemList *m_problems; // what Asterisk says is wrong with the section as written
    QLabel *m_error;         // the live connection's last failure
    QLabel *m_hint;
    QFormLayout *m_why;
    QWidget *m_charts;
    StageWaterfall *m_waterfall;
    RttChart *m_chart;
    QPushButton *m_connect;
    QPushButton *m_disconnect;
};

} // namespace wscm
