// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "check/CheckResult.h"
#include "config/ConfigDocument.h"
#include "config/ConfigSet.h"
#include "config/LineMerge.h"
#include "config/ResolvedConfig.h"
#include "consumers/ConsumerResult.h"
#include "consumers/NeighbourFiles.h"
#include "consumers/ReferenceRename.h"
#include "io/ConfigLocation.h"
#include "io/ConfigSource.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QFileSystemWatcher;
class QUndoStack;

namespace wscm {

// The open file: its document, undo history, the file it came from (here or on an SSH host)
// with what it held when read, and what Asterisk would make of it (resolved and checked
// shortly after each change, not on every key press). Every change of the text goes through
// here as a ConfigDocument edit, and every read and write of the file too: the window only
// asks the user and forwards the answers.
class ConfigSession : public QObject {
    Q_OBJECT
public:
    using Edit = std::function<bool(ConfigDocument &document, QString *error)>;

    enum class SaveStatus {
        Saved,    // the file holds the document's bytes
        Conflict, // the file changed after the plan was made; nothing was written
        Failed    // nothing was written; error says why
    };
    // What a save would replace, found before writing so that the window can show it and ask.
    struct SavePlan {
        ConfigLocation target;
        ConfigSource::Snapshot disk; // what the target holds now
        // The target is the open file and no longer holds what was read from it: someone
        // else changed or removed it.
        bool changedSinceRead = false;
        bool unchanged = false; // the target already holds the document's bytes
        QString error;          // the target's content could not be learned
        bool ok() const { return error.isEmpty(); }
    };
    struct SaveResult {
        SaveStatus status = SaveStatus::Failed;
        QString error;
    };

    explicit ConfigSession(QObject *parent = nullptr);

    const ConfigDocument &document() const { return m_document; }
    // The open file as the user knows it (a path, or ssh://host/path); empty when unnamed.
    QString path() const { return m_path; }
    const ConfigLocation &location() const { return m_location; }
    bool isRemote() const { return m_location.isRemote(); }
    // Where the file is, for labels: "this computer" or the SSH host.
    QString hostLabel() const;
    // The file name ("… on host" for a remote one), or "Untitled".
    QString displayName() const;
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undo; }

    // Starts an empty, unnamed document.
    void newDocument();
    // Reads `path` (a file here or ssh://...); on failure the current document stays and
    // *error says why.
    bool open(const QString &path, QString *error);
    // Reads the file again, dropping local changes and history.
    bool reload(QString *error);

    // Saving is planned, then done: the plan reads what the target (`path`, or the open file
    // when empty) holds now; save() writes only if it still holds that, so nothing anyone
    // wrote after the plan is lost unasked.
    SavePlan planSave(const QString &path = {}) const;
    // What the save changes in the target: a unified diff, secrets hidden.
    QString diff(const SavePlan &plan) const;
    // The user's edits (from baseBytes() to the document) reapplied to what the target holds
    // now, for a save that found the file changed since it was read.
    struct Reapply {
        LineMerge::Result merge;
        QString diff; // what the merged bytes change in the file now, secrets hidden
        // Why they cannot be: the lines changed on both sides (theirs and ours, secrets
        // hidden), or a removed file. Empty when they can.
        QString conflicts;
    };
    Reapply planReapply(const SavePlan &plan) const;
    // The merge becomes the document, as one undo step, and plan.disk what the file is known
    // to hold: a save of `plan` then writes the merge over their version.
    void reapply(const SavePlan &plan, const Reapply &reapply);
    SaveResult save(const SavePlan &plan);
    // Writes the document (secrets masked when `redact`) to another file; the open file and
    // its state stay as they are.
    bool exportTo(const QString &path, bool redact, QString *error) const;

    // The bytes last read from or written to the file: what the user believes it holds.
    const QByteArray &baseBytes() const { return m_base.bytes; }
    // What the open file holds now; false with *error when that cannot be learned.
    bool diskSnapshot(ConfigSource::Snapshot *snapshot, QString *error = nullptr) const;
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
    // What Asterisk would make of `bytes` in place of the document (same file, same
    // includes): the findings of text not yet applied, such as the Raw tab's.
    CheckResult checkText(const QByteArray &bytes) const;

