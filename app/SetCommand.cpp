// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SetCommand.h"

#include "config/ConfigSet.h"
#include "config/NewSection.h"
#include "schema/OptionSchema.h"

namespace wscm {

namespace {

// The section exists only in an included file: that file is where it must be edited.
QString includedHome(const ConfigSet &set, const QByteArray &section) {
    for (int i = 1; i < set.fileCount(); ++i) {
        if (!ConfigDocument(set.file(i).bytes).sectionBlocks(section).isEmpty())
            return set.file(i).path;
    }
    return {};
}

} // namespace

bool SetCommand::edit(ConfigDocument &document, const ConfigSet &set, const QStringList &args,
                      QString *error) {
    const QByteArray section = args[0].toUtf8();
    const OptionSpec *spec = OptionSchema::find(args[1]);
    const QByteArray key = spec ? QByteArray(spec->name) : args[1].toUtf8();
    const QByteArray value = args[2].toUtf8();
    if (!document.sectionBlocks(section).isEmpty())
        return document.setValue(section, key, value, error);
    if (const QString home = includedHome(set, section); !home.isEmpty()) {
        *error = QStringLiteral("section [%1] is defined in %2; edit that file").arg(args[0], home);
        return false;
    }
    // A section that does not exist yet is a new client section.
    return NewSection{section, {}, false, {{key, value}}}.addTo(document, error);
}

QString SetCommand::doneMessage(const QStringList &args) const {
    return QStringLiteral("[%1] %2 set").arg(args[0], args[1]);
}

} // namespace wscm
