#pragma once

#include "net/StageTimings.h"

#include <QWidget>

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
    StageTimings m_timings;
};

} // namespace wscm
