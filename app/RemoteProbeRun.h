// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "io/ConfigLocation.h"

#include <QStringList>

namespace wscm {

// `wscm probe ssh://host/path`: the probe runs on that host, with the host's network path,
// through RemoteProbe, and its events are printed here as local ones are, labelled with the
// host they are measured from.
class RemoteProbeRun {
public:
    struct Options {
        QStringList sections;
        bool json = false;
        bool liveTable = false;
        bool once = false;
        double seconds = -1;
        QString maxSizeMb; // --max-size as given, empty when not
        QString dial;      // --dial as given, empty when not
    };
    // The exit code: the remote probe's own, or 2 when it could not run there.
    static int run(const ConfigLocation &file, const Options &options);
};

} // namespace wscm
