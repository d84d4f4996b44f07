// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "HeartbeatLegend.h"

#include "StatusColors.h"

namespace wscm {

HeartbeatLegend::HeartbeatLegend(QWidget *parent)
    : QLabel(parent) {
    const auto swatch = [](const QColor &color) {
        return QStringLiteral("<span style=\"color:%1\">&#9646;</span>").arg(color.name());
    };
    const QString answered = tr("PONG answered");
    const QString missed = tr("PING missed");
    const QString notYet = tr("no PING yet");
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setText(tr("Heartbeat: %1 %2 &nbsp; %3 %4 &nbsp; %5 %6")
                .arg(swatch(StatusColors::good()), answered.toHtmlEscaped(),
                     swatch(StatusColors::bad()), missed.toHtmlEscaped(),
                     swatch(StatusColors::none()), notYet.toHtmlEscaped()));
    // The bars' colors, in words, for whoever cannot see them.
    setAccessibleName(tr("Heartbeat legend"));
    setAccessibleDescription(tr("In each row's heartbeat strip, one bar per PING, newest on the "
                                "right: green, %1; red, %2; grey, %3.")
                                 .arg(answered, missed, notYet));
    setToolTip(accessibleDescription());
}

} // namespace wscm
