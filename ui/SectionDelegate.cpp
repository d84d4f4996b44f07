// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SectionDelegate.h"

#include "ConnectionMonitor.h"
#include "SectionListModel.h"
#include "StatusColors.h"
#include "net/DurationText.h"
#include "net/SectionStatus.h"

#include <QApplication>
#include <QPainter>

namespace wscm {

// The status mark: one shape per kind, so that no state is told by its color alone.
//   connected            ●  filled circle
//   connecting/retrying  ○  ring: trying (the line under the name says which)
//   unstable             ▲  filled triangle, the warning sign: up now and then, down again
//   gave up              ✕  cross: no more tries
//   invalid              ■  filled square: not a connection state, Asterisk would not load it
//   not connected        –  dash: nothing running
void SectionDelegate::drawMark(QPainter *painter, const QRectF &r, SectionStatus::Kind kind) {
    using Kind = SectionStatus::Kind;
    const QColor color = StatusColors::forKind(int(kind));
    const qreal stroke = qMax<qreal>(1.5, r.width() / 5);
    const QPen line(color, stroke, Qt::SolidLine, Qt::RoundCap);
    switch (kind) {
    case Kind::Connected:
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(r);
        break;
    case Kind::Connecting:
    case Kind::Retrying: {
        painter->setPen(line);
        painter->setBrush(Qt::NoBrush);
        const qreal inset = stroke / 2;
        painter->drawEllipse(r.adjusted(inset, inset, -inset, -inset));
        break;
    }
    case Kind::Unstable: {
        const QPointF corners[3] = {{r.center().x(), r.top()}, r.bottomRight(), r.bottomLeft()};
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(corners, 3);
        break;
    }
    case Kind::GaveUp:
        painter->setPen(line);
        painter->drawLine(r.topLeft(), r.bottomRight());
        painter->drawLine(r.topRight(), r.bottomLeft());
        break;
    case Kind::Invalid:
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRect(r);
        break;
    case Kind::NotConnected:
        painter->setPen(line);
        painter->drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        break;
    }
}

QString SectionDelegate::markGlyph(SectionStatus::Kind kind) {
    using Kind = SectionStatus::Kind;
    switch (kind) {
    case Kind::Connected:
        return QStringLiteral("●");
    case Kind::Connecting:
    case Kind::Retrying:
        return QStringLiteral("○");
    case Kind::Unstable:
        return QStringLiteral("▲");
    case Kind::GaveUp:
        return QStringLiteral("✕");
    case Kind::Invalid:
        return QStringLiteral("■");
    case Kind::NotConnected:
        break;
    }
    return QStringLiteral("–");
}

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
    const QRect area = opt.rect.adjusted(pad, 0, -pad, 0);
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
    const auto status = SectionStatus::Kind(index.data(SectionListModel::StatusKindRole).toInt());
    // As wide as the widest usual value ("0.888 ms"), so the values stay in line.
    const qint64 rtt = index.data(SectionListModel::LastRttRole).toLongLong();
    const QString rttText =
        rtt >= 0 ? DurationText::withUnit(rtt, opt.locale) : QStringLiteral("–");
    const int rttWidth = qMax(fm.horizontalAdvance(DurationText::withUnit(888, opt.locale)),
                              fm.horizontalAdvance(rttText));
    const RowLayout layout = clientRowLayout(fm, opt.rect, name, rttWidth);
    drawMark(painter, layout.mark, status);

