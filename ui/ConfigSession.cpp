// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"

#include "DocumentEditCommand.h"
#include "check/Validator.h"
#include "config/LineBreaks.h"
#include "config/LineDiff.h"
#include "config/SecretRedaction.h"
#include "consumers/ConsumerCheck.h"
#include "io/FileReader.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QUndoStack>

#include <algorithm>

namespace wscm {

namespace {
// Long enough to wait out a burst of key presses, short enough to feel immediate.
constexpr int analysisDelayMs = 150;
// A connection restarts for a changed setting: only once the user has stopped typing.
constexpr int trialDelayMs = 1000;

QList<ClientSettings> validClientsOf(const CheckResult &check) {
    QList<ClientSettings> clients;
    for (const ClientObject &object : check.objects) {
        if (object.valid)
            clients.append(object.settings);
    }
    return clients;
}
} // namespace

ConfigSession::ConfigSession(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_watcher(new QFileSystemWatcher(this)) {
    m_analysisTimer.setSingleShot(true);
    m_analysisTimer.setInterval(analysisDelayMs);
    connect(&m_analysisTimer, &QTimer::timeout, this, &ConfigSession::analyzeNow);
    m_trialTimer.setSingleShot(true);
    m_trialTimer.setInterval(trialDelayMs);
    connect(&m_trialTimer, &QTimer::timeout, this, &ConfigSession::settleClientsToRun);
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modificationChanged(!clean); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ConfigSession::onFileChanged);
    // A rename over the file (how editors and we ourselves save) shows up as a folder change.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ConfigSession::onFileChanged);
    newDocument();
}

bool ConfigSession::isModified() const {
    return !m_undo->isClean();
}

QString ConfigSession::hostLabel() const {
    return m_source->hostLabel();
}

QString ConfigSession::displayName() const {
    if (m_path.isEmpty())
        return tr("Untitled");
    return isRemote() ? tr("%1 on %2").arg(m_location.fileName(), m_location.hostLabel())
                      : m_location.fileName();
}

std::shared_ptr<ConfigSource> ConfigSession::sourceFor(const ConfigLocation &location) const {
    return ConfigSource::forLocation(m_source, location);
}

void ConfigSession::newDocument() {
    m_source = ConfigSource::create(ConfigLocation());
    m_neighbours = NeighbourFiles();
    setDocument({}, {});
    m_base = {};
}

bool ConfigSession::open(const QString &path, QString *error) {
    const ConfigLocation location = ConfigLocation::parse(path, error);
    if (!location.isValid())
        return false;
    const std::shared_ptr<ConfigSource> source = sourceFor(location);
    // Included files may have changed as well: read everything afresh.
    source->refresh();
    const FileReader::Result read = source->read(location, FileReader::defaultMaxBytes);
    if (!read.ok) {
        *error = read.error;
        return false;
    }
    m_source = source;
    m_neighbours = NeighbourFiles();
    m_neighbours.load(location.toString(), {}, FileReader::defaultMaxBytes, m_source);
    setDocument(read.bytes, location);
    m_base = {true, read.bytes};
    return true;
}

bool ConfigSession::reload(QString *error) {
    return open(m_path, error);
}

void ConfigSession::setDocument(const QByteArray &bytes, const ConfigLocation &location) {
    const QString path = location.isValid() ? location.toString() : QString();
    m_document = ConfigDocument(bytes, path);
    m_base.bytes = bytes;
    const bool pathChange = path != m_path;
    m_path = path;
    m_location = location;
    m_undo->clear();
    watch();
    analyzeNow();
    analyzeSaved();
    if (pathChange)
        Q_EMIT pathChanged(m_path);
    Q_EMIT documentReplaced();
    Q_EMIT modificationChanged(false);
}

ConfigSession::SavePlan ConfigSession::planSave(const QString &path) const {
    SavePlan plan;
    plan.target = path.isEmpty() ? m_location : ConfigLocation::parse(path, &plan.error);
    if (!plan.target.isValid()) {
        if (plan.error.isEmpty())
            plan.error = tr("the document has no file name yet");
        return plan;
    }
    if (!sourceFor(plan.target)->snapshot(plan.target, &plan.disk, &plan.error))
        return plan;
    plan.changedSinceRead = plan.target == m_location && plan.disk != m_base;
    plan.unchanged = plan.disk.exists && plan.disk.bytes == m_document.bytes();
    return plan;
}

QString ConfigSession::diff(const SavePlan &plan) const {
    return LineDiff::unified(plan.disk.bytes, m_document.bytes(),
                             SecretRedaction::redactedBytes(ConfigDocument(plan.disk.bytes)),
                             SecretRedaction::redactedBytes(m_document));
}

ConfigSession::Reapply ConfigSession::planReapply(const SavePlan &plan) const {
    Reapply reapply;
    if (!plan.disk.exists) {
        reapply.conflicts = tr("The file was removed: there is nothing to reapply your edits to.");
        return reapply;
    }
    reapply.merge = LineMerge::merge(m_base.bytes, plan.disk.bytes, m_document.bytes());
    const QByteArray theirsShown = SecretRedaction::redactedBytes(ConfigDocument(plan.disk.bytes));
    if (reapply.merge.clean()) {
        reapply.diff =
            LineDiff::unified(plan.disk.bytes, reapply.merge.bytes, theirsShown,
                              SecretRedaction::redactedBytes(ConfigDocument(reapply.merge.bytes)));
        return reapply;
    }
    const QList<QByteArray> theirs = LineBreaks::withoutEndings(theirsShown);
    const QList<QByteArray> ours =
        LineBreaks::withoutEndings(SecretRedaction::redactedBytes(m_document));
    const auto lines = [](const QList<QByteArray> &from, qsizetype first, qsizetype count) {
        QString text;
        for (qsizetype i = first; i < first + count; ++i)
            text += QLatin1Char(' ') + QString::fromUtf8(from.value(i)) + QLatin1Char('\n');
        return text;
    };
    for (const LineMerge::Conflict &conflict : std::as_const(reapply.merge.conflicts)) {
        reapply.conflicts += tr("@@ line %1 @@").arg(conflict.theirsLine + 1) + QLatin1Char('\n') +
                             tr("<<<<<<< the file now") + QLatin1Char('\n') +
                             lines(theirs, conflict.theirsLine, conflict.theirsCount) +
                             QStringLiteral("=======\n") +
                             lines(ours, conflict.mineLine, conflict.mineCount) +
                             tr(">>>>>>> your edits") + QLatin1Char('\n');
    }
    return reapply;
}

void ConfigSession::reapply(const SavePlan &plan, const Reapply &reapply) {
    // Their version first, so that the save that follows expects it and finds no conflict.
    m_base = plan.disk;
    const QByteArray merged = reapply.merge.bytes;
    edit(tr("Reapply edits"), [merged](ConfigDocument &document, QString *) {
        document.setBytes(merged);
        return true;
    });
    // The saved file is theirs now, whatever the save that follows makes of it.
    analyzeSaved();
}

ConfigSession::SaveResult ConfigSession::save(const SavePlan &plan) {
    SaveResult result;
    if (!plan.ok()) {
        result.error = plan.error;
        return result;
    }
    if (!plan.unchanged) {
        const ConfigSource::WriteResult written =
            sourceFor(plan.target)->write(plan.target, m_document.bytes(), plan.disk);
        result.error = written.error;
        if (written.status == ConfigSource::WriteResult::Status::Conflict)
            result.status = SaveStatus::Conflict;
        if (written.status != ConfigSource::WriteResult::Status::Written)
            return result;
    }
    markSaved(plan.target);
    result.status = SaveStatus::Saved;
    return result;
}

void ConfigSession::markSaved(const ConfigLocation &location) {
    m_base = {true, m_document.bytes()};
    m_undo->setClean();
    if (location != m_location) {
        m_source = sourceFor(location);
        m_location = location;
        m_path = location.toString();
        m_document.setFileName(m_path);
        Q_EMIT pathChanged(m_path);
        // Another folder has other neighbours.
        m_neighbours = NeighbourFiles();
        m_neighbours.load(m_path, {}, FileReader::defaultMaxBytes, m_source);
        m_analysisTimer.start();
    }
    watch();
    analyzeSaved();
}

bool ConfigSession::exportTo(const QString &path, bool redact, QString *error) const {
    const ConfigLocation target = ConfigLocation::parse(path, error);
    if (!target.isValid())
        return false;
    const QByteArray bytes =
        redact ? SecretRedaction::redactedBytes(m_document) : m_document.bytes();
    const ConfigSource::WriteResult written = sourceFor(target)->write(target, bytes, {});
    if (written.status == ConfigSource::WriteResult::Status::Written)
        return true;
    *error = written.error;
    return false;
}

void ConfigSession::watch() {
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (m_path.isEmpty() || isRemote())
        return;
    if (QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
    m_watcher->addPath(QFileInfo(m_path).absolutePath());
}

bool ConfigSession::diskSnapshot(ConfigSource::Snapshot *snapshot, QString *error) const {
    QString message;
    if (m_path.isEmpty()) {
        *snapshot = {};
        return true;
    }
    const bool ok = m_source->snapshot(m_location, snapshot, &message);
    if (error)
        *error = message;
    return ok;
}

bool ConfigSession::changedOnDisk() const {
    if (m_path.isEmpty())
        return false;
    ConfigSource::Snapshot now;
    return diskSnapshot(&now) && now != m_base;
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
    if (m_tryingUnsaved)
        m_trialTimer.start();
    Q_EMIT documentChanged();
}

CheckResult ConfigSession::analyze(const ConfigDocument &document, ConfigSet *set,
                                   ResolvedConfig *resolved) const {
    set->setSource(m_source);
    set->setMainDocument(document, m_path, FileReader::defaultMaxBytes);
    *resolved = ResolvedConfig::resolve(*set);
    return Validator::check(*resolved);
}

void ConfigSession::analyzeNow() {
    m_analysisTimer.stop();
    m_check = analyze(m_document, &m_set, &m_resolved);
    checkConsumers();
    Q_EMIT analysisUpdated();
}

void ConfigSession::checkConsumers() {
    const NeighbourFiles::File &ari = m_neighbours.ari;
    const NeighbourFiles::File &dialplan = m_neighbours.dialplan;
    m_consumers =
        ari.read || dialplan.read
            ? ConsumerCheck::check(m_check, &m_resolved, ari.read ? &ari.resolved : nullptr,
                                   dialplan.read ? &dialplan.resolved : nullptr)
            : ConsumerResult();
}

QList<Diagnostic> ConfigSession::neighbourFindingsAboutNoClient() const {
    QList<Diagnostic> shown;
    for (const ClientObject &o : m_check.objects)
        shown += m_consumers.findingsAboutUsersOf(o.id);
    const QStringList own = m_set.paths();
    QList<Diagnostic> rest;
    for (const Diagnostic &d : m_consumers.diagnostics) {
        if (d.severity == Diagnostic::Severity::Info || own.contains(d.file))
            continue;
        const bool elsewhere = std::any_of(shown.cbegin(), shown.cend(), [&d](const Diagnostic &s) {
            return s.file == d.file && s.line == d.line && s.message == d.message;
        });
        if (!elsewhere)
            rest.append(d);
    }
    return rest;
}

void ConfigSession::reloadNeighbours() {
    m_neighbours = NeighbourFiles();
    if (!m_path.isEmpty()) {
        // A remote source keeps what it read: the neighbours are to be read afresh.
        m_source->refresh();
        m_neighbours.load(m_path, {}, FileReader::defaultMaxBytes, m_source);
    }
    analyzeNow();
}

bool ConfigSession::planReferenceRename(const QString &from, const QString &to,
                                        QList<ReferenceRename::FileEdit> *edits,
                                        QString *error) const {
    return ReferenceRename::plan(m_neighbours, m_consumers, from.toUtf8(), to.toUtf8(), edits,
                                 error);
}

QString ConfigSession::diff(const ReferenceRename::FileEdit &edit) {
    return LineDiff::unified(edit.before, edit.after,
                             SecretRedaction::redactedBytes(ConfigDocument(edit.before)),
                             SecretRedaction::redactedBytes(ConfigDocument(edit.after)));
}

QStringList ConfigSession::saveReferences(const QList<ReferenceRename::FileEdit> &edits) {
    QStringList failures;
    for (const ReferenceRename::FileEdit &edit : edits) {
        QString error;
        const ConfigLocation location = ConfigLocation::parse(edit.file, &error);
        if (!location.isValid()) {
            failures << tr("%1: %2").arg(edit.file, error);
            continue;
        }
        const ConfigSource::WriteResult written = sourceFor(location)->write(
            location, edit.after, ConfigSource::Snapshot{true, edit.before});
        if (written.status == ConfigSource::WriteResult::Status::Conflict)
            failures << tr("%1 changed since it was read; it was not written").arg(edit.file);
        else if (written.status != ConfigSource::WriteResult::Status::Written)
            failures << written.error;
    }
    reloadNeighbours();
    return failures;
}

CheckResult ConfigSession::checkText(const QByteArray &bytes) const {
    ConfigSet set;
    ResolvedConfig resolved;
    return analyze(ConfigDocument(bytes, m_path), &set, &resolved);
}

void ConfigSession::analyzeSaved() {
    if (m_base.bytes == m_document.bytes()) {
        // Just opened or saved: the document's analysis is the saved file's.
        if (m_analysisTimer.isActive())
            analyzeNow();
        m_savedCheck = m_check;
    } else {
        ConfigSet set;
        ResolvedConfig resolved;
        m_savedCheck = analyze(ConfigDocument(m_base.bytes, m_path), &set, &resolved);
    }
    updateClientsToRun();
}

void ConfigSession::setTryingUnsaved(bool trying) {
    if (trying == m_tryingUnsaved)
        return;
    m_tryingUnsaved = trying;
    m_trialTimer.stop();
    if (trying && m_analysisTimer.isActive())
        analyzeNow();
    updateClientsToRun();
}

void ConfigSession::settleClientsToRun() {
    if (!m_tryingUnsaved)
        return;
    m_trialTimer.stop();
    if (m_analysisTimer.isActive())
        analyzeNow();
    updateClientsToRun();
}

void ConfigSession::updateClientsToRun() {
    const QList<ClientSettings> saved = validClientsOf(m_savedCheck);
    QList<ClientSettings> clients = m_tryingUnsaved ? validClients() : saved;
    QStringList unsaved;
    if (m_tryingUnsaved) {
        for (const ClientSettings &client : std::as_const(clients)) {
            const auto same = [&client](const ClientSettings &s) {
                return s == client;
            };
            if (std::none_of(saved.cbegin(), saved.cend(), same))
                unsaved.append(client.name);
        }
    }
    if (clients != m_clientsToRun) {
        m_clientsToRun = std::move(clients);
        Q_EMIT clientsToRunChanged();
    }
    if (unsaved != m_runningUnsaved) {
        m_runningUnsaved = unsaved;
        Q_EMIT runsUnsavedChanged();
    }
}

bool ConfigSession::runsUnsaved(const QString &section) const {
    return m_runningUnsaved.contains(section);
}

QStringList ConfigSession::sectionsRunningUnsaved() const {
    return m_runningUnsaved;
}

const ResolvedConfig::Category *ConfigSession::category(const QString &section) const {
    return m_resolved.category(section.toUtf8());
}

QList<ClientSettings> ConfigSession::validClients() const {
    return validClientsOf(m_check);
}

} // namespace wscm
