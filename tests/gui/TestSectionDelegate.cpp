// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConnectionMonitor.h"
#include "SectionDelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace wscm;
using Kind = SectionStatus::Kind;

// A client row shows the name before anything else: as the list narrows, the heartbeat strip
// shrinks, then goes, then the RTT, and only then is the name cut. And each state has a mark
// of its own shape, so that no state is told by color alone.
class TestSectionDelegate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theNameGoesLast();
    void everyStateHasItsOwnShape();
};

void TestSectionDelegate::theNameGoesLast() {
    const QFontMetrics fm(QApplication::font());
    const QString name = QStringLiteral("media-wrong-password");
    const int nameWidth = fm.horizontalAdvance(name);
    const int rttWidth = fm.horizontalAdvance(QStringLiteral("0.888 ms"));
    const int height = fm.height() * 5 / 2;

    int previousBeats = ConnectionMonitor::HeartbeatLength;
    bool sawFull = false, sawShrunk = false, sawRttOnly = false, sawNameCut = false;
    for (int width = fm.averageCharWidth() * 80; width > fm.averageCharWidth() * 4; --width) {
        const QRect rect(0, 0, width, height);
        const auto layout = SectionDelegate::clientRowLayout(fm, rect, name, rttWidth);
        const QString at = QStringLiteral("at %1 px").arg(width);
        QVERIFY2(rect.contains(layout.name) || layout.name.width() == 0, qPrintable(at));
        // Never fewer beats than readable, never more as the row narrows.
        QVERIFY2(layout.beats == 0 || layout.beats >= SectionDelegate::MinimumBeats,
                 qPrintable(at));
        QVERIFY2(layout.beats <= previousBeats, qPrintable(at));
        previousBeats = layout.beats;
        // The strip goes before the RTT, both before the name is cut.
        if (layout.rtt.isEmpty())
            QVERIFY2(layout.beats == 0, qPrintable(at));
        if (layout.name.width() < nameWidth)
            QVERIFY2(layout.rtt.isEmpty() && layout.beats == 0, qPrintable(at));
        // Side by side, never on top of each other, and inside the row.
        if (!layout.rtt.isEmpty())
            QVERIFY2(layout.name.right() < layout.rtt.left(), qPrintable(at));
        if (layout.beats > 0) {
            QVERIFY2(layout.rtt.right() < layout.strip.left(), qPrintable(at));
            QVERIFY2(layout.strip.right() < width, qPrintable(at));
            QCOMPARE(layout.strip.width(), layout.beats * (layout.beatWidth + 1));
        }
        // The status line sits under the name, as wide as the row allows.
        QVERIFY2(layout.status.top() >= layout.name.bottom(), qPrintable(at));
        QCOMPARE(layout.status.left(), layout.name.left());
        sawFull = sawFull || layout.beats == ConnectionMonitor::HeartbeatLength;
        sawShrunk =
            sawShrunk || (layout.beats > 0 && layout.beats < ConnectionMonitor::HeartbeatLength);
        sawRttOnly = sawRttOnly || (layout.beats == 0 && !layout.rtt.isEmpty());
        sawNameCut = sawNameCut || layout.name.width() < nameWidth;
    }
    QVERIFY(sawFull);
    QVERIFY(sawShrunk);
    QVERIFY(sawRttOnly);
    QVERIFY(sawNameCut);
}

void TestSectionDelegate::everyStateHasItsOwnShape() {
    // Each mark drawn alone; only its coverage (alpha) is compared, never its color.
    const auto shape = [](Kind kind) {
        QImage image(24, 24, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        SectionDelegate::drawMark(&painter, QRectF(2, 2, 20, 20), kind);
        painter.end();
        return image.convertToFormat(QImage::Format_Alpha8);
    };
    const QList<Kind> kinds = {Kind::NotConnected, Kind::Connected, Kind::Connecting,
                               Kind::Unstable,     Kind::GaveUp,    Kind::Invalid};
    for (Kind kind : kinds)
        QVERIFY(shape(kind) != QImage(24, 24, QImage::Format_Alpha8));
    for (qsizetype a = 0; a < kinds.size(); ++a) {
        for (qsizetype b = a + 1; b < kinds.size(); ++b)
            QVERIFY2(shape(kinds.at(a)) != shape(kinds.at(b)),
                     qPrintable(QStringLiteral("%1 and %2 look alike without color")
                                    .arg(SectionStatus::kindName(kinds.at(a)),
                                         SectionStatus::kindName(kinds.at(b)))));
    }
    // Connecting and retrying are both "trying": one ring, told apart by the words beside it.
    QCOMPARE(shape(Kind::Retrying), shape(Kind::Connecting));
}

QTEST_MAIN(TestSectionDelegate)
#include "TestSectionDelegate.moc"
