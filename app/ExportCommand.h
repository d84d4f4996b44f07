// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Command.h"

namespace wscm {

// wscm export FILE [--redact] [-o OUT]: the document as websocket_client.conf.
class ExportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override {
        return QStringLiteral("Write the file out again, optionally with secrets redacted.");
    }
    int run(const QStringList &arguments) override;
};

} // namespace wscm
