// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QLabel>

namespace wscm {

// One line under the Connections list that says what the colors of the rows' heartbeat
// strips mean, in the colors SectionDelegate draws them with.
class HeartbeatLegend : public QLabel {
    Q_OBJECT
public:
    explicit HeartbeatLegend(QWidget *parent = nullptr);
};

} // namespace wscm
