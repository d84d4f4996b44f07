// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SectionDelegate.h"

#include "ConnectionMonitor.h"
#include "SectionListModel.h"
#include "StatusColors.h"
#include "net/DurationText.h"

#include <QApplication>
#include <QPainter>

namespace wscm {

void SectionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(opt.font);
    const int pad = fm.averageCharWidth();
    QRect area = opt.rect.adjusted(pad, 0, -pad, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QString kind = index.data(SectionListModel::KindTextRole).toString();

    if (!kind.isEmpty()) {
        // Templates and foreign sections: dimmed, with what they are.
        if (!selected)
            text = opt.palette.color(QPalette::Disabled, QPalette::Text);
        painter->setPen(text);
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        const QString label = QStringLiteral("(%1)").arg(kind);
        const int kindWidth = QFontMetrics(italic).horizontalAdvance(label);
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignRight, label);
        painter->setFont(opt.font);
        painter->drawText(area.adjusted(0, 0, -kindWidth - pad, 0), Qt::AlignVCenter,
                          fm.elidedText(name, Qt::ElideRight, area.width() - kindWidth - pad));
        painter->restore();
        return;
    }

    const bool valid = index.data(SectionListModel::ValidRole).toBool();
    const int state = index.data(SectionListModel::StateRole).toInt();
    const int dot = fm.height() / 2;
    const QRect dotRect(area.left(), area.center().y() - dot / 2, dot, dot);
    painter->setPen(Qt::NoPen);
    painter->setBrush(valid ? StatusColors::forState(state) : StatusColors::bad());
    if (valid)
        painter->drawEllipse(dotRect);
    else
        painter->drawRect(dotRect); // a square: invalid is not a connection state
    area.setLeft(dotRect.right() + pad);

    // Right to left: heartbeat strip, RTT, then the name gets what is left.
    const int beatWidth = qMax(2, fm.averageCharWidth() / 2);
    const int stripWidth = ConnectionMonitor::HeartbeatLength * (beatWidth + 1);
    const QRect strip(area.right() - stripWidth, area.center().y() - fm.height() / 3, stripWidth,
                      2 * fm.height() / 3);
    const QList<int> beats = index.data(SectionListModel::HeartbeatRole).value<QList<int>>();
    const qsizetype empty = ConnectionMonitor::HeartbeatLength - beats.size();
    for (int i = 0; i < ConnectionMonitor::HeartbeatLength; ++i) {
        QColor color = StatusColors::none();
        color.setAlpha(90);
        if (i >= empty) {
            color = beats.at(i - empty) == int(ConnectionMonitor::Beat::Answered)
                        ? StatusColors::good()
                        : StatusColors::bad();
        }
        painter->fillRect(
            QRect(strip.left() + i * (beatWidth + 1), strip.top(), beatWidth, strip.height()),
            color);
    }
    const qint64 rtt = index.data(SectionListModel::LastRttRole).toLongLong();
    const QString rttText =
        rtt >= 0 ? DurationText::withUnit(rtt, opt.locale) : QStringLiteral("–");
    // As wide as the widest usual value ("0.888 ms"), so the names stay in line.
    const int rttWidth = qMax(fm.horizontalAdvance(DurationText::withUnit(888, opt.locale)),
                              fm.horizontalAdvance(rttText));
    const QRect rttRect(strip.left() - pad - rttWidth, area.top(), rttWidth, area.height());
    painter->setPen(text);
    painter->drawText(rttRect, Qt::AlignVCenter | Qt::AlignRight, rttText);
    const int nameWidth = rttRect.left() - pad - area.left();
    QFont font = opt.font;
    font.setStrikeOut(!valid);
    painter->setFont(font);
    painter->drawText(QRect(area.left(), area.top(), nameWidth, area.height()), Qt::AlignVCenter,
                      fm.elidedText(name, Qt::ElideRight, nameWidth));
    painter->restore();
}

QSize SectionDelegate::sizeHint(const QStyleOptionViewItem &option,
                                const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setHeight(qMax(size.height(), fm.height() * 3 / 2));
    size.setWidth(fm.averageCharWidth() * 30);
    return size;
}

} // namespace wscm
