// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SuggestedPaths.h"

#include "Preferences.h"
#include "io/ConfigLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace wscm {

namespace {

const QString defaultName = QStringLiteral("websocket_client.conf");

// The open file, when it is one here that outlives the session.
bool isLastingLocalFile(const ConfigLocation &location) {
    return location.isValid() && !location.isRemote() &&
           !SuggestedPaths::isTemporary(location.path());
}

// Links resolved as far as the path exists (the temporary folder may be reached through one).
QString canonicalOrClean(const QString &path) {
    const QFileInfo info(path);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : folder + QLatin1Char('/') + info.fileName();
}

} // namespace

QString SuggestedPaths::exportPath(const ConfigLocation &openFile) {
    const QFileInfo name(openFile.isValid() ? openFile.fileName() : defaultName);
    const QString suffix = name.suffix();
    const QString exportName = name.completeBaseName() + QStringLiteral("-export") +
                               (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    const QString folder = isLastingLocalFile(openFile) ? QFileInfo(openFile.path()).absolutePath()
                                                        : documentsFolder();
    return QDir(folder).filePath(exportName);
}

QString SuggestedPaths::saveAsPath(const ConfigLocation &openFile) {
    if (isLastingLocalFile(openFile))
        return openFile.path();
    const QString name = openFile.isValid() ? openFile.fileName() : defaultName;
    const QString last = Preferences::lastFolder();
    const bool lastUsable = !last.isEmpty() && QFileInfo(last).isDir() && !isTemporary(last);
    return QDir(lastUsable ? last : documentsFolder()).filePath(name);
}

QString SuggestedPaths::documentsFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

bool SuggestedPaths::isTemporary(const QString &path) {
    const QString temp = canonicalOrClean(QDir::tempPath());
    // The root as temporary folder (TMPDIR=/) would make every file temporary.
    if (temp == QLatin1String("/"))
        return false;
    const QString file = canonicalOrClean(path);
    return file == temp || file.startsWith(temp + QLatin1Char('/'));
}

} // namespace wscm
