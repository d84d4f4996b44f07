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

int StageWaterfall::failedRow(const ConnectionHealth &health) {
    using State = ConnectionHealth::State;
    using Stage = ConnectionHealth::Stage;
    // While an attempt runs its stages are still to come; once one succeeded, an older
    // failure is history.
    if (health.state == State::Connecting || health.state == State::Connected ||
        health.lastTimings.upgradeUs >= 0)
        return -1;
    int row = -1;
    qint64 us = -1;
    switch (health.lastFailureStage) {
    case Stage::Resolve: // the name is looked up as the TCP connection starts
    case Stage::Tcp:
        row = 0;
        us = health.lastTimings.tcpUs;
        break;
    case Stage::Proxy:
        row = 1;
        us = health.lastTimings.proxyUs;
        break;
    case Stage::Tls:
        row = 2;
        us = health.lastTimings.tlsUs;
        break;
    case Stage::Upgrade:
        row = 3;
        us = health.lastTimings.upgradeUs;
        break;
    default: // a connection that was up and went down: its attempt did not fail
        return -1;
    }
    // A stage that finished in the attempt shown is not the one that failed in it.
    return us < 0 ? row : -1;
}

void StageWaterfall::showAttempt(const ConnectionHealth &health) {
    const int failed = failedRow(health);
    QString failure;
    if (failed >= 0) {
        failure = health.lastFailureStage == ConnectionHealth::Stage::Resolve
                      ? tr("resolving the host: %1").arg(health.lastFailureDetail)
                      : health.lastFailureDetail;
    }
    if (health.lastTimings == m_timings && failed == m_failedRow && failure == m_failure)
        return;
    m_timings = health.lastTimings;
    m_failedRow = failed;
    m_failure = failure;
    const auto rows = stages();
    const QString names[] = {tr("TCP %1"), tr("proxy %1"), tr("TLS %1"), tr("upgrade %1")};
    QStringList parts;
    for (int i = 0; i < 4; ++i)
        parts << names[i].arg(i == m_failedRow ? tr("failed: %1").arg(m_failure)
                                               : durationText(rows[size_t(i)].second));
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    setToolTip(m_failedRow >= 0
                   ? tr("%1 failed: %2").arg(rows[size_t(m_failedRow)].first, m_failure)
                   : QString());
    update();
}

QString StageWaterfall::failedStage() const {
    static const char *const names[] = {"tcp", "proxy", "tls", "upgrade"};
    return m_failedRow >= 0 ? QString::fromLatin1(names[m_failedRow]) : QString();
}

QString StageWaterfall::valueText(int row, qint64 us) const {
    return row == m_failedRow ? tr("failed") : durationText(us);
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
    for (int i = 0; i < int(rows.size()); ++i) {
        const auto &[label, us] = rows[size_t(i)];
        total += qMax<qint64>(0, us);
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(label));
        valueWidth = qMax(valueWidth, fm.horizontalAdvance(valueText(i, us)));
    }
    labelWidth += fm.averageCharWidth() * 2;
    valueWidth += fm.averageCharWidth();
    // A failed attempt's stages take part of the width: the failure's cross goes where they
    // ended, and its cause needs the rest.
    const int freeWidth = qMax(10, width() - labelWidth - valueWidth);
    const int barArea = m_failedRow >= 0 ? qMax(10, freeWidth * 2 / 5) : freeWidth;
    const int rowHeight = fm.height() * 5 / 4;
    const QColor bad = StatusColors::bad();
    qint64 start = 0;
    int y = 0;
    for (int i = 0; i < int(rows.size()); ++i) {
        const auto &[label, us] = rows[size_t(i)];
        const bool failed = i == m_failedRow;
        painter.setPen(failed ? bad : palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, labelWidth, rowHeight), Qt::AlignVCenter, label);
        const QRect valueRect(width() - valueWidth, y, valueWidth, rowHeight);
        if (us < 0 && !failed)
            painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(valueRect, Qt::AlignVCenter | Qt::AlignRight, valueText(i, us));
        const int x = labelWidth + int(total > 0 ? start * barArea / total : 0);
        if (failed) {
            // A cross where the stage began, then why: the mark is a shape and words, not
            // only a colour.
            const int side = rowHeight * 3 / 5;
            const QRect box(x, y + rowHeight / 5, side, side);
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(bad, qMax(1.5, side / 6.0)));
            painter.drawRect(box.adjusted(1, 1, -1, -1));
            painter.drawLine(box.topLeft() + QPoint(3, 3), box.bottomRight() - QPoint(3, 3));
            painter.drawLine(box.topRight() + QPoint(-3, 3), box.bottomLeft() + QPoint(3, -3));
            painter.restore();
            const int textX = x + side + fm.averageCharWidth();
            const int textWidth = width() - valueWidth - textX;
            if (textWidth > fm.averageCharWidth() * 3) {
                painter.setPen(bad);
                painter.drawText(QRect(textX, y, textWidth, rowHeight), Qt::AlignVCenter,
                                 fm.elidedText(m_failure, Qt::ElideRight, textWidth));
            }
        } else if (us >= 0) {
            const int w = qMax(2, int(total > 0 ? us * barArea / total : 0));
            painter.fillRect(QRect(x, y + rowHeight / 5, w, rowHeight * 3 / 5),
                             StatusColors::good());
            start += us;
        }
        y += rowHeight;
    }
}

} // namespace wscm
