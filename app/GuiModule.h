// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>

namespace wscm {

class GuiEntry;

// Finds and loads the wscm-gui module: next to the executable (the build tree), otherwise at
// its installed place relative to the executable (configured at build time), so that an
// installed tree moved to another prefix still finds it.
class GuiModule {
public:
    // The module's entry, loaded once per process; nullptr with *error naming the file and
    // why it could not be loaded.
    static GuiEntry *load(QString *error);
    // The file load() uses.
    static QString path();
};

} // namespace wscm
