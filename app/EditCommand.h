// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Command.h"

class QCommandLineParser;

namespace wscm {

class ConfigDocument;
class ConfigSet;

// The shared path of every command that changes a file: read, edit the document, check
// the result as Asterisk would, refuse a change that breaks it (unless --force), and write
// atomically. Nothing is written after an error.
class EditCommand : public Command {
public:
    int run(const QStringList &arguments) final;

protected:
    // Positional arguments after FILE, for --help and the count check.
    virtual QStringList argumentNames() const = 0;
    // Makes the edit on `document`. Returns false with *error when it cannot be made.
    virtual bool edit(ConfigDocument &document, const ConfigSet &set, const QStringList &args,
                      QString *error) = 0;
    // What to say when the file changed.
    virtual QString doneMessage(const QStringList &args) const = 0;
};

} // namespace wscm
