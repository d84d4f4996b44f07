// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>

namespace wscm {

class ConfigLocation;

// Where the file dialogs propose to write: beside the open file, unless that file will not
// outlive the session (the demo's, or anything else in the temporary folder, which is removed
// at exit or at the next boot) or is not on this computer; then in the user's documents.
class SuggestedPaths {
public:
    // "<name>-export.conf" beside the open file, or in the documents for an unnamed, remote
    // or temporary one.
    static QString exportPath(const ConfigLocation &openFile);
    // The open file itself; for an unnamed, remote or temporary one its name in the folder
    // of the last file opened here (unless that is temporary too), else in the documents.
    static QString saveAsPath(const ConfigLocation &openFile);
    // The user's documents folder, or the home folder when there is none.
    static QString documentsFolder();
    // Whether `path` lies in the system's temporary folder (QDir::tempPath(), where the demo
    // makes its folder).
    static bool isTemporary(const QString &path);
};

} // namespace wscm
