// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "EditCommand.h"

namespace wscm {

// wscm set FILE SECTION OPTION VALUE
class SetCommand : public EditCommand {
public:
    QString name() const override { return QStringLiteral("set"); }
    QString summary() const override {
        return QStringLiteral("Set an option in place, changing only its line.");
    }

protected:
    QStringList argumentNames() const override {
        return {QStringLiteral("SECTION"), QStringLiteral("OPTION"), QStringLiteral("VALUE")};
    }
    bool edit(ConfigDocument &document, const ConfigSet &set, const QStringList &args,
              QString *error) override;
    QString doneMessage(const QStringList &args) const override;
};

} // namespace wscm
