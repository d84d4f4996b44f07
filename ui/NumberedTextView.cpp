// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "NumberedTextView.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

namespace wscm {

namespace {
// The margin forwards its painting to the view, which knows where each block is.
class NumberMargin : public QWidget {
public:
    NumberMargin(QWidget *parent, std::function<void(QPaintEvent *)> paint)
        : QWidget(parent)
        , m_paint(std::move(paint)) {}

protected:
    void paintEvent(QPaintEvent *event) override { m_paint(event); }

private:
    std::function<void(QPaintEvent *)> m_paint;
};
} // namespace

NumberedTextView::NumberedTextView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_numbers(new NumberMargin(this, [this](QPaintEvent *e) { paintNumbers(e); })) {
    setReadOnly(true);
    // Keyboard users move the cursor through a read-only text too.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(numberWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_numbers->scroll(0, dy);
        else
            m_numbers->update(0, rect.y(), m_numbers->width(), rect.height());
    });
    setViewportMargins(numberWidth(), 0, 0, 0);
}

int NumberedTextView::numberWidth() const {
    const int digits = QString::number(qMax(1, blockCount())).size();
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 2);
}

void NumberedTextView::resizeEvent(QResizeEvent *event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_numbers->setGeometry(area.left(), area.top(), numberWidth(), area.height());
}

void NumberedTextView::paintNumbers(QPaintEvent *event) {
    QPainter painter(m_numbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int padding = fontMetrics().horizontalAdvance(QLatin1Char('9'));
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            QFont font = painter.font();
            font.setBold(block.blockNumber() == current);
            painter.setFont(font);
            painter.drawText(QRectF(0, top, m_numbers->width() - padding, height),
                             Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(block.blockNumber() + 1));
        }
        top += height;
        block = block.next();
    }
}

void NumberedTextView::showLine(int line) {
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    m_numbers->update();
}

} // namespace wscm
