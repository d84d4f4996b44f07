// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ProbeOutput.h"

#include "Console.h"

#include "net/DurationText.h"
#include "net/FailureHint.h"
#include "net/HealthSource.h"

namespace wscm {

QString ProbeOutput::eventLine(const ConnectionEvent &event) {
    QString line = QStringLiteral("%1 %2 %3")
                       .arg(event.timestamp.toUTC().toString(Qt::ISODateWithMs), event.section,
                            ConnectionEvent::kindName(event.kind));
    if (const QString stage = ConnectionHealth::stageName(event.stage); !stage.isEmpty())
        line += QStringLiteral(" [%1]").arg(stage);
    if (!event.detail.isEmpty())
        line += QStringLiteral(" ") + event.detail;
    if (event.cause != FailureCause::None)
        line += QStringLiteral(" cause=") + FailureCauses::name(event.cause);
    if (event.rttUs >= 0)
        line += QStringLiteral(" rtt=%1ms").arg(DurationText::milliseconds(event.rttUs));
    line += QStringLiteral(" attempt=%1").arg(event.attempt);
    return line;
}

QString ProbeOutput::table(const HealthSource &source) {
    QString text = QStringLiteral("\x1b[H\x1b[2J");
    text += QStringLiteral("Measured from %1\n").arg(source.measuredFrom());
    text +=
        QStringLiteral("%1 %2 %3 %4 %5 %6\n")
            .arg(QStringLiteral("SECTION").leftJustified(20),
                 QStringLiteral("STATE").leftJustified(11), QStringLiteral("RTT").leftJustified(8),
                 QStringLiteral("UNANSW").leftJustified(7),
                 QStringLiteral("ATTEMPTS").leftJustified(9), QStringLiteral("LAST ERROR"));
    for (const QString &name : source.names()) {
        const ConnectionHealth h = source.health(name);
        QString error;
        if (h.lastFailureStage != ConnectionHealth::Stage::None)
            error = QStringLiteral("[%1] %2").arg(FailureCauses::name(h.lastFailureCause),
                                                  h.lastFailureDetail);
        text +=
            QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                .arg(name.leftJustified(20), ConnectionHealth::stateName(h.state).leftJustified(11),
                     (h.lastRttUs >= 0
                          ? QStringLiteral("%1ms").arg(DurationText::milliseconds(h.lastRttUs))
                          : QStringLiteral("-"))
                         .leftJustified(8),
                     QString::number(h.unansweredPings).leftJustified(7),
                     QString::number(h.attempts).leftJustified(9), error);
    }
    return text;
}

QString ProbeOutput::hintLine(const QString &section, FailureCause cause, int httpStatus) {
    return QStringLiteral("  %1: %2").arg(section, FailureHint::forCause(cause, httpStatus));
}

void ProbeOutput::print(const ConnectionEvent &event, bool json, bool liveTable) {
    if (json) {
        m_jsonLine.resize(0);
        event.appendJson(m_jsonLine);
        Console::lineUtf8(m_jsonLine);
        return;
    }
    if (liveTable)
        return;
    Console::line(eventLine(event));
    if (event.cause == FailureCause::None || m_hinted.value(event.section) == event.cause)
        return;
    m_hinted.insert(event.section, event.cause);
    Console::line(hintLine(event.section, event.cause, event.httpStatus));
}

QStringList ProbeOutput::lastHints(const HealthSource &source) {
    QStringList lines;
    for (const QString &name : source.names()) {
        const ConnectionHealth h = source.health(name);
        if (h.lastFailureCause != FailureCause::None)
            lines << hintLine(name, h.lastFailureCause, h.lastHttpStatus);
    }
    return lines;
}

} // namespace wscm
