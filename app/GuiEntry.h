// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QObject>
#include <QString>

class QCoreApplication;

namespace wscm {

// The desktop app as the wscm executable reaches it: the wscm-gui module (app/gui/)
// implements it, GuiModule loads it. Only the commands that open a window load the module,
// so the command line runs without Qt Gui, Qt Widgets, X11 or OpenGL in the process.
class GuiEntry {
public:
    // What `wscm gui` parsed from its command line.
    struct Launch {
        QString file;          // empty: no file
        bool connect = false;  // connect every valid section at start
        QString screenshotDir; // empty: no screenshots
        int screenshotDelayMs = 5000;
    };

    virtual ~GuiEntry() = default;
    // The QApplication for argc and argv; the caller owns it. argc must outlive it.
    virtual QCoreApplication *createApplication(int &argc, char **argv) = 0;
    // Opens the main window as `launch` says and runs the event loop; the exit code.
    virtual int run(const Launch &launch) = 0;
};

} // namespace wscm

// The version changes whenever the interface does, so that a stale module is refused.
#define WSCM_GUI_ENTRY_IID "io.github.wscm.GuiEntry/1"
Q_DECLARE_INTERFACE(wscm::GuiEntry, WSCM_GUI_ENTRY_IID)
