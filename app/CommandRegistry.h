// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace wscm {

// Every subcommand of the wscm binary, in the order `wscm --help` lists them.
class CommandRegistry {
public:
    CommandRegistry();
    ~CommandRegistry();
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }
    Command *find(const QString &name) const;
    // The command `name` was most likely meant to be (a letter or two off, or two swapped),
    // or empty when none is that close.
    QString closest(const QString &name) const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace wscm
