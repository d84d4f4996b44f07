#include "ConfigSession.h"

#include "DocumentEditCommand.h"
#include "check/Validator.h"
#include "io/FileReader.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QUndoStack>

namespace wscm {

namespace {
// Long enough to wait out a burst of key presses, short enough to feel immediate.
constexpr int analysisDelayMs = 150;
} // namespace

ConfigSession::ConfigSession(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_watcher(new QFileSystemWatcher(this)) {
    m_analysisTimer.setSingleShot(true);
    m_analysisTimer.setInterval(analysisDelayMs);
    connect(&m_analysisTimer, &QTimer::timeout, this, &ConfigSession::analyzeNow);
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modificationChanged(!clean); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ConfigSession::onFileChanged);
    // A rename over the file (how editors and we ourselves save) shows up as a folder change.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ConfigSession::onFileChanged);
    setDocument({}, {});
}

bool ConfigSession::isModified() const {
    return !m_undo->isClean();
}

void ConfigSession::newDocument() {
    setDocument({}, {});
    m_baseExists = false;
}

bool ConfigSession::open(const QString &path, QString *error) {
    const FileReader::Result read = FileReader::read(path);
    if (!read.ok) {
        *error = read.error;
        return false;
    }
    setDocument(read.bytes, QFileInfo(path).absoluteFilePath());
    m_baseExists = true;
    return true;
}

bool ConfigSession::reload(QString *error) {
    return open(m_path, error);
}

void ConfigSession::setDocument(const QByteArray &bytes, const QString &path) {
    m_document = ConfigDocument(bytes, path);
    m_baseBytes = bytes;
    const bool pathChange = path != m_path;
    m_path = path;
    m_undo->clear();
    watch();
    analyzeNow();
    if (pathChange)
        Q_EMIT pathChanged(m_path);
    Q_EMIT documentReplaced();
    Q_EMIT modificationChanged(false);
}

void ConfigSession::markSaved(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_baseBytes = m_document.bytes();
    m_baseExists = true;
    m_undo->setClean();
    if (absolute != m_path) {
        m_path = absolute;
        m_document.setFileName(absolute);
        Q_EMIT pathChanged(m_path);
        m_analysisTimer.start();
    }
    watch();
}

void ConfigSession::watch() {
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (m_path.isEmpty())
        return;
    if (QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
    m_watcher->addPath(QFileInfo(m_path).absolutePath());
}

QByteArray ConfigSession::currentDiskBytes(bool *exists) const {
    *exists = !m_path.isEmpty() && QFileInfo::exists(m_path);
    if (!*exists)
        return {};
    return FileReader::read(m_path).bytes;
}

bool ConfigSession::changedOnDisk() const {
    if (m_path.isEmpty())
        return false;
    bool exists = false;
    const QByteArray now = currentDiskBytes(&exists);
    return exists != m_baseExists || now != m_baseBytes;
}

void ConfigSession::onFileChanged() {
    // The watch on the file itself ends when the file is replaced; renew it every time.
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    if (changedOnDisk())
        Q_EMIT fileChangedOnDisk();
}

bool ConfigSession::edit(const QString &text, const Edit &edit, QString *error,
                         const QString &mergeKey) {
    ConfigDocument copy = m_document;
    QString message;
    if (!edit(copy, &message)) {
        if (error)
            *error = message;
        return false;
    }
    if (copy.bytes() == m_document.bytes())
        return true;
    m_undo->push(new DocumentEditCommand(this, text, m_document.bytes(), copy.bytes(), mergeKey));
    return true;
}

void ConfigSession::restoreBytes(const QByteArray &bytes) {
    if (bytes == m_document.bytes())
        return;
    m_document.setBytes(bytes);
    m_analysisTimer.start();
    Q_EMIT documentChanged();
}

void ConfigSession::analyzeNow() {
    m_analysisTimer.stop();
    m_set.setMainDocument(m_document, m_path, FileReader::defaultMaxBytes);
    m_resolved = ResolvedConfig::resolve(m_set);
    m_check = Validator::check(m_set);
    Q_EMIT analysisUpdated();
}

const ResolvedConfig::Category *ConfigSession::category(const QString &section) const {
    return m_resolved.category(section.toUtf8());
}

QList<ClientSettings> ConfigSession::validClients() const {
    QList<ClientSettings> clients;
    for (const ClientObject &object : m_check.objects) {
        if (object.valid)
            clients.append(object.settings);
    }
    return clients;
}

} // namespace wscm
