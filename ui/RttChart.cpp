// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "RttChart.h"

#include "StatusColors.h"
#include "net/DurationText.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace wscm {

RttChart::RttChart(QWidget *parent)
    : QWidget(parent) {
    setAccessibleName(tr("Round-trip times of the last PONGs"));
    setMinimumHeight(fontMetrics().height() * 5);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RttChart::setSamples(const QList<qint64> &rttsUs, int capacity) {
    if (rttsUs == m_samples && capacity == m_capacity)
        return;
    m_samples = rttsUs;
    m_capacity = qMax(2, capacity);
    setAccessibleDescription(
        m_samples.isEmpty() ? tr("No PONGs yet")
                            : tr("%n samples, last %1", nullptr, int(m_samples.size()))
                                  .arg(DurationText::withUnit(m_samples.constLast(), QLocale())));
    update();
}

QSize RttChart::sizeHint() const {
    return {fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 8};
}

void RttChart::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    painter.fillRect(rect(), palette().color(QPalette::Base));

    const qint64 peak =
        m_samples.isEmpty() ? 0 : *std::max_element(m_samples.cbegin(), m_samples.cend());
    // A round scale: 1, 2, 5 times a power of ten, from 10 µs up.
    qint64 scale = 10;
    while (scale < peak) {
        if (scale * 2 >= peak) {
            scale *= 2;
            break;
        }
        if (scale * 5 >= peak) {
            scale *= 5;
            break;
        }
        scale *= 10;
    }
    const QString topLabel = tr("%1 ms").arg(QLocale().toString(
        DurationText::toMilliseconds(scale), 'f', QLocale::FloatingPointShortest));
    const int left = fm.horizontalAdvance(topLabel) + fm.averageCharWidth();
    const QRectF plot(left, fm.height() / 2.0, width() - left - fm.averageCharWidth(),
                      height() - fm.height() * 1.5);
    painter.setPen(grid);
    for (int i = 0; i <= 4; ++i) {
        const qreal y = plot.top() + plot.height() * i / 4;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    painter.setPen(text);
    painter.drawText(QRectF(0, plot.top() - fm.height() / 2.0, left - 2, fm.height()),
                     Qt::AlignRight | Qt::AlignVCenter, topLabel);
    painter.drawText(QRectF(0, plot.bottom() - fm.height() / 2.0, left - 2, fm.height()),
                     Qt::AlignRight | Qt::AlignVCenter, tr("0"));
    if (m_samples.isEmpty()) {
        painter.drawText(plot, Qt::AlignCenter, tr("No PONGs yet"));
        return;
    }
    const qreal step = plot.width() / (m_capacity - 1);
    const qreal x0 = plot.right() - step * (m_samples.size() - 1);
    QPainterPath path;
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        const QPointF p(x0 + step * i,
                        plot.bottom() - plot.height() * qreal(m_samples.at(i)) / qreal(scale));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    painter.setPen(QPen(StatusColors::good(), 2));
    painter.drawPath(path);
    painter.setBrush(StatusColors::good());
    painter.drawEllipse(path.currentPosition(), 3, 3);
}

} // namespace wscm
