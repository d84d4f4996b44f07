// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSet.h"

#include "ConfigLineReader.h"
#include "io/ConfigSource.h"

#include <algorithm>

namespace wscm {

namespace {

bool isIncludeDirective(const QByteArray &name) {
    return name.compare("include", Qt::CaseInsensitive) == 0 ||
           name.compare("tryinclude", Qt::CaseInsensitive) == 0;
}

} // namespace

void ConfigSet::setSource(std::shared_ptr<ConfigSource> source) {
    m_source = std::move(source);
}

void ConfigSet::useSourceFor(const ConfigLocation &location) {
    m_source = ConfigSource::forLocation(m_source, location);
}

bool ConfigSet::load(const QString &path, qint64 maxBytes, QString *error,
                     MainDocument mainDocument) {
    QString message;
    const ConfigLocation location = ConfigLocation::parse(path, &message);
    if (!location.isValid()) {
        if (error)
            *error = message;
        return false;
    }
    useSourceFor(location);
    const FileReader::Result read = m_source->read(location, maxBytes);
    if (!read.ok) {
        if (error)
            *error = read.error;
        return false;
    }
    const QString shown = location.isRemote() ? location.toString() : path;
    if (mainDocument == MainDocument::Parsed)
        setMainDocument(ConfigDocument(read.bytes, shown), shown, maxBytes);
    else
        setMainFile(shown, read.bytes, maxBytes, std::nullopt);
    return true;
}

void ConfigSet::setMainDocument(const ConfigDocument &document, const QString &path,
                                qint64 maxBytes) {
    setMainFile(path, document.bytes(), maxBytes, document);
}

// By value: the caller's text may be this set's own (its main document's), replaced here.
void ConfigSet::setMainFile(QString path, QByteArray bytes, qint64 maxBytes,
                            std::optional<ConfigDocument> document) {
    m_hasMainDocument = document.has_value();
    m_mainDocument = document ? std::move(*document) : ConfigDocument();
    m_files.clear();
    m_files.append({path, bytes});
    m_locations.clear();
    m_byCanonicalPath.clear();
    m_includes.clear();
    // An unnamed document (a new file) includes relative to the working folder.
    const ConfigLocation location =
        path.isEmpty() ? ConfigLocation::local(QStringLiteral("websocket_client.conf"))
                       : ConfigLocation::parse(path);
    m_locations.append(location);
    if (!location.isValid())
        return;
    useSourceFor(location);
    if (!path.isEmpty())
        m_byCanonicalPath.insert(m_source->canonicalPath(location), 0);
    loadIncludes(0, maxBytes);
}

void ConfigSet::loadIncludes(int fileIndex, qint64 maxBytes) {
    // Shared, not copied: m_files grows below, which may move the Files.
    const QByteArray bytes = m_files.at(fileIndex).bytes;
    const ConfigLocation base = m_locations.at(0);
    // Directives are rare: a file without a '#' has none, and is not read line by line here.
    ConfigLineReader reader(bytes.contains('#') ? QByteArrayView(bytes) : QByteArrayView());
    ConfigLine line;
    while (reader.next(&line)) {
        const qsizetype i = reader.count() - 1;
        if (line.kind != ConfigLine::Kind::Directive ||
            !isIncludeDirective(ConfigParser::name(bytes, line)))
            continue;
        const QByteArray value = ConfigParser::value(bytes, line);
        if (value.isEmpty())
            continue;
        const QString argument = includeName(value);
        IncludeTarget target;
        // Asterisk globs every name (GLOB_NOMAGIC: a plain name stands for itself).
        for (const ConfigLocation &match : m_source->glob(base.resolved(argument))) {
            const QString canonical = m_source->canonicalPath(match);
            if (const auto known = m_byCanonicalPath.constFind(canonical);
                known != m_byCanonicalPath.cend()) {
                target.files.append(*known);
                continue;
            }
            const FileReader::Result read = m_source->read(match, maxBytes);
            if (!read.ok) {
                if (read.notAFile)
                    target.skipped.append(match.toString());
                else if (!read.missing)
                    target.unread.append(read.error);
                continue;
            }
            // A remote file's links are known only once it has been read.
            const QString readCanonical = m_source->canonicalPath(match);
            if (const auto known = m_byCanonicalPath.constFind(readCanonical);
                known != m_byCanonicalPath.cend()) {
                target.files.append(*known);
                continue;
            }
            const int index = static_cast<int>(m_files.size());
            const QString shown = match.toString();
            m_files.append({shown, read.bytes});
            m_locations.append(match);
            m_byCanonicalPath.insert(readCanonical, index);
            target.files.append(index);
            loadIncludes(index, maxBytes);
        }
        if (target.files.isEmpty()) {
            target.missing = true;
            target.error =
                target.unread.isEmpty()
                    ? QStringLiteral("The file '%1' was listed as a #include but it does not exist")
                          .arg(argument)
                    : target.unread.join(QStringLiteral("; "));
        }
        m_includes.insert({fileIndex, i}, target);
    }
}

bool ConfigSet::readsIncludedFiles() const {
    return std::any_of(m_includes.cbegin(), m_includes.cend(),
                       [](const IncludeTarget &target) { return !target.files.isEmpty(); });
}

QString ConfigSet::includeName(const QByteArray &argument) {
    // A lone '"' is a pair too, and leaves an empty name (the config folder itself).
    QByteArray a = argument;
    if (!a.isEmpty() && ((a.front() == '"' && a.back() == '"') ||
                         (a.front() == '<' && a.size() >= 2 && a.back() == '>')))
        a = a.mid(1, a.size() - 2);
    return QString::fromUtf8(a);
}

ConfigSet::IncludeTarget ConfigSet::includeTarget(int fileIndex, qsizetype line) const {
    return m_includes.value({fileIndex, line});
}

QStringList ConfigSet::paths() const {
    QStringList result;
    for (const File &f : m_files)
        result.append(f.path);
    return result;
}

} // namespace wscm