    // ari.conf and extensions.conf beside the open file (on its host), read when it is opened,
    // reloaded or saved elsewhere, and never written but by saveReferences(); and what they
    // make of the document's clients (ConsumerCheck), with every analysis.
    const NeighbourFiles &neighbours() const { return m_neighbours; }
    const ConsumerResult &consumers() const { return m_consumers; }
    void reloadNeighbours();
    // The neighbours' findings that are about no client of the document (an outbound websocket
    // or a dial string naming an unknown id, a section ARI ignores): no section shows them.
    QList<Diagnostic> neighbourFindingsAboutNoClient() const;
    // What renaming the client `from` to `to` changes in the neighbours (ReferenceRename);
    // false with *error when a file no longer holds a reference where it was read.
    bool planReferenceRename(const QString &from, const QString &to,
                             QList<ReferenceRename::FileEdit> *edits, QString *error) const;
    // What an edit changes in its file: a unified diff, secrets hidden.
    static QString diff(const ReferenceRename::FileEdit &edit);
    // Writes each file of `edits` whole and atomically, only if it still holds what was read
    // (here or on the SSH host, like any save); then reads the neighbours again. Returns one
    // sentence for each file that was not written (it is left as it was).
    QStringList saveReferences(const QList<ReferenceRename::FileEdit> &edits);

    // The analysis of baseBytes(): what Asterisk would load from the file as saved.
    // The settings the live connections are to run: the saved file's valid clients, or,
    // while trying unsaved changes, the document's, taken once typing has paused (a restart
    // per key press would never let a connection come up).
    const QList<ClientSettings> &clientsToRun() const { return m_clientsToRun; }
    bool isTryingUnsaved() const { return m_tryingUnsaved; }
    void setTryingUnsaved(bool trying);
    // Takes the document's current analysis into clientsToRun() now, without waiting for
    // typing to pause (Connect All); nothing changes unless trying unsaved changes.
    void settleClientsToRun();
    // The live connection of `section` runs settings that are not saved.
    bool runsUnsaved(const QString &section) const;
    QStringList sectionsRunningUnsaved() const;

Q_SIGNALS:
    // The bytes changed (edit, undo, redo, reload); the analysis follows later.
    void documentChanged();
    // A different file (or a new document) was loaded.
    void documentReplaced();
    void analysisUpdated();
    // clientsToRun() changed: the connections are to follow.
    void clientsToRunChanged();
    // The set of sections whose connections run unsaved settings changed.
    void runsUnsavedChanged();
    void pathChanged(const QString &path);
    void modificationChanged(bool modified);
    // The file on disk no longer holds baseBytes(): someone else changed or removed it. (Only
    // files on this computer are watched; a remote file's change is found when saving.)
    void fileChangedOnDisk();

private:
    void setDocument(const QByteArray &bytes, const ConfigLocation &location);
    void markSaved(const ConfigLocation &location);
    std::shared_ptr<ConfigSource> sourceFor(const ConfigLocation &location) const;
    void watch();
    void onFileChanged();
    // The one resolve-and-check path for the document, the saved bytes and pending text.
    CheckResult analyze(const ConfigDocument &document, ConfigSet *set,
                        ResolvedConfig *resolved) const;
    // The saved bytes changed (opened, saved, reloaded); the document's analysis is current.
    void analyzeSaved();
    void updateClientsToRun();
    void checkConsumers();

    ConfigDocument m_document;
    QString m_path;
    ConfigLocation m_location;
    std::shared_ptr<ConfigSource> m_source;
    ConfigSource::Snapshot m_base;
    QUndoStack *m_undo;
    QFileSystemWatcher *m_watcher;
    QTimer m_analysisTimer;
    ConfigSet m_set;
    ResolvedConfig m_resolved;
    CheckResult m_check;
    CheckResult m_savedCheck;
    NeighbourFiles m_neighbours;
    ConsumerResult m_consumers;
    QList<ClientSettings> m_clientsToRun;
    QStringList m_runningUnsaved;
    bool m_tryingUnsaved = false;
    QTimer m_trialTimer;
};

} // namespace wscm
