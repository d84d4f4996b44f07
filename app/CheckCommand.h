// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Command.h"

namespace wscm {

// wscm check FILE... [--json]: Asterisk's verdict on each file, line by line.
class CheckCommand : public Command {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override {
        return QStringLiteral("Check files as Asterisk would load them.");
    }
    int run(const QStringList &arguments) override;
};

} // namespace wscm
