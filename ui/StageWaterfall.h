// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "net/StageTimings.h"

#include <QWidget>

#include <array>
#include <utility>

namespace wscm {

// The stages of the last connection attempt (TCP, proxy, TLS, upgrade) as bars that start
// where the previous stage ended, so the slow step stands out.
class StageWaterfall : public QWidget {
    Q_OBJECT
public:
    explicit StageWaterfall(QWidget *parent = nullptr);
    void setTimings(const StageTimings &timings);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Each stage's name and duration in µs, in the order of an attempt.
    std::array<std::pair<QString, qint64>, 4> stages() const;

    StageTimings m_timings;
};

} // namespace wscm
