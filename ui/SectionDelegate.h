// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "net/SectionStatus.h"

#include <QFontMetrics>
#include <QRect>
#include <QStyledItemDelegate>

namespace wscm {

// Draws one row of a section list. A client row has two lines: a status mark, the name, the
// last RTT and the heartbeat strip of the last PINGs (green answered, red missed, grey not
// yet sent) on the first, what the section is doing and why under the name on the second.
// The name comes first: the strip shrinks, then goes, then the RTT, before the name is cut.
// Other sections take one dimmed line.
class SectionDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A strip narrower than this many beats tells nothing; it goes instead.
    static constexpr int MinimumBeats = 8;

    // Where the parts of a client row go: the name first, then the RTT, then as many of the
    // newest beats as fit (none rather than fewer than MinimumBeats); the status under the name.
    struct RowLayout {
        QRectF mark;
        QRect name;  // narrower than the name's text only when the RTT and strip are gone
        QRect rtt;   // empty when it does not fit
        QRect strip; // empty when it does not fit
        int beats = 0;
        int beatWidth = 0;
        QRect status;
    };
    // The status mark of a kind, in `r`: its own shape and color (see the .cpp).
    static void drawMark(QPainter *painter, const QRectF &r, SectionStatus::Kind kind);
    // The same mark as a character, for text that names a state (the Health tab).
    static QString markGlyph(SectionStatus::Kind kind);
    static RowLayout clientRowLayout(const QFontMetrics &fm, const QRect &rect, const QString &name,
                                     int rttWidth);
};

} // namespace wscm
