// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SectionStatus.h"

#include "ConnectionStability.h"
#include "DurationText.h"
#include "FailureHint.h"
#include "config/Diagnostic.h"

#include <QCoreApplication>

namespace wscm {

namespace {

qint64 elapsedMs(const QDateTime &since, const QDateTime &now) {
    return since.isValid() ? qMax<qint64>(0, since.msecsTo(now)) : 0;
}

// shortText() without what it runs.
QString stateText(const SectionStatus &s) {
    using Kind = SectionStatus::Kind;
    const QString kind = SectionStatus::kindText(s.kind);
    switch (s.kind) {
    case Kind::NotConnected:
    case Kind::Connected:
    case Kind::Connecting:
        return kind;
    case Kind::Unstable: {
        const QString why = s.causeText();
        return why.isEmpty()
                   ? SectionStatus::tr("%1: dropped %n×", nullptr, s.drops).arg(kind)
                   : SectionStatus::tr("%1: %2, dropped %n×", nullptr, s.drops).arg(kind, why);
    }
    case Kind::Retrying:
    case Kind::GaveUp: {
        const QString why = s.causeText();
        return why.isEmpty() ? kind : SectionStatus::tr("%1: %2").arg(kind, why);
    }
    case Kind::Invalid:
        if (!s.option.isEmpty())
            return SectionStatus::tr("%1: %2 (line %3)").arg(kind, s.option).arg(s.line);
        return s.line > 0 ? SectionStatus::tr("%1 (line %2)").arg(kind).arg(s.line) : kind;
    }
    return kind;
}

} // namespace

SectionStatus SectionStatus::ofConnection(const ConnectionHealth &health,
                                          const ConnectionStability &stability, qint64 holdMs,
                                          const QDateTime &now) {
    using State = ConnectionHealth::State;
    SectionStatus s;
    s.cause = health.lastFailureCause;
    s.stage = health.lastFailureStage;
    s.httpStatus = health.lastHttpStatus;
    s.tries = health.consecutiveFailures;
    s.lastRttUs = health.lastRttUs;
    s.holdMs = holdMs;
    switch (health.state) {
    case State::Idle:
    case State::Stopped:
        s.kind = Kind::NotConnected;
        return s;
    case State::GaveUp:
        s.kind = Kind::GaveUp;
        return s;
    case State::Connected:
    case State::Connecting:
    case State::Retrying:
        break;
    }
    if (stability.isUnstable(now, holdMs)) {
        s.kind = Kind::Unstable;
        QDateTime oldest;
        s.drops = stability.dropsWithinWindow(now, &oldest);
        if (s.drops > ConnectionStability::DropsTolerated) {
            s.since = oldest;
        } else {
            // Unstable because nothing held: count every drop since the start.
            s.neverHeld = true;
            s.drops = int(stability.drops().size());
            s.since = stability.drops().constFirst().at;
        }
        // The drops are the pattern, whatever a reconnect between them failed of.
        const ConnectionStability::Drop &last = stability.drops().constLast();
        s.cause = last.cause;
        s.stage = last.stage;
        s.httpStatus = 0;
        return s;
    }
    if (health.state == State::Connected) {
        s.kind = Kind::Connected;
        s.since = health.connectedSince;
        return s;
    }
    // Between two tries the engine is connecting again: still the same run of failures.
    if (health.state == State::Retrying || health.consecutiveFailures > 0) {
        s.kind = Kind::Retrying;
        s.since =
            stability.troubleSince().isValid() ? stability.troubleSince() : health.lastFailureAt;
        return s;
    }
    s.kind = Kind::Connecting;
    return s;
}

SectionStatus SectionStatus::ofInvalid(const Diagnostic *first, int errors) {
    SectionStatus s;
    s.kind = Kind::Invalid;
    if (first) {
        s.error = first->message;
        s.option = first->option;
        s.line = first->line;
    }
    s.moreErrors = qMax(0, errors - 1);
    return s;
}

QString SectionStatus::kindName(Kind kind) {
    switch (kind) {
    case Kind::NotConnected:
        return QStringLiteral("not-connected");
    case Kind::Connected:
        return QStringLiteral("connected");
    case Kind::Connecting:
        return QStringLiteral("connecting");
    case Kind::Retrying:
        return QStringLiteral("retrying");
    case Kind::Unstable:
        return QStringLiteral("unstable");
    case Kind::GaveUp:
        return QStringLiteral("gave-up");
    case Kind::Invalid:
        return QStringLiteral("invalid");
    }
    return QString();
}

QString SectionStatus::kindText(Kind kind) {
    switch (kind) {
    case Kind::NotConnected:
        return tr("not connected");
    case Kind::Connected:
        return tr("connected");
    case Kind::Connecting:
        return tr("connecting");
    case Kind::Retrying:
        return tr("retrying");
    case Kind::Unstable:
        return tr("unstable");
    case Kind::GaveUp:
        return tr("gave up");
    case Kind::Invalid:
        return tr("invalid");
    }
    return QString();
}

QString SectionStatus::causeText() const {
    using Stage = ConnectionHealth::Stage;
    if (cause == FailureCause::None)
        return QString();
    const QString stageName = ConnectionHealth::stageName(stage);
    if (httpStatus > 0 && !stageName.isEmpty())
        return tr("HTTP %1 at %2").arg(httpStatus).arg(stageName);
    // A lost connection's stage names the cause already ("ping-timeout", "keepalive").
    if (stage == Stage::PingTimeout || stage == Stage::Keepalive || stage == Stage::Closed ||
        stageName.isEmpty())
        return FailureCauses::name(cause);
    return tr("%1 at %2").arg(FailureCauses::name(cause), stageName);
}

QString SectionStatus::shortText() const {
    const QString text = stateText(*this);
    return runsUnsaved ? tr("%1 (trying unsaved changes)").arg(text) : text;
}

QString SectionStatus::sentence(const QString &section, const QDateTime &now,
                                const QLocale &locale) const {
    return tr("%1 — %2").arg(section, description(now, locale));
}

QString SectionStatus::description(const QDateTime &now, const QLocale &locale) const {
    QString what;
    switch (kind) {
    case Kind::NotConnected:
    case Kind::Connecting:
        what = kindText(kind);
        break;
    case Kind::Connected:
        what = tr("connected for %1").arg(DurationText::elapsed(elapsedMs(since, now), locale));
        if (lastRttUs >= 0)
            what += tr(", last PONG %1").arg(DurationText::withUnit(lastRttUs, locale));
        break;
    case Kind::Unstable:
        what = tr("unstable: dropped %n× in %1", nullptr, drops)
                   .arg(DurationText::elapsed(elapsedMs(since, now), locale));
        if (const QString why = causeText(); !why.isEmpty())
            what += tr(" (%1)").arg(why);
        if (neverHeld)
            what += tr(", never up longer than %1").arg(DurationText::elapsed(holdMs, locale));
        break;
    case Kind::Retrying:
        what = since.isValid()
                   ? tr("retrying for %1").arg(DurationText::elapsed(elapsedMs(since, now), locale))
                   : kindText(kind);
        if (const QString why = causeText(); !why.isEmpty())
            what += tr(": %1").arg(why);
        if (tries > 0)
            what += tr(", failed %n×", nullptr, tries);
        break;
    case Kind::GaveUp:
        what = kindText(kind);
        if (const QString why = causeText(); !why.isEmpty())
            what += tr(": %1").arg(why);
        if (tries > 0)
            what += tr(", failed %n×", nullptr, tries);
        break;
    case Kind::Invalid:
        if (error.isEmpty()) {
            what = tr("invalid: Asterisk would not load it");
            break;
        }
        what = tr("invalid: %1").arg(error);
        // Asterisk's parse errors say where; its rules for the object as a whole do not.
        if (line > 0 && !error.contains(QStringLiteral("line %1").arg(line)))
            what += tr(" (line %1)").arg(line);
        if (moreErrors > 0)
            what += tr(", and %n more error(s)", nullptr, moreErrors);
        break;
    }
    if (runsUnsaved)
        what += tr(" (trying unsaved changes)");
    return what;
}

QString SectionStatus::hint() const {
    switch (kind) {
    case Kind::Unstable:
    case Kind::Retrying:
    case Kind::GaveUp:
        return FailureHint::forCause(cause, httpStatus);
    case Kind::NotConnected:
    case Kind::Connected:
    case Kind::Connecting:
    case Kind::Invalid:
        return QString();
    }
    return QString();
}

} // namespace wscm
