// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "EditCommand.h"

namespace wscm {

// wscm unset FILE SECTION OPTION: removes the section's own assignments of OPTION.
class UnsetCommand : public EditCommand {
public:
    QString name() const override { return QStringLiteral("unset"); }
    QString summary() const override {
        return QStringLiteral(
            "Remove an option from a section (its default or template value applies).");
    }

protected:
    QStringList argumentNames() const override {
        return {QStringLiteral("SECTION"), QStringLiteral("OPTION")};
    }
    bool edit(ConfigDocument &document, const ConfigSet &set, const QStringList &args,
              QString *error) override;
    QString doneMessage(const QStringList &args) const override;
};

} // namespace wscm
