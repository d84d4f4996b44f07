// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "GuiEntry.h"

#include <QObject>

namespace wscm {

// The wscm-gui module's one entry: QApplication and the main window, which only this module
// links (through wscm_ui), never the wscm executable.
class GuiPlugin : public QObject, public GuiEntry {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID WSCM_GUI_ENTRY_IID)
    Q_INTERFACES(wscm::GuiEntry)

public:
    QCoreApplication *createApplication(int &argc, char **argv) override;
    int run(const Launch &launch) override;
};

} // namespace wscm
