// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "net/ConnectionHealth.h"
#include "net/StageTimings.h"

#include <QWidget>

#include <array>
#include <utility>

namespace wscm {

// The stages of the last connection attempt (TCP, proxy, TLS, upgrade) as bars that start
// where the previous stage ended, so the slow step stands out. When the attempt failed, the
// stage it failed in is marked with a cross, the word "failed" and the cause.
class StageWaterfall : public QWidget {
    Q_OBJECT
public:
    explicit StageWaterfall(QWidget *parent = nullptr);
    // The last attempt of `health`: its timings and, when it failed, where and why.
    void showAttempt(const ConnectionHealth &health);
    // The name of the stage the last attempt failed in ("upgrade"); empty when it did not.
    QString failedStage() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Each stage's name and duration in µs, in the order of an attempt.
    std::array<std::pair<QString, qint64>, 4> stages() const;
    // The row of the stage the last attempt failed in, or -1.
    static int failedRow(const ConnectionHealth &health);
    QString valueText(int row, qint64 us) const;

    StageTimings m_timings;
    int m_failedRow = -1;
    QString m_failure; // why, as the engine said it (never a secret)
};

} // namespace wscm
