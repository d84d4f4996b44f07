// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QList>
#include <QWidget>

namespace wscm {

// Round-trip times of the last PONGs as a line over a light grid, newest on the right; the
// scale follows the samples down to microseconds, as a LAN's round trips are.
class RttChart : public QWidget {
    Q_OBJECT
public:
    explicit RttChart(QWidget *parent = nullptr);
    void setSamples(const QList<qint64> &rttsUs, int capacity);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<qint64> m_samples; // µs
    int m_capacity = 60;
};

} // namespace wscm
