// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "HealthView.h"

#include "ConfigSession.h"
#include "ConnectionMonitor.h"
#include "RttChart.h"
#include "StageWaterfall.h"
#include "StatusColors.h"
#include "net/DurationText.h"
#include "net/FailureHint.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace wscm {

namespace {
// Certificates closer to expiry than this get a warning.
constexpr int expiryWarningDays = 14;
} // namespace

HealthView::HealthView(ConfigSession *session, ConnectionMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_monitor(monitor)
    , m_waterfall(new StageWaterfall(this))
    , m_chart(new RttChart(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_disconnect(new QPushButton(tr("D&isconnect"), this)) {
    // The page scrolls rather than squeezing a wrapped label under its neighbour: a long
    // error, a translation or a large font may need more height than the window has.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *buttons = new QHBoxLayout;
    m_connect->setAccessibleName(tr("Connect this section"));
    m_disconnect->setAccessibleName(tr("Disconnect this section"));
    buttons->addWidget(m_connect);
    buttons->addWidget(m_disconnect);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_connect, &QPushButton::clicked, this, [this] { Q_EMIT connectRequested(m_section); });
    connect(m_disconnect, &QPushButton::clicked, this,
            [this] { Q_EMIT disconnectRequested(m_section); });

    auto *form = new QFormLayout;
    m_state = addRow(form, tr("State:"));
    m_state->setTextFormat(Qt::RichText);
    // The network path that matters is the PBX's: say whose path this is.
    m_measuredFrom = addRow(form, tr("Measured from:"));
    m_since = addRow(form, tr("Since:"));
    m_attempts = addRow(form, tr("Attempts:"));
    m_pings = addRow(form, tr("Unanswered PINGs:"));
    m_rtt = addRow(form, tr("Last round trip:"));
    m_certificate = addRow(form, tr("Server certificate:"));
    m_certificateWarning = new QLabel(this);
    m_certificateWarning->setWordWrap(true);
    form->addRow(QString(), m_certificateWarning);
    m_error = addRow(form, tr("Last error:"));
    m_hint = addRow(form, tr("What to check:"));
    layout->addLayout(form);

    // Side by side, the two charts leave the text above room to wrap at the default size.
    auto *charts = new QHBoxLayout;
    auto *timings = new QGroupBox(tr("Last attempt, stage by stage"), content);
    (new QVBoxLayout(timings))->addWidget(m_waterfall);
    charts->addWidget(timings, 1, Qt::AlignTop);
    auto *chart = new QGroupBox(tr("Round-trip time of the last PONGs"), content);
    (new QVBoxLayout(chart))->addWidget(m_chart);
    charts->addWidget(chart, 1);
    layout->addLayout(charts, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(QMargins());
    outer->addWidget(scroll);

    connect(monitor, &ConnectionMonitor::healthUpdated, this, [this](const QStringList &names) {
        if (names.contains(m_section))
            refresh();
    });
    connect(monitor, &ConnectionMonitor::sourceChanged, this, &HealthView::refresh);
    connect(session, &ConfigSession::analysisUpdated, this, &HealthView::refresh);
    refresh();
}

QLabel *HealthView::addRow(QFormLayout *form, const QString &label) {
    auto *value = new QLabel(this);
    value->setTextFormat(Qt::PlainText); // details come from servers and must not render
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *name = new QLabel(label, this);
    name->setBuddy(value);
    value->setAccessibleName(label);
    form->addRow(name, value);
    return value;
}

void HealthView::setSection(const QString &section) {
    m_section = section;
    refresh();
}

QString HealthView::stateText() const {
    return m_state->text();
}
QString HealthView::errorText() const {
    return m_error->text();
}
QString HealthView::hintText() const {
    return m_hint->text();
}
QString HealthView::pingText() const {
    return m_pings->text();
}
QString HealthView::measuredFromText() const {
    return m_measuredFrom->text();
}

void HealthView::refresh() {
    const ClientObject *object = m_session->check().object(m_section);
    const bool live = m_monitor->hasConnection(m_section);
    const ConnectionHealth health = m_monitor->health(m_section);
    const QLocale locale;

    const bool running = live && health.state != ConnectionHealth::State::Idle &&
                         health.state != ConnectionHealth::State::Stopped &&
                         health.state != ConnectionHealth::State::GaveUp;
    m_connect->setEnabled(live && !running);
    m_disconnect->setEnabled(live && running);

    if (!object) {
        m_state->setText(tr("[%1] is not a websocket client: nothing to connect").arg(m_section));
    } else if (!live) {
        m_state->setText(object->valid ? tr("not connected")
                                       : tr("invalid: Asterisk would not load this section; "
                                            "see the Settings tab"));
    } else {
        m_state->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                             .arg(StatusColors::forState(int(health.state)).name(),
                                  ConnectionHealth::stateName(health.state)));
    }
    m_measuredFrom->setText(m_monitor->measuredFrom());
    m_since->setText(health.connectedSince.isValid()
                         ? locale.toString(health.connectedSince.toLocalTime(), QLocale::LongFormat)
                         : tr("–"));
    m_attempts->setText(tr("%1 attempts, %2 reconnects, %3 failures in a row")
                            .arg(health.attempts)
                            .arg(health.reconnects)
                            .arg(health.consecutiveFailures));
    if (object && object->settings.enablePingPongs) {
        m_pings->setText(tr("%1 of %2 allowed (a PING every %3 s)")
                             .arg(health.unansweredPings)
                             .arg(object->settings.pingPongProbes)
                             .arg(object->settings.pingPongIntervalS));
    } else {
        m_pings->setText(tr("PING/PONG is off (enable_pingpongs)"));
    }
    m_rtt->setText(health.lastRttUs >= 0 ? DurationText::withUnit(health.lastRttUs, locale)
                                         : tr("–"));

    if (health.peerCertificateSubject.isEmpty()) {
        m_certificate->setText(tr("none (no TLS)"));
        m_certificateWarning->hide();
    } else {
        m_certificate->setText(tr("%1\nissued by %2\nexpires %3")
                                   .arg(health.peerCertificateSubject, health.peerCertificateIssuer,
                                        locale.toString(health.peerCertificateExpiry.toLocalTime(),
                                                        QLocale::ShortFormat)));
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(health.peerCertificateExpiry);
        m_certificateWarning->setVisible(days < expiryWarningDays);
        m_certificateWarning->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(StatusColors::bad().name(),
                     (days < 0 ? tr("The certificate has expired.")
                               : tr("The certificate expires in %n day(s).", nullptr, int(days)))
                         .toHtmlEscaped()));
    }

    if (health.lastFailureStage == ConnectionHealth::Stage::None) {
        m_error->setText(tr("none"));
        m_hint->clear();
    } else {
        QString error = tr("%1 stage: %2")
                            .arg(ConnectionHealth::stageName(health.lastFailureStage),
                                 health.lastFailureDetail);
        if (health.lastFailureAt.isValid())
            error += tr(" (at %1)")
                         .arg(health.lastFailureAt.toLocalTime().time().toString(
                             QStringLiteral("HH:mm:ss")));
        m_error->setText(error);
        m_hint->setText(FailureHint::forHealth(health));
    }
    m_waterfall->setTimings(health.lastTimings);
    m_chart->setSamples(health.recentRttsUs, ConnectionHealth::RttHistorySize);
}

} // namespace wscm
