// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConfigDocument.h"
#include "io/ConfigLocation.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace wscm {

class ConfigSource;

// A config file together with every file it #includes (followed for reading only; #exec is
// never run). Index 0 is the main file. Files are read through a ConfigSource: a main file
// written ssh://host/path has its includes read on that host. As in Asterisk, a relative
// #include is taken from the config folder, here the main file's folder, in every file.
class ConfigSet {
public:
    struct File {
        QString path; // as shown to the user: the main file as given, includes resolved
        QByteArray bytes;
    };
    // Where an include directive leads, as Asterisk follows it.
    struct IncludeTarget {
        QList<int> files;     // the files read, in order (a glob may match several)
        QStringList skipped;  // matches that are not regular files: Asterisk skips them
        QStringList unread;   // files wscm could not read (too large, no permission): why
        QString error;        // when no file was read
        bool missing = false; // no file was read (an error only for #include)
    };

    // Whether load() makes the main file's ConfigDocument (its line table): a check that
    // only resolves the files reads their lines once, as it goes, and keeps none.
    enum class MainDocument { Parsed, NotNeeded };
    // Reads `path` (a file here or ssh://...) and its includes. Returns false, with a message,
    // when the main file cannot be read; unreadable includes are recorded as IncludeTargets.
    bool load(const QString &path, qint64 maxBytes, QString *error,
              MainDocument mainDocument = MainDocument::Parsed);
    // Takes an in-memory main document (the editor's); includes are read from its source.
    void setMainDocument(const ConfigDocument &document, const QString &path, qint64 maxBytes);

    // Where the files are read from; made for the main file's host when none fits.
    const std::shared_ptr<ConfigSource> &source() const { return m_source; }
    void setSource(std::shared_ptr<ConfigSource> source);

    int fileCount() const { return static_cast<int>(m_files.size()); }
    const File &file(int index) const { return m_files.at(index); }
    // Not after a load() with MainDocument::NotNeeded.
    const ConfigDocument &mainDocument() const {
        Q_ASSERT(m_hasMainDocument);
        return m_mainDocument;
    }
    IncludeTarget includeTarget(int fileIndex, qsizetype line) const;
    // Some #include reads a file (the main file itself included): then a section may go on
    // after the sections an included file began.
    bool readsIncludedFiles() const;
    // The file name of an #include argument: Asterisk strips "" or <> around it.
    static QString includeName(const QByteArray &argument);
    QStringList paths() const;

private:
    void useSourceFor(const ConfigLocation &location);
    // The main file's bytes, with its document when there is one; then its includes.
    void setMainFile(QString path, QByteArray bytes, qint64 maxBytes,
                     std::optional<ConfigDocument> document);
    void loadIncludes(int fileIndex, qint64 maxBytes);

    std::shared_ptr<ConfigSource> m_source;
    ConfigDocument m_mainDocument;
    bool m_hasMainDocument = false;
    QList<File> m_files;
    QList<ConfigLocation> m_locations; // of m_files, index for index
    QHash<QString, int> m_byCanonicalPath;
    QHash<QPair<int, qsizetype>, IncludeTarget> m_includes;
};

} // namespace wscm
