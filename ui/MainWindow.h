// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConfigSession.h"
#include "net/RemoteProbe.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QTabWidget;

namespace wscm {

class ConnectionManagerThread;
class ConnectionMonitor;
class EventLogDock;
class EventLogModel;
class HealthView;
class RawEditor;
class ReloadRunner;
class SectionListModel;
class SettingsForm;
class TrayNotifier;
class UserPrompts;

// The desktop app: the sections of one websocket_client.conf on the left (connections with
// their live state, then templates and other sections), the selected one's Settings, Health
// and Raw text on the right, the event log below, and the file, edit and connection
// commands around them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Tab { Settings, Health, Raw };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Questions to the user go through `prompts` (not owned); the default shows dialogs.
    void setPrompts(UserPrompts *prompts);

    // `path` is a file here or ssh://[user@]host[:port]/path.
    bool openFile(const QString &path);
    // Asks for an ssh:// file and opens it.
    bool openRemote();
    void newFile();
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    // Saves (asking with the changes and what the reload will do), then reloads Asterisk
    // where the file is, off this thread, and shows what it loaded. Never rolls the file back.
    void saveAndApply();
    // A file on an SSH host is probed from that host (by its wscm), unless the user chose
    // this computer when it could not be.
    void connectAll();
    void disconnectAll();
    // Asks for a dial string and connects its section as that call would (wscm probe --dial).
    void connectWithDialString();

    void selectSection(const QString &section);
    QString currentSection() const { return m_section; }
    void showTab(Tab tab);

    ConfigSession *session() const { return m_session; }
    ConnectionManagerThread *connections() const { return m_manager; }
    ConnectionMonitor *monitor() const { return m_monitor; }
    // The probe on the open file's SSH host, while it is the one measuring; else nullptr.
    RemoteProbe *remoteProbe() const { return m_remote; }
    SettingsForm *settingsForm() const { return m_form; }
    HealthView *healthView() const { return m_health; }
    RawEditor *rawEditor() const { return m_raw; }
    EventLogDock *eventLog() const { return m_logDock; }
    QString statusSummary() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void addLanguageMenu(QMenu *view);
    void buildLayout();
    bool maybeSave();
    bool confirmSave(const ConfigSession::SavePlan &plan);
    void updateTitle();
    void updateRecentMenu();
    void updateSectionActions();
    void updateStatus();
    void onAnalysisUpdated();
    // The connections follow ConfigSession::clientsToRun().
    void onClientsToRunChanged();
    // Asks what becomes of text typed in the Raw tab and not applied; false to stay there.
    bool leaveRawEdits();
    void onExternalChange();
    void checkExternalChange();
    void exportCopy();
    void connectSection(const QString &section);
    void disconnectSection(const QString &section);
    bool probesRemotely() const;
    void startRemoteProbe();
    void onRemoteProbeFailed(RemoteProbe::Failure failure, const QString &message);
    // Back to probing from this computer (another file is opened).
    void dropRemoteProbe();
    void revert();
    void addSection();
    void duplicateSection();
    void renameSection();
    // Offers to rename the client's ids in ari.conf and extensions.conf as well.
    void renameReferences(const QString &from, const QString &to);
    void deleteSection();
    bool editSections(const QString &text,
                      const std::function<bool(class ConfigDocument &, QString *)> &edit);
    QString displayName() const;

    ConfigSession *m_session;
    // The connections made here run on a thread of their own: the window's thread only gets
    // their events and health, one hand-over per turn of the connections' thread, and never
    // waits for a socket.
    ConnectionManagerThread *m_manager;
    ConnectionMonitor *m_monitor;
    EventLogModel *m_log;
    std::unique_ptr<UserPrompts> m_defaultPrompts;
    UserPrompts *m_prompts;

    SectionListModel *m_clients;
    SectionListModel *m_others;
    QListView *m_clientView;
    QListView *m_otherView;
    QTabWidget *m_tabs;
    SettingsForm *m_form;
    HealthView *m_health;
    RawEditor *m_raw;
    EventLogDock *m_logDock;
    TrayNotifier *m_tray;
    QLabel *m_summary;
    QString m_section;

    QTimer m_externalTimer;
    bool m_askingExternal = false;
    QByteArray m_keptDiskBytes; // a disk version the user chose not to load
    RemoteProbe *m_remote = nullptr;
    bool m_probeHere = false; // the user chose this computer for a remote file
    int m_shownTab = 0;       // the tab shown before the current one, while it changes

    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_openRemoteAction;
    QAction *m_saveAction;
    QAction *m_saveAsAction;
    QAction *m_saveApplyAction;
    ReloadRunner *m_reload;
    QString m_applyPrediction; // while Save and Apply asks: what the reload will do
    QAction *m_exportAction;
    QAction *m_revertAction;
    QAction *m_quitAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_addSectionAction;
    QAction *m_duplicateAction;
    QAction *m_renameAction;
    QAction *m_deleteAction;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
    QAction *m_connectAllAction;
    QAction *m_disconnectAllAction;
    QAction *m_showDiffAction;
    QAction *m_trayAction;
    QAction *m_tryUnsavedAction;
    QMenu *m_recentMenu = nullptr;
};

} // namespace wscm
