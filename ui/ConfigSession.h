#pragma once

#include "check/CheckResult.h"
#include "config/ConfigDocument.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QFileSystemWatcher;
class QUndoStack;

namespace wscm {

// The open file: its document, undo history, the file on disk it came from, and what
// Asterisk would make of it (resolved and checked shortly after each change, not on every
// key press). Every change of the text goes through here as a ConfigDocument edit.
class ConfigSession : public QObject {
    Q_OBJECT
public:
    using Edit = std::function<bool(ConfigDocument &document, QString *error)>;

    explicit ConfigSession(QObject *parent = nullptr);

    const ConfigDocument &document() const { return m_document; }
    QString path() const { return m_path; }
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undo; }

    // Starts an empty, unnamed document.
    void newDocument();
    // Reads `path`; on failure the current document stays and *error says why.
    bool open(const QString &path, QString *error);
    // Reads the file again, dropping local changes and history.
    bool reload(QString *error);
    // After a successful write of the current bytes to `path`.
    void markSaved(const QString &path);
    // The bytes last read from or written to disk: what the user believes the file holds.
    const QByteArray &baseBytes() const { return m_baseBytes; }
    // The file's current bytes, or nothing when it does not exist; *readable is false when
    // it exists but cannot be read.
    QByteArray currentDiskBytes(bool *exists) const;
    bool changedOnDisk() const;

    // Applies `edit` to a copy of the document and, when it changes something, records it
    // as one undo step named `text`. Edits with the same non-empty mergeKey in a row merge.
    bool edit(const QString &text, const Edit &edit, QString *error = nullptr,
              const QString &mergeKey = {});
    // Only for DocumentEditCommand: puts bytes back without recording history.
    void restoreBytes(const QByteArray &bytes);

    // The analysis of the current document; call analyzeNow() first to skip the wait.
    void analyzeNow();
    const ConfigSet &configSet() const { return m_set; }
    const ResolvedConfig &resolved() const { return m_resolved; }
    const CheckResult &check() const { return m_check; }
    // The options of `section` after inheritance; nullptr when there is no such section.
    const ResolvedConfig::Category *category(const QString &section) const;
    QList<ClientSettings> validClients() const;

Q_SIGNALS:
    // The bytes changed (edit, undo, redo, reload); the analysis follows later.
    void documentChanged();
    // A different file (or a new document) was loaded.
    void documentReplaced();
    void analysisUpdated();
    void pathChanged(const QString &path);
    void modificationChanged(bool modified);
    // The file on disk no longer holds baseBytes(): someone else changed or removed it.
    void fileChangedOnDisk();

private:
    void setDocument(const QByteArray &bytes, const QString &path);
    void watch();
    void onFileChanged();

    ConfigDocument m_document;
    QString m_path;
    QByteArray m_baseBytes;
    bool m_baseExists = false;
    QUndoStack *m_undo;
    QFileSystemWatcher *m_watcher;
    QTimer m_analysisTimer;
    ConfigSet m_set;
    ResolvedConfig m_resolved;
    CheckResult m_check;
};

} // namespace wscm
