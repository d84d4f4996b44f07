// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Command.h"

namespace wscm {

// `wscm gui [FILE]`: the desktop app, also what plain `wscm` opens. The arguments are parsed
// here; the window is the wscm-gui module's (GuiEntry).
class GuiCommand : public Command {
public:
    QString name() const override { return QStringLiteral("gui"); }
    QString summary() const override {
        return QStringLiteral("Open the desktop editor and monitor (the default)");
    }
    bool needsGui(const QStringList &) const override { return true; }
    int run(const QStringList &arguments) override;
};

} // namespace wscm
