// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "StageWaterfall.h"

#include "StatusColors.h"
#include "net/DurationText.h"

#include <QPainter>

#include <array>

namespace wscm {

namespace {

// A stage's duration as shown; a dash for a stage that was not reached or is not used.
QString durationText(qint64 us) {
    return us >= 0 ? DurationText::withUnit(us, QLocale()) : QStringLiteral("–");
}

} // namespace

StageWaterfall::StageWaterfall(QWidget *parent)
    : QWidget(parent) {
    setAccessibleName(tr("Stage timings of the last attempt"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

std::array<std::pair<QString, qint64>, 4> StageWaterfall::stages() const {
    return {{{tr("TCP"), m_timings.tcpUs},
             {tr("Proxy"), m_timings.proxyUs},
             {tr("TLS"), m_timings.tlsUs},
             {tr("Upgrade"), m_timings.upgradeUs}}};
}

void StageWaterfall::setTimings(const StageTimings &timings) {
    if (timings == m_timings)
        return;
    m_timings = timings;
    QStringList parts;
    parts << tr("TCP %1").arg(durationText(timings.tcpUs))
          << tr("proxy %1").arg(durationText(timings.proxyUs))
          << tr("TLS %1").arg(durationText(timings.tlsUs))
          << tr("upgrade %1").arg(durationText(timings.upgradeUs));
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    update();
}

QSize StageWaterfall::sizeHint() const {
    return {fontMetrics().averageCharWidth() * 50, fontMetrics().height() * 4 * 5 / 4 + 4};
}

void StageWaterfall::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    const QFontMetrics fm = fontMetrics();
    const auto rows = stages();
    qint64 total = 0;
    int labelWidth = 0;
    int valueWidth = fm.horizontalAdvance(DurationText::withUnit(888, QLocale()));
    for (const auto &[label, us] : rows) {
        total += qMax<qint64>(0, us);
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(label));
        valueWidth = qMax(valueWidth, fm.horizontalAdvance(durationText(us)));
    }
    labelWidth += fm.averageCharWidth() * 2;
    valueWidth += fm.averageCharWidth();
    const int barArea = qMax(10, width() - labelWidth - valueWidth);
    const int rowHeight = fm.height() * 5 / 4;
    qint64 start = 0;
    int y = 0;
    for (const auto &[label, us] : rows) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, labelWidth, rowHeight), Qt::AlignVCenter, label);
        const QRect valueRect(width() - valueWidth, y, valueWidth, rowHeight);
        if (us < 0)
            painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(valueRect, Qt::AlignVCenter | Qt::AlignRight, durationText(us));
        if (us >= 0) {
            const int x = labelWidth + int(total > 0 ? start * barArea / total : 0);
            const int w = qMax(2, int(total > 0 ? us * barArea / total : 0));
            painter.fillRect(QRect(x, y + rowHeight / 5, w, rowHeight * 3 / 5),
                             StatusColors::good());
            start += us;
        }
        y += rowHeight;
    }
}

} // namespace wscm
