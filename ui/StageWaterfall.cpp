#include "StageWaterfall.h"

#include "StatusColors.h"

#include <QPainter>

#include <array>

namespace wscm {

StageWaterfall::StageWaterfall(QWidget *parent)
    : QWidget(parent) {
    setAccessibleName(tr("Stage timings of the last attempt"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StageWaterfall::setTimings(const StageTimings &timings) {
    if (timings == m_timings)
        return;
    m_timings = timings;
    QStringList parts;
    parts << tr("TCP %1 ms").arg(timings.tcpMs) << tr("proxy %1 ms").arg(timings.proxyMs)
          << tr("TLS %1 ms").arg(timings.tlsMs) << tr("upgrade %1 ms").arg(timings.upgradeMs);
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    update();
}

QSize StageWaterfall::sizeHint() const {
    return {fontMetrics().averageCharWidth() * 50, fontMetrics().height() * 4 * 5 / 4 + 4};
}

void StageWaterfall::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    const QFontMetrics fm = fontMetrics();
    const std::array<std::pair<QString, qint64>, 4> stages{{{tr("TCP"), m_timings.tcpMs},
                                                            {tr("Proxy"), m_timings.proxyMs},
                                                            {tr("TLS"), m_timings.tlsMs},
                                                            {tr("Upgrade"), m_timings.upgradeMs}}};
    qint64 total = 0;
    for (const auto &stage : stages)
        total += qMax<qint64>(0, stage.second);
    const int labelWidth = fm.horizontalAdvance(tr("Upgrade")) + fm.averageCharWidth() * 2;
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("00000 ms")) + fm.averageCharWidth();
    const int barArea = qMax(10, width() - labelWidth - valueWidth);
    const int rowHeight = fm.height() * 5 / 4;
    qint64 start = 0;
    int y = 0;
    for (const auto &[label, ms] : stages) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, labelWidth, rowHeight), Qt::AlignVCenter, label);
        const QRect valueRect(width() - valueWidth, y, valueWidth, rowHeight);
        if (ms < 0) {
            painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
            painter.drawText(valueRect, Qt::AlignVCenter | Qt::AlignRight, tr("–"));
        } else {
            painter.drawText(valueRect, Qt::AlignVCenter | Qt::AlignRight, tr("%1 ms").arg(ms));
            const int x = labelWidth + int(total > 0 ? start * barArea / total : 0);
            const int w = qMax(2, int(total > 0 ? ms * barArea / total : 0));
            painter.fillRect(QRect(x, y + rowHeight / 5, w, rowHeight * 3 / 5),
                             StatusColors::good());
            start += ms;
        }
        y += rowHeight;
    }
}

} // namespace wscm
