// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Command.h"

namespace wscm {

// `wscm demo [--no-gui] [--duration SECONDS] [--json] [--no-proxy]`: the app on a demo
// configuration whose servers run in this process (see DemoEnvironment), or, without a
// window, the demo connections reported as `wscm probe` reports them.
class DemoCommand : public Command {
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override {
        return QStringLiteral("Open the app on a demo config with its own local servers.");
    }
    bool needsGui(const QStringList &arguments) const override;
    int run(const QStringList &arguments) override;
};

} // namespace wscm
