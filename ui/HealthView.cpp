// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "HealthView.h"

#include "ConfigSession.h"
#include "ConnectionMonitor.h"
#include "ProblemList.h"
#include "RttChart.h"
#include "SectionDelegate.h"
#include "SectionListModel.h"
#include "SectionProblems.h"
#include "StageWaterfall.h"
#include "StatusColors.h"
#include "UsedByList.h"
#include "net/DurationText.h"
#include "net/FailureHint.h"
#include "schema/OptionSchema.h"

#include <QFileInfo>
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

HealthView::HealthView(ConfigSession *session, ConnectionMonitor *monitor,
                       const SectionListModel *statuses, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_monitor(monitor)
    , m_statuses(statuses)
    , m_heading(new QLabel(this))
    , m_waterfall(new StageWaterfall(this))
    , m_chart(new RttChart(this))
    , m_connect(new QPushButton(tr("Co&nnect"), this))
    , m_disconnect(new QPushButton(tr("D&isconnect"), this)) {
    // The heading stays above the scrolled page: which section this is shows at any size.
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setAccessibleName(tr("Section shown"));

    // The page scrolls rather than squeezing a wrapped label under its neighbour: a long
    // error, a translation or a large font may need more height than the window has.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_connect->setAccessibleName(tr("Connect this section"));
    m_disconnect->setAccessibleName(tr("Disconnect this section"));
    connect(m_connect, &QPushButton::clicked, this, [this] { Q_EMIT connectRequested(m_section); });
    connect(m_disconnect, &QPushButton::clicked, this,
            [this] { Q_EMIT disconnectRequested(m_section); });

    // Why first: the state, what went wrong and what to do about it.
    m_why = new QFormLayout;
    QFormLayout *why = m_why;
    m_state = addRow(why, tr("State:"));
    m_state->setTextFormat(Qt::RichText);
    // Which ARI apps and calls fail with the client, from ari.conf and extensions.conf.
    m_takesDown = addRow(why, tr("Takes down:"));
    // The last error is Asterisk's verdict on what is written (with a way to the field to
    // correct) and, below it, what the live connection last ran into.
    auto *errors = new QWidget(content);
    auto *errorsLayout = new QVBoxLayout(errors);
    errorsLayout->setContentsMargins(QMargins());
    m_problems = new ProblemList(errors);
    m_problems->setAccessibleName(tr("What Asterisk says is wrong"));
    m_problems->setMaximumRows(3);
    m_error = valueLabel(tr("Last error:"));
    errorsLayout->addWidget(m_problems);
    errorsLayout->addWidget(m_error);
    auto *errorName = new QLabel(tr("Last error:"), this);
    errorName->setBuddy(m_error);
    why->addRow(errorName, errors);
    connect(m_problems, &ProblemList::fieldRequested, this,
            [this](const QString &option) { Q_EMIT fieldRequested(m_section, option); });
    m_hint = addRow(why, tr("What to check:"));
    layout->addLayout(why);

    // Side by side, the two charts leave the text around them room to wrap at the default
    // size.
    m_charts = new QWidget(content);
    auto *charts = new QHBoxLayout(m_charts);
    charts->setContentsMargins(QMargins());
    auto *timings = new QGroupBox(tr("Last attempt, stage by stage"), m_charts);
    (new QVBoxLayout(timings))->addWidget(m_waterfall);
    charts->addWidget(timings, 1, Qt::AlignTop);
    auto *chart = new QGroupBox(tr("Round-trip time of the last PONGs"), m_charts);
    (new QVBoxLayout(chart))->addWidget(m_chart);
    // As high as the stages beside it: the why above and the counters below keep the room.
    m_chart->setMaximumHeight(m_waterfall->sizeHint().height());
    charts->addWidget(chart, 1);
    layout->addWidget(m_charts);

    auto *form = new QFormLayout;
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
    layout->addLayout(form);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    // A scroll area takes Tab focus by default and shows none: Tab goes to its controls.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(QMargins());
    // The section's name and what can be done with it share one line: the page below keeps
    // its height.
    auto *headingLayout = new QHBoxLayout;
    headingLayout->setContentsMargins(layout->contentsMargins().left(),
                                      layout->contentsMargins().top(),
                                      layout->contentsMargins().right(), 0);
    headingLayout->addWidget(m_heading, 1);
    headingLayout->addWidget(m_connect, 0, Qt::AlignTop);
    headingLayout->addWidget(m_disconnect, 0, Qt::AlignTop);
    outer->addLayout(headingLayout);
    outer->addWidget(scroll, 1);

    connect(monitor, &ConnectionMonitor::healthUpdated, this, [this](const QStringList &names) {
        if (names.contains(m_section))
            refresh();
    });
    connect(monitor, &ConnectionMonitor::sourceChanged, this, &HealthView::refresh);
    connect(session, &ConfigSession::analysisUpdated, this, [this] {
        loadProblems();
        refresh();
    });
    loadProblems();
    refresh();
}

QLabel *HealthView::valueLabel(const QString &accessibleName) {
    auto *value = new QLabel(this);
    value->setTextFormat(Qt::PlainText); // details come from servers and must not render
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(accessibleName);
    return value;
}

QLabel *HealthView::addRow(QFormLayout *form, const QString &label) {
    QLabel *value = valueLabel(label);
    auto *name = new QLabel(label, this);
    name->setBuddy(value);
    form->addRow(name, value);
    return value;
}

void HealthView::setSection(const QString &section) {
    m_section = section;
    loadProblems();
    refresh();
}

// The findings change with the analysis or the section, not with each PONG: refresh() runs on
// every health update and reads them from here.
void HealthView::loadProblems() {
    m_errors = SectionProblems::of(*m_session, m_section, SectionProblems::Include::ErrorsOnly);
    m_problems->setProblems(m_errors);
}

QString HealthView::headingText() const {
    return m_heading->text();
}
QString HealthView::stateText() const {
    return m_state->text();
}
QString HealthView::errorText() const {
    QStringList shown;
    if (!m_problems->isHidden())
        shown << m_problems->text();
    if (!m_error->isHidden())
        shown << m_error->text();
    return shown.join(QLatin1Char('\n'));
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
QString HealthView::takesDownText() const {
    return m_why->isRowVisible(m_takesDown) ? m_takesDown->text() : QString();
}

void HealthView::refreshTakesDown(const ClientObject *object, const SectionStatus &status) {
    const NeighbourFiles &neighbours = m_session->neighbours();
    const bool failing = status.kind == SectionStatus::Kind::Retrying ||
                         status.kind == SectionStatus::Kind::GaveUp ||
                         status.kind == SectionStatus::Kind::Invalid ||
                         status.kind == SectionStatus::Kind::Unstable;
    const bool known = neighbours.ari.read || neighbours.dialplan.read;
    m_why->setRowVisible(m_takesDown, object && failing && known);
    if (!object || !failing || !known)
        return;
    const QString users = UsedByList::usersSummary(m_session->consumers(), object->id);
    m_takesDown->setText(users.isEmpty()
                             ? tr("nothing in ari.conf or extensions.conf (ARI externalMedia may "
                                  "still use it)")
                             : users);
}

void HealthView::refresh() {
    const ClientObject *object = m_session->check().object(m_section);
    const bool live = m_monitor->hasConnection(m_section);
    const ConnectionHealth health = m_monitor->health(m_section);
    const QLocale locale;

    const ResolvedConfig::Category *category =
        m_section.isEmpty() ? nullptr : m_session->category(m_section);
    if (m_section.isEmpty())
        m_heading->setText(tr("No section selected"));
    else if (!category)
        m_heading->setText(tr("[%1] no longer exists").arg(m_section));
    else if (object)
        m_heading->setText(tr("[%1] — websocket client").arg(m_section));
    else if (category->isTemplate)
        m_heading->setText(tr("[%1] — template").arg(m_section));
    else
        m_heading->setText(tr("[%1] — not a websocket client").arg(m_section));

    const bool running = live && health.state != ConnectionHealth::State::Idle &&
                         health.state != ConnectionHealth::State::Stopped &&
                         health.state != ConnectionHealth::State::GaveUp;
    m_connect->setEnabled(live && !running);
    m_disconnect->setEnabled(live && running);

    if (!object) {
        m_state->setText(tr("[%1] is not a websocket client: nothing to connect").arg(m_section));
        refreshTakesDown(nullptr, SectionStatus());
    } else {
        const SectionStatus status =
            m_statuses->statusOf(m_section, QDateTime::currentDateTimeUtc());
        // An invalid section's error has its own row just below: name the field only here.
        const QString text =
            status.kind == SectionStatus::Kind::Invalid
                ? tr("%1 — Asterisk would not load this section").arg(status.shortText())
                : status.description(QDateTime::currentDateTimeUtc(), locale);
        m_state->setText(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                             .arg(StatusColors::forKind(int(status.kind)).name(),
                                  SectionDelegate::markGlyph(status.kind), text.toHtmlEscaped()));
        refreshTakesDown(object, status);
    }
    m_measuredFrom->setText(m_monitor->measuredFrom());
    // Short: the long format's weekday and time zone name wrap the row at the default size.
    const QDateTime since = health.connectedSince.toLocalTime();
    m_since->setText(since.isValid()
                         ? tr("%1 %2").arg(locale.toString(since.date(), QLocale::ShortFormat),
                                           since.time().toString(QStringLiteral("HH:mm:ss")))
                         : tr("–"));
    m_attempts->setText(tr("%1 attempts, %2 reconnects, %3 failures in a row")
                            .arg(health.attempts)
                            .arg(health.reconnects)
                            .arg(health.consecutiveFailures));
    if (object && !object->valid) {
        // Its settings are not in force anywhere: never show defaults as if they were.
        QStringList written;
        for (const int option :
             {OptionSchema::index("enable_pingpongs"), OptionSchema::index("pingpong_interval"),
              OptionSchema::index("pingpong_probes")}) {
            const QString name = OptionSchema::at(option).nameString();
            written << (object->effective.isSet(option)
                            ? tr("%1 = %2").arg(
                                  name, QString::fromUtf8(object->effective.at(option).value))
                            : tr("%1 not set").arg(name));
        }
        m_pings->setText(tr("none: Asterisk would not load this section (as written: %1)")
                             .arg(written.join(QStringLiteral(", "))));
    } else if (object && object->settings.enablePingPongs) {
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

    refreshWhy(object, health);
    // A section that has no connection has measured nothing: no empty charts below the why.
    m_charts->setVisible(live);
    m_waterfall->showAttempt(health);
    m_chart->setSamples(health.recentRttsUs, ConnectionHealth::RttHistorySize);
}

void HealthView::refreshWhy(const ClientObject *object, const ConnectionHealth &health) {
    const QList<SectionProblem> &errors = m_errors;

    QStringList hints;
    if (!errors.isEmpty()) {
        QStringList fields;
        QStringList neighbours; // files that use the client, which wscm only shows
        bool own = false;
        for (const SectionProblem &e : errors) {
            if (e.neighbour) {
                const QString name = QFileInfo(e.diagnostic.file).fileName();
                if (!neighbours.contains(name))
                    neighbours << name;
                continue;
            }
            own = true;
            if (!e.field.isEmpty() && !fields.contains(e.field))
                fields << e.field;
        }
        QStringList corrections;
        if (!fields.isEmpty())
            corrections << tr("Correct %1 as Asterisk's error says (Go to field), then save.")
                               .arg(fields.join(QStringLiteral(", ")));
        else if (own)
            corrections << tr("Correct the lines named above in the Raw tab as Asterisk's error "
                              "says, then save.");
        if (!neighbours.isEmpty())
            corrections << tr("Correct the lines named in %1 as Asterisk's error says, with an "
                              "editor of those files.")
                               .arg(neighbours.join(QStringLiteral(", ")));
        const QString correct = corrections.join(QLatin1Char(' '));
        hints << (object && !object->valid
                      ? tr("%1 Until then Asterisk leaves this section out.").arg(correct)
                      : correct);
    }
    if (health.lastFailureStage != ConnectionHealth::Stage::None) {
        QString error = tr("%1 stage: %2")
                            .arg(ConnectionHealth::stageName(health.lastFailureStage),
                                 health.lastFailureDetail);
        if (health.lastFailureAt.isValid())
            error += tr(" (at %1)")
                         .arg(health.lastFailureAt.toLocalTime().time().toString(
                             QStringLiteral("HH:mm:ss")));
        m_error->setText(error);
        m_error->show();
        // A failure always comes with something to check, even one no cause fits.
        QString hint = FailureHint::forHealth(health);
        if (hint.isEmpty())
            hint = FailureHint::forCause(FailureCause::Other);
        hints << hint;
    } else if (errors.isEmpty()) {
        m_error->setText(tr("none"));
        m_error->show();
    } else {
        // Asterisk's verdict above is the error: no "none" beside it.
        m_error->clear();
        m_error->hide();
    }
    m_hint->setText(hints.join(QLatin1Char('\n')));
    m_why->setRowVisible(m_hint, !hints.isEmpty());
}

} // namespace wscm
