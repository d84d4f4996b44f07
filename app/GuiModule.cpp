// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "GuiModule.h"

#include "GuiEntry.h"

#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace wscm {

QString GuiModule::path() {
    // The module is loaded before the application object exists (it makes it), so
    // QCoreApplication::applicationDirPath() cannot answer yet; on Linux Qt reads the same link.
    const QString executableDir =
        QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
    const QString name = QStringLiteral(WSCM_GUI_MODULE_FILE);
    const QString beside = executableDir + QLatin1Char('/') + name;
    if (QFileInfo::exists(beside))
        return beside;
    return QDir::cleanPath(executableDir + QLatin1Char('/') +
                           QStringLiteral(WSCM_GUI_MODULE_RELATIVE_DIR) + QLatin1Char('/') + name);
}

GuiEntry *GuiModule::load(QString *error) {
    // A second loader of the same file returns the instance the first one made.
    QPluginLoader loader(path());
    auto *entry = qobject_cast<GuiEntry *>(loader.instance());
    if (!entry) {
        *error = QStringLiteral("wscm: the desktop app cannot start: its module %1 cannot be "
                                "loaded (%2); the command line works without it, see 'wscm "
                                "--help'")
                     .arg(loader.fileName().isEmpty() ? path() : loader.fileName(),
                          loader.errorString());
    }
    return entry;
}

} // namespace wscm