    if (layout.beats > 0) {
        const QList<int> beats = index.data(SectionListModel::HeartbeatRole).value<QList<int>>();
        // Slot i of HeartbeatLength, oldest first; the newest layout.beats are drawn.
        const qsizetype empty = ConnectionMonitor::HeartbeatLength - beats.size();
        const int firstSlot = ConnectionMonitor::HeartbeatLength - layout.beats;
        const QRect &strip = layout.strip;
        for (int i = firstSlot; i < ConnectionMonitor::HeartbeatLength; ++i) {
            QColor color = StatusColors::none();
            color.setAlpha(90);
            if (i >= empty) {
                color = beats.at(i - empty) == int(ConnectionMonitor::Beat::Answered)
                            ? StatusColors::good()
                            : StatusColors::bad();
            }
            painter->fillRect(QRect(strip.left() + (i - firstSlot) * (layout.beatWidth + 1),
                                    strip.top(), layout.beatWidth, strip.height()),
                              color);
        }
    }
    painter->setPen(text);
    if (!layout.rtt.isEmpty())
        painter->drawText(layout.rtt, Qt::AlignVCenter | Qt::AlignRight, rttText);
    QFont font = opt.font;
    font.setStrikeOut(!valid);
    painter->setFont(font);
    painter->drawText(layout.name, Qt::AlignVCenter,
                      fm.elidedText(name, Qt::ElideRight, layout.name.width()));
    painter->setFont(opt.font);

    // What it is doing and why, under the name, a little quieter than the name.
    QColor quiet = text;
    if (!selected) {
        const QColor base = opt.palette.color(QPalette::Base);
        quiet.setRgbF(text.redF() * 0.75f + base.redF() * 0.25f,
                      text.greenF() * 0.75f + base.greenF() * 0.25f,
                      text.blueF() * 0.75f + base.blueF() * 0.25f);
    }
    painter->setPen(quiet);
    painter->drawText(layout.status, Qt::AlignVCenter,
                      fm.elidedText(index.data(SectionListModel::StatusTextRole).toString(),
                                    Qt::ElideRight, layout.status.width()));
    painter->restore();
}

SectionDelegate::RowLayout SectionDelegate::clientRowLayout(const QFontMetrics &fm,
                                                            const QRect &rect, const QString &name,
                                                            int rttWidth) {
    RowLayout layout;
    const int pad = fm.averageCharWidth();
    const QRect area = rect.adjusted(pad, 0, -pad, 0);
    const int lineHeight = fm.height();
    const int top = rect.top() + (rect.height() - 2 * lineHeight) / 2;
    const QRect line1(area.left(), top, area.width(), lineHeight);
    const qreal markSize = lineHeight * 0.6;
    layout.mark = QRectF(line1.left(), line1.center().y() + 0.5 - markSize / 2, markSize, markSize);
    const int x0 = int(layout.mark.right()) + pad;
    layout.status = QRect(x0, top + lineHeight, qMax(0, line1.right() - x0), lineHeight);

    // The name first; what is left of the first line goes to the RTT, then to the strip (its
    // newest beats), and neither is drawn where it would be too small to read.
    layout.beatWidth = qMax(2, fm.averageCharWidth() / 2);
    const int beatStep = layout.beatWidth + 1;
    const int spare = line1.right() - x0 - fm.horizontalAdvance(name) - pad;
    if (spare >= rttWidth + pad + MinimumBeats * beatStep)
        layout.beats =
            qMin(ConnectionMonitor::HeartbeatLength, (spare - rttWidth - pad) / beatStep);
    int right = line1.right();
    if (layout.beats > 0) {
        const int stripWidth = layout.beats * beatStep;
        layout.strip = QRect(line1.right() - stripWidth, line1.top() + lineHeight / 6, stripWidth,
                             2 * lineHeight / 3);
        right = layout.strip.left() - pad;
    }
    if (spare >= rttWidth) {
        layout.rtt = QRect(right - rttWidth, line1.top(), rttWidth, lineHeight);
        right = layout.rtt.left() - pad;
    }
    layout.name = QRect(x0, line1.top(), qMax(0, right - x0), lineHeight);
    return layout;
}

QSize SectionDelegate::sizeHint(const QStyleOptionViewItem &option,
                                const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    const bool client = index.data(SectionListModel::KindTextRole).toString().isEmpty();
    // A client row has its status under the name.
    size.setHeight(qMax(size.height(), client ? fm.height() * 5 / 2 : fm.height() * 3 / 2));
    size.setWidth(fm.averageCharWidth() * 30);
    return size;
}

} // namespace wscm
