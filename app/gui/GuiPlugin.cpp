// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "GuiPlugin.h"

#include "AppLanguage.h"
#include "Command.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ScreenshotRunner.h"

#include <QApplication>

namespace wscm {

QCoreApplication *GuiPlugin::createApplication(int &argc, char **argv) {
    return new QApplication(argc, argv);
}

int GuiPlugin::run(const Launch &launch) {
    // Here, not in createApplication: the settings that may name a language are known only
    // once the executable has named the application.
    AppLanguage::install(Preferences::language());
    MainWindow window;
    window.show();
    if (!launch.file.isEmpty())
        window.openFile(launch.file);
    const bool screenshots = !launch.screenshotDir.isEmpty();
    if (launch.connect || screenshots)
        window.connectAll();
    if (screenshots) {
        auto *runner =
            new ScreenshotRunner(&window, launch.screenshotDir, launch.screenshotDelayMs, &window);
        QObject::connect(runner, &ScreenshotRunner::finished, qApp,
                         [](bool ok) { QApplication::exit(ok ? ExitOk : ExitInvalid); });
        runner->start();
    }
    return QApplication::exec();
}

} // namespace wscm
