#include "ConfigSet.h"

#include "io/FileReader.h"

#include <QDir>
#include <QFileInfo>

namespace wscm {

namespace {

bool isIncludeDirective(const QByteArray &name) {
    return name.compare("include", Qt::CaseInsensitive) == 0 ||
           name.compare("tryinclude", Qt::CaseInsensitive) == 0;
}

// Asterisk strips one pair of "" or <> around the file name.
QString dequote(const QByteArray &argument) {
    QByteArray a = argument;
    if (a.size() >= 2 &&
        ((a.front() == '"' && a.back() == '"') || (a.front() == '<' && a.back() == '>')))
        a = a.mid(1, a.size() - 2);
    return QString::fromUtf8(a);
}

} // namespace

bool ConfigSet::load(const QString &path, qint64 maxBytes, QString *error) {
    const FileReader::Result read = FileReader::read(path, maxBytes);
    if (!read.ok) {
        if (error)
            *error = read.error;
        return false;
    }
    setMainDocument(ConfigDocument(read.bytes, path), path, maxBytes);
    return true;
}

void ConfigSet::setMainDocument(const ConfigDocument &document, const QString &path,
                                qint64 maxBytes) {
    m_files.clear();
    m_byCanonicalPath.clear();
    m_includes.clear();
    m_files.append({path, document});
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty())
        m_byCanonicalPath.insert(canonical, 0);
    loadIncludes(0, maxBytes);
}

void ConfigSet::loadIncludes(int fileIndex, qint64 maxBytes) {
    // Copy: m_files grows below, which may move the documents.
    const ConfigDocument doc = m_files.at(fileIndex).document;
    const QString baseDir = QFileInfo(m_files.at(fileIndex).path).absolutePath();
    for (qsizetype i = 0; i < doc.lineCount(); ++i) {
        const ConfigLine &line = doc.line(i);
        if (line.kind != ConfigLine::Kind::Directive || !isIncludeDirective(doc.name(i)))
            continue;
        const QString argument = dequote(doc.value(i));
        if (argument.isEmpty())
            continue;
        IncludeTarget target;
        const QString full =
            QDir::isAbsolutePath(argument) ? argument : QDir(baseDir).filePath(argument);
        QStringList matches;
        if (argument.contains(QLatin1Char('*')) || argument.contains(QLatin1Char('?')) ||
            argument.contains(QLatin1Char('['))) {
            const QFileInfo pattern(full);
            const QDir dir(pattern.absolutePath());
            for (const QString &name : dir.entryList({pattern.fileName()}, QDir::Files, QDir::Name))
                matches.append(QDir::cleanPath(dir.filePath(name)));
        } else {
            matches.append(QDir::cleanPath(full));
        }
        if (matches.isEmpty() || !QFileInfo::exists(matches.first())) {
            target.missing = true;
            target.error =
                QStringLiteral("The file '%1' was listed as a #include but it does not exist")
                    .arg(argument);
        }
        for (const QString &match : std::as_const(matches)) {
            if (target.missing)
                break;
            const QString canonical = QFileInfo(match).canonicalFilePath();
            if (const auto known = m_byCanonicalPath.constFind(canonical);
                known != m_byCanonicalPath.cend()) {
                target.files.append(*known);
                continue;
            }
            const FileReader::Result read = FileReader::read(match, maxBytes);
            if (!read.ok) {
                target.error = read.error;
                break;
            }
            const int index = static_cast<int>(m_files.size());
            m_files.append({match, ConfigDocument(read.bytes, match)});
            m_byCanonicalPath.insert(canonical, index);
            target.files.append(index);
            loadIncludes(index, maxBytes);
        }
        m_includes.insert({fileIndex, i}, target);
    }
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
