// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "UnsetCommand.h"

#include "config/ConfigDocument.h"

namespace wscm {

bool UnsetCommand::edit(ConfigDocument &document, const ConfigSet &, const QStringList &args,
                        QString *error) {
    return document.unsetValue(args[0].toUtf8(), args[1].toUtf8(), error);
}

QString UnsetCommand::doneMessage(const QStringList &args) const {
    return QStringLiteral("[%1] %2 removed").arg(args[0], args[1]);
}

} // namespace wscm
