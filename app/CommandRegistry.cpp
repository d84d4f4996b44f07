// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "CommandRegistry.h"

#include "ApplyCommand.h"
#include "CheckCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "GetCommand.h"
#include "GuiCommand.h"
#include "ProbeCommand.h"
#include "SetCommand.h"
#include "UnsetCommand.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace wscm {

namespace {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbours each cost one ("chek", "cehck" and "chck" are all one from "check").
qsizetype editDistance(const QString &a, const QString &b) {
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<qsizetype>> d(size_t(n + 1), std::vector<qsizetype>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = i;
    std::iota(d[0].begin(), d[0].end(), 0);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            qsizetype best =
                std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                          d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = best;
        }
    }
    return d[size_t(n)][size_t(m)];
}

} // namespace

CommandRegistry::CommandRegistry() {
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<GetCommand>());
    m_commands.push_back(std::make_unique<SetCommand>());
    m_commands.push_back(std::make_unique<UnsetCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ApplyCommand>());
    m_commands.push_back(std::make_unique<ProbeCommand>());
    m_commands.push_back(std::make_unique<GuiCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
}
CommandRegistry::~CommandRegistry() = default;

Command *CommandRegistry::find(const QString &name) const {
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandRegistry::closest(const QString &name) const {
    const QString typed = name.toLower();
    QString best;
    // Two edits at most, and fewer than half the word: "xy" is not a typo of "get".
    qsizetype bestDistance = std::min<qsizetype>(3, (typed.size() + 1) / 2);
    for (const auto &command : m_commands) {
        const qsizetype distance = editDistance(typed, command->name());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = command->name();
        }
    }
    return best;
}

} // namespace wscm
