// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Command.h"

namespace wscm {

// wscm get FILE SECTION OPTION: the value Asterisk would use.
class GetCommand : public Command {
public:
    QString name() const override { return QStringLiteral("get"); }
    QString summary() const override {
        return QStringLiteral(
            "Print an option's effective value (templates and defaults applied).");
    }
    int run(const QStringList &arguments) override;
};

} // namespace wscm
