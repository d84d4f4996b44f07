// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Command.h"

namespace wscm {

// wscm probe FILE [SECTION...] [--duration SECONDS] [--once] [--json]: runs the connections
// of the valid client sections without a GUI and reports what happens to them.
class ProbeCommand : public Command {
public:
    QString name() const override { return QStringLiteral("probe"); }
    QString summary() const override {
        return QStringLiteral("Connect the client sections as Asterisk would and watch them.");
    }
    QAbstractEventDispatcher *createEventDispatcher() const override;
    int run(const QStringList &arguments) override;
};

} // namespace wscm
