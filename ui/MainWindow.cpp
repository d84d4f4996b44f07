// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "MainWindow.h"

#include "AppLanguage.h"
#include "ConfigSession.h"
#include "ConnectionMonitor.h"
#include "EventLogDock.h"
#include "EventLogModel.h"
#include "HealthView.h"
#include "HeartbeatLegend.h"
#include "Preferences.h"
#include "RawEditor.h"
#include "ReloadRunner.h"
#include "SectionDelegate.h"
#include "SectionListModel.h"
#include "SettingsForm.h"
#include "SuggestedPaths.h"
#include "TrayNotifier.h"
#include "UserPrompts.h"
#include "config/NewSection.h"
#include "consumers/DialRequest.h"
#include "io/FileReader.h"
#include "net/ConnectionManagerThread.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace wscm {

namespace {
// Watchers report a save as several changes in a row; look once they have settled.
constexpr int externalChangeDelayMs = 200;

// A file as the save questions name it: with the computer it is on.
QString fileOnHost(const ConfigLocation &location) {
    return QCoreApplication::translate("wscm::MainWindow", "%1 on %2")
        .arg(location.fileName(), location.isRemote() ? location.hostLabel()
                                                      : QCoreApplication::translate(
                                                            "wscm::MainWindow", "this computer"));
}

// Keeps a window, and room for the frame the window manager adds (not known before it
// shows), inside its screen's free area: the default of 160 columns, or a geometry saved at
// another scale, may be larger than the screen (1920 pixels at 200 % are 960 columns of
// logical pixels).
void fitToScreen(QWidget *window) {
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const int margin = window->fontMetrics().height() * 2;
    const QRect room = screen->availableGeometry().adjusted(0, 0, -margin, -2 * margin);
    const QSize size = window->size().boundedTo(room.size());
    if (size != window->size())
        window->resize(size);
    // A restored position is kept, moved only as far as the whole window needs.
    if (window->testAttribute(Qt::WA_Moved)) {
        const QPoint pos = window->pos();
        window->move(qBound(room.left(), pos.x(), qMax(room.left(), room.right() - size.width())),
                     qBound(room.top(), pos.y(), qMax(room.top(), room.bottom() - size.height())));
    }
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ConfigSession(this))
    , m_manager(new ConnectionManagerThread(this))
    , m_monitor(new ConnectionMonitor(m_manager, this))
    , m_log(new EventLogModel(this))
    , m_defaultPrompts(std::make_unique<UserPrompts>())
    , m_prompts(m_defaultPrompts.get()) {
    setObjectName(QStringLiteral("mainWindow"));
    connect(m_manager, &ConnectionManagerThread::eventOccurred, m_log, &EventLogModel::appendSoon);
    m_tray = new TrayNotifier(m_monitor, this);
    connect(m_tray, &TrayNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });

    buildActions();
    buildLayout();
    buildMenus();

    connect(m_session, &ConfigSession::analysisUpdated, this, &MainWindow::onAnalysisUpdated);
    connect(m_session, &ConfigSession::clientsToRunChanged, this,
            &MainWindow::onClientsToRunChanged);
    connect(m_session, &ConfigSession::runsUnsavedChanged, this, &MainWindow::updateStatus);
    connect(m_raw, &RawEditor::pendingChangesChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ConfigSession::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ConfigSession::pathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ConfigSession::fileChangedOnDisk, this, &MainWindow::onExternalChange);
    connect(m_monitor, &ConnectionMonitor::healthUpdated, this, [this] {
        updateStatus();
        updateSectionActions();
    });
    m_externalTimer.setSingleShot(true);
    m_externalTimer.setInterval(externalChangeDelayMs);
    connect(&m_externalTimer, &QTimer::timeout, this, &MainWindow::checkExternalChange);

    Preferences::restoreWindow(this);
    fitToScreen(this);
    m_tray->setEnabled(Preferences::trayNotifications());
    m_trayAction->setChecked(m_tray->isEnabled());
    onAnalysisUpdated();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPrompts(UserPrompts *prompts) {
    m_prompts = prompts ? prompts : m_defaultPrompts.get();
}

void MainWindow::buildActions() {
    const auto make = [this](const QString &text, QKeySequence::StandardKey key,
                             void (MainWindow::*slot)()) {
        auto *action = new QAction(text, this);
        if (key != QKeySequence::UnknownKey)
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(tr("&New"), QKeySequence::New, &MainWindow::newFile);
    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString path = m_prompts->openFileName(this, Preferences::lastFolder());
        if (!path.isEmpty())
            openFile(path);
    });
    m_openRemoteAction = new QAction(tr("Open Re&mote…"), this);
    m_openRemoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openRemoteAction->setStatusTip(tr("Open a config file on a PBX reached with SSH"));
    connect(m_openRemoteAction, &QAction::triggered, this, &MainWindow::openRemote);
    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    // Ctrl+Shift+R: "reload", free in the app and on common desktops.
    m_saveApplyAction =
        make(tr("Save and A&pply"), QKeySequence::UnknownKey, &MainWindow::saveAndApply);
    m_saveApplyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_saveApplyAction->setStatusTip(
        tr("Save, then reload res_websocket_client in Asterisk where the file is, and confirm "
           "what it loaded"));
    m_reload = new ReloadRunner(this);
    m_exportAction = make(tr("&Export…"), QKeySequence::UnknownKey, &MainWindow::exportCopy);
    m_revertAction = make(tr("Re&vert"), QKeySequence::UnknownKey, &MainWindow::revert);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Short fixed labels: QUndoStack's own actions put the whole command in their text
    // ("Undo Set pingpong_interval in [media-typo]"), which widens the toolbar until Connect
    // All falls into its overflow menu. The command is named in the tooltip instead.
    QUndoStack *stack = m_session->undoStack();
    const auto makeUndo = [this, stack](const QString &text, QKeySequence::StandardKey key,
                                        void (QUndoStack::*slot)(), void (QUndoStack::*can)(bool),
                                        void (QUndoStack::*named)(const QString &),
                                        const QString &detail) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setEnabled(false); // a new session's stack is empty
        connect(action, &QAction::triggered, stack, slot);
        connect(stack, can, action, &QAction::setEnabled);
        connect(stack, named, action, [action, text, detail](const QString &command) {
            const QString tip =
                command.isEmpty() ? QString(text).remove(QLatin1Char('&')) : detail.arg(command);
            action->setToolTip(tip);
            action->setStatusTip(tip);
        });
        return action;
    };
    m_undoAction =
        makeUndo(tr("&Undo"), QKeySequence::Undo, &QUndoStack::undo, &QUndoStack::canUndoChanged,
                 &QUndoStack::undoTextChanged, tr("Undo %1"));
    m_redoAction =
        makeUndo(tr("&Redo"), QKeySequence::Redo, &QUndoStack::redo, &QUndoStack::canRedoChanged,
                 &QUndoStack::redoTextChanged, tr("Redo %1"));

    m_addSectionAction =
        make(tr("&Add Section…"), QKeySequence::UnknownKey, &MainWindow::addSection);
    m_addSectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_duplicateAction =
        make(tr("D&uplicate Section…"), QKeySequence::UnknownKey, &MainWindow::duplicateSection);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_renameAction =
        make(tr("&Rename Section…"), QKeySequence::UnknownKey, &MainWindow::renameSection);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction =
        make(tr("&Delete Section"), QKeySequence::UnknownKey, &MainWindow::deleteSection);
    m_deleteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));

    m_connectAction = new QAction(tr("&Connect"), this);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_connectAction, &QAction::triggered, this, [this] { connectSection(m_section); });
    m_disconnectAction = new QAction(tr("&Disconnect"), this);
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_disconnectAction, &QAction::triggered, this,
            [this] { disconnectSection(m_section); });
    // F5 and Shift+F5, as Start and Stop in a debugger: no desktop takes them, while
    // Ctrl+Alt+<letter>, Super+<key> and Alt+F<n> are window-manager keys on common desktops
    // (Ctrl+Alt+T opens a terminal, Ctrl+Alt+L locks the screen, Alt+F4 closes), and a key
    // the desktop grabs never reaches the app.
    m_connectAllAction =
        make(tr("Connect &All"), QKeySequence::UnknownKey, &MainWindow::connectAll);
    m_connectAllAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_disconnectAllAction =
        make(tr("Disconnect A&ll"), QKeySequence::UnknownKey, &MainWindow::disconnectAll);
    m_disconnectAllAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    // Remembered for this run only: connecting with unsaved values is a deliberate trial.
    m_tryUnsavedAction = new QAction(tr("Try &Unsaved Changes"), this);
    m_tryUnsavedAction->setCheckable(true);
    m_tryUnsavedAction->setStatusTip(
        tr("Connections run the saved file; checked, they run your unsaved edits, restarted "
           "once typing pauses"));
    connect(m_tryUnsavedAction, &QAction::toggled, this, &MainWindow::updateSectionActions);

    m_showDiffAction = new QAction(tr("Show &Changes Before Saving"), this);
    m_showDiffAction->setCheckable(true);
    m_showDiffAction->setChecked(Preferences::showDiffBeforeSave());
    connect(m_showDiffAction, &QAction::toggled, this, &Preferences::setShowDiffBeforeSave);
    m_trayAction = new QAction(tr("&Notify When a Connection Drops (Tray Icon)"), this);
    m_trayAction->setCheckable(true);
    connect(m_trayAction, &QAction::toggled, this, [this](bool on) {
        m_tray->setEnabled(on);
        Preferences::setTrayNotifications(on);
        if (on && !m_tray->isEnabled())
            statusBar()->showMessage(tr("This desktop has no system tray."), 5000);
    });
}

void MainWindow::addLanguageMenu(QMenu *view) {
    QMenu *menu = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(menu);
    const QString current = Preferences::language();
    for (const AppLanguage::Choice &choice : AppLanguage::choices()) {
        QAction *action = menu->addAction(choice.nativeName);
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        action->setData(choice.code);
        group->addAction(action);
    }
    // Every text is set when its widget is made, so a new language shows from the next start.
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code == Preferences::language())
            return;
        Preferences::setLanguage(code);
        statusBar()->showMessage(tr("The new language shows when wscm starts next."), 10000);
    });
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_openRemoteAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_saveApplyAction);
    file->addAction(m_exportAction);
    file->addAction(m_revertAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    QMenu *section = menuBar()->addMenu(tr("&Section"));
    section->addAction(m_addSectionAction);
    section->addAction(m_duplicateAction);
    section->addAction(m_renameAction);
    section->addAction(m_deleteAction);

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->addAction(m_connectAction);
    connection->addAction(m_disconnectAction);
    connection->addSeparator();
    connection->addAction(m_connectAllAction);
    connection->addAction(m_disconnectAllAction);
    connection->addAction(tr("Connect with Dial &String…"), this,
                          &MainWindow::connectWithDialString);
    connection->addSeparator();
    connection->addAction(m_tryUnsavedAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_logDock->toggleViewAction());
    view->addSeparator();
    view->addAction(m_showDiffAction);
    view->addAction(m_trayAction);
    view->addSeparator();
    addLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About wscm"),
                           tr("<b>WebSocket Client Manager %1</b><p>Edit, check and watch the "
                              "connections of Asterisk's websocket_client.conf.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    // The button that opens what does not fit is Qt's own and has no name for a screen reader.
    if (auto *more = bar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More commands"));
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    // Save and Apply reloads a running PBX: a menu command and a shortcut, not a button next to
    // Save to be clicked by mistake (and the toolbar must fit a 960-pixel-wide window).
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_addSectionAction);
    bar->addSeparator();
    bar->addAction(m_connectAction);
    bar->addAction(m_disconnectAction);
    bar->addAction(m_connectAllAction);
    bar->addAction(m_disconnectAllAction);
}

void MainWindow::buildLayout() {
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_clients =
        new SectionListModel(SectionListModel::Listing::Clients, m_session, m_monitor, this);
    m_others = new SectionListModel(SectionListModel::Listing::Others, m_session, m_monitor, this);
    const auto makeList = [&](SectionListModel *model, const QString &title) {
        auto *label = new QLabel(title, left);
        auto *view = new QListView(left);
        label->setBuddy(view);
        view->setModel(model);
        view->setItemDelegate(new SectionDelegate(view));
        view->setUniformItemSizes(true);
        // Rows fit their width: the heartbeat strip and RTT give way before a name is cut.
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setAccessibleName(QString(title).remove(QLatin1Char('&')));
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        leftLayout->addWidget(label);
        return view;
    };
    // Mnemonics are unique among what shows at once (TestMnemonics): the menus take F, E, S,
    // C, V and H, the event log P, each tab's page its own.
    m_clientView = makeList(m_clients, tr("C&onnections"));
    m_clientView->setObjectName(QStringLiteral("connectionsList"));
    leftLayout->addWidget(m_clientView, 3);
    leftLayout->addWidget(new HeartbeatLegend(left));
    m_otherView = makeList(m_others, tr("Te&mplates and other sections"));
    m_otherView->setObjectName(QStringLiteral("otherSectionsList"));
    leftLayout->addWidget(m_otherView, 1);
    const auto follow = [this](QListView *view, SectionListModel *model, QListView *other) {
        // The selection, not the current row: Tab into a list makes its first row current
        // without selecting it, and passing through must not change the section shown.
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, model, other](const QItemSelection &selected) {
                    const QModelIndexList rows = selected.indexes();
                    if (rows.isEmpty())
                        return;
                    other->selectionModel()->clear();
                    selectSection(model->nameAt(rows.first().row()));
                });
    };
    follow(m_clientView, m_clients, m_otherView);
    follow(m_otherView, m_others, m_clientView);

    m_tabs = new QTabWidget(this);
    m_form = new SettingsForm(m_session, m_tabs);
    m_health = new HealthView(m_session, m_monitor, m_clients, m_tabs);
    m_raw = new RawEditor(m_session, m_tabs);
    m_tabs->addTab(m_form, tr("Settin&gs"));
    m_tabs->addTab(m_health, tr("Hea&lth"));
    m_tabs->addTab(m_raw, tr("&Raw"));
    m_tabs->setAccessibleName(tr("Section views"));
    // Leaving the Raw tab (click, Ctrl+Tab, a shortcut) never applies half-typed text unasked.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_shownTab == int(Tab::Raw) && index != int(Tab::Raw) && !leaveRawEdits()) {
            m_tabs->setCurrentIndex(int(Tab::Raw));
            m_raw->textEdit()->setFocus();
            return;
        }
        m_shownTab = index;
    });
    connect(m_health, &HealthView::connectRequested, this, &MainWindow::connectSection);
    connect(m_health, &HealthView::disconnectRequested, this, &MainWindow::disconnectSection);
    connect(m_health, &HealthView::fieldRequested, this,
            [this](const QString &section, const QString &option) {
                selectSection(section);
                showTab(Tab::Settings);
                m_form->focusField(option);
            });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes(
        {fontMetrics().averageCharWidth() * 55, fontMetrics().averageCharWidth() * 100});
    setCentralWidget(splitter);

    m_logDock = new EventLogDock(m_log, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Connection summary"));
    statusBar()->addPermanentWidget(m_summary);
    // 56 lines leave the Health tab its whole page beside ten rows of the log, on a screen
    // that has them; a smaller screen gets the window fitted to it.
    const int charWidth = fontMetrics().averageCharWidth();
    resize(charWidth * 160, fontMetrics().height() * 56);
    fitToScreen(this);
    // The log's ten rows of recent events, but never more than a third of the window: the
    // rest belongs to the sections and their tabs.
    resizeDocks({m_logDock}, {qMin(m_logDock->sizeHint().height(), height() / 3)}, Qt::Vertical);
}

QString MainWindow::displayName() const {
    return m_session->displayName();
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1[*] — WebSocket Client Manager").arg(displayName()));
    setWindowModified(m_session->isModified() || m_raw->hasPendingChanges());
    m_revertAction->setEnabled(!m_session->path().isEmpty());
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = Preferences::recentFiles();
    // Where each file is, so that two of the same name differ; a long folder is shortened in
    // its middle, the name and host never.
    const QFontMetrics metrics = m_recentMenu->fontMetrics();
    const int folderWidth = metrics.averageCharWidth() * 50;
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const ConfigLocation location = ConfigLocation::parse(path);
        const QString folder = location.path().left(location.path().lastIndexOf(QLatin1Char('/')));
        const QString shortFolder = metrics.elidedText(
            folder.isEmpty() ? QStringLiteral("/") : folder, Qt::ElideMiddle, folderWidth);
        QString name =
            location.isRemote()
                ? tr("%1 on %2 (%3)").arg(location.fileName(), location.hostLabel(), shortFolder)
                : (folder.isEmpty() ? QString() : shortFolder) + QLatin1Char('/') +
                      location.fileName();
        // An '&' in a path is text, not a mnemonic; the tenth entry has none (1 is taken).
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(
            (i < 9 ? QStringLiteral("&%1 %2") : QStringLiteral("%1 %2")).arg(i + 1).arg(name));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::onClientsToRunChanged() {
    m_manager->update(m_session->clientsToRun());
    if (m_remote)
        m_remote->setSections(m_manager->names());
    updateSectionActions();
}

bool MainWindow::leaveRawEdits() {
    if (!m_raw->hasPendingChanges())
        return true;
    switch (m_prompts->askPendingRawEdits(this)) {
    case UserPrompts::PendingEditsChoice::Apply:
        return m_raw->apply();
    case UserPrompts::PendingEditsChoice::Discard:
        m_raw->discard();
        return true;
    case UserPrompts::PendingEditsChoice::Stay:
        break;
    }
    return false;
}

void MainWindow::onAnalysisUpdated() {
    if (!m_section.isEmpty() && !m_session->category(m_section))
        m_section.clear();
    if (m_section.isEmpty()) {
        const QString first =
            m_clients->rowCount() > 0 ? m_clients->nameAt(0) : m_others->nameAt(0);
        if (!first.isEmpty())
            selectSection(first);
        else {
            m_form->setSection(QString());
            m_health->setSection(QString());
        }
    } else {
        // The lists may have been rebuilt: show the selection again.
        selectSection(m_section);
    }
    updateStatus();
    updateSectionActions();
}

void MainWindow::selectSection(const QString &section) {
    if (section != m_section && m_tabs->currentIndex() == int(Tab::Raw) && !leaveRawEdits()) {
        selectSection(m_section); // the list shows the section that stays
        return;
    }
    const bool changed = section != m_section;
    m_section = section;
    const int clientRow = m_clients->rowOf(section);
    const int otherRow = m_others->rowOf(section);
    QListView *view = clientRow >= 0 ? m_clientView : m_otherView;
    const QModelIndex index = clientRow >= 0
                                  ? m_clients->index(clientRow)
                                  : (otherRow >= 0 ? m_others->index(otherRow) : QModelIndex());
    if (index.isValid() && view->currentIndex() != index) {
        (view == m_clientView ? m_otherView : m_clientView)->selectionModel()->clear();
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        view->scrollTo(index);
    }
    if (changed || m_form->section() != section) {
        m_form->setSection(section);
        m_health->setSection(section);
        m_raw->showSection(section);
    }
    updateSectionActions();
}

void MainWindow::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

void MainWindow::updateSectionActions() {
    const bool has = !m_section.isEmpty() && m_session->category(m_section);
    m_duplicateAction->setEnabled(has);
    m_renameAction->setEnabled(has);
    m_deleteAction->setEnabled(has);
    const bool live = m_monitor->hasConnection(m_section);
    const auto state = m_monitor->health(m_section).state;
    const bool running = live && state != ConnectionHealth::State::Idle &&
                         state != ConnectionHealth::State::Stopped &&
                         state != ConnectionHealth::State::GaveUp;
    m_connectAction->setEnabled(live && !running);
    m_disconnectAction->setEnabled(running);
    const bool any = !m_manager->names().isEmpty();
    m_connectAllAction->setEnabled(any);
    m_disconnectAllAction->setEnabled(any);
    // A file on an SSH host is probed there, from its saved copy.
    m_tryUnsavedAction->setEnabled(!probesRemotely());
    m_session->setTryingUnsaved(m_tryUnsavedAction->isChecked() && !probesRemotely());
}

QString MainWindow::statusSummary() const {
    return m_clients->summaryText();
}

void MainWindow::updateStatus() {
    QString text = statusSummary();
    const CheckResult &check = m_session->check();
    if (check.fileRejected)
        text += tr(" — Asterisk would reject the whole file");
    // Their live state is that of edits not saved yet: never to be mistaken for the file's.
    if (const qsizetype trying = m_session->sectionsRunningUnsaved().size())
        text += tr(" — %n trying unsaved changes", nullptr, int(trying));
    if (m_session->isRemote())
        text += tr(" — measured from %1").arg(m_monitor->measuredFrom());
    // Findings no section shows (an ARI outbound websocket naming a client that is not here,
    // a section ARI silently ignores): counted here, each named in the tooltip.
    const QList<Diagnostic> loose = m_session->neighbourFindingsAboutNoClient();
    QStringList looseLines;
    for (const Diagnostic &d : loose)
        looseLines << d.toText();
    if (!loose.isEmpty())
        text += loose.size() == 1
                    ? tr(" — 1 finding in ari.conf or extensions.conf about no client")
                    : tr(" — %1 findings in ari.conf or extensions.conf about no client")
                          .arg(loose.size());
    m_summary->setToolTip(looseLines.join(QLatin1Char('\n')));
    m_summary->setText(text);
}

// ---- files

bool MainWindow::maybeSave() {
    if (m_raw->hasPendingChanges())
        m_raw->apply();
    if (!m_session->isModified())
        return true;
    switch (m_prompts->askUnsavedChanges(
        this, m_session->path().isEmpty() ? displayName() : fileOnHost(m_session->location()))) {
    case UserPrompts::UnsavedChoice::Save:
        return save();
    case UserPrompts::UnsavedChoice::Discard:
        return true;
    case UserPrompts::UnsavedChoice::Cancel:
        break;
    }
    return false;
}

void MainWindow::newFile() {
    if (!maybeSave())
        return;
    m_section.clear();
    dropRemoteProbe();
    m_session->newDocument();
}

bool MainWindow::openFile(const QString &path) {
    if (!maybeSave())
        return false;
    QString error;
    m_section.clear();
    const bool remote = ConfigLocation::looksRemote(path);
    // Reading over SSH takes a login: seconds, not milliseconds.
    if (remote)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = m_session->open(path, &error);
    if (remote)
        QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        m_prompts->showError(this, tr("Cannot open"), error);
        // A host that does not answer today may tomorrow: only a file here is forgotten.
        if (!remote) {
            Preferences::removeRecentFile(path);
            updateRecentMenu();
        }
        return false;
    }
    dropRemoteProbe();
    m_keptDiskBytes.clear();
    Preferences::addRecentFile(m_session->path());
    updateRecentMenu();
    return true;
}

bool MainWindow::openRemote() {
    const QString last = Preferences::lastRemoteFile();
    const QString path = m_prompts->askRemoteFile(
        this,
        last.isEmpty() ? QStringLiteral("ssh://pbx/etc/asterisk/websocket_client.conf") : last);
    return !path.isEmpty() && openFile(path);
}

bool MainWindow::save() {
    if (m_session->path().isEmpty())
        return saveAs();
    return saveTo(m_session->path());
}

bool MainWindow::saveAs() {
    // The file dialog writes files here only, whichever host the open file is on.
    const QString path = m_prompts->saveFileName(this, tr("Save As — on this computer"),
                                                 SuggestedPaths::saveAsPath(m_session->location()));
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString &path) {
    if (m_raw->hasPendingChanges())
        m_raw->apply();
    // Each round plans the save and asks; a file that changes again between the question and
    // the write is asked about again, with the new changes.
    for (;;) {
        const ConfigSession::SavePlan plan = m_session->planSave(path);
        QString error = plan.error;
        if (plan.ok()) {
            if (!confirmSave(plan))
                return false;
            const ConfigSession::SaveResult result = m_session->save(plan);
            if (result.status == ConfigSession::SaveStatus::Conflict)
                continue;
            if (result.status == ConfigSession::SaveStatus::Saved) {
                m_keptDiskBytes.clear();
                Preferences::addRecentFile(m_session->path());
                updateRecentMenu();
                statusBar()->showMessage(tr("Saved %1").arg(m_session->path()), 4000);
                return true;
            }
            error = result.error;
        }
        const QString name = plan.target.isValid() ? fileOnHost(plan.target) : path;
        if (m_prompts->offerSaveAs(this, name, error))
            return saveAs();
        return false;
    }
}

void MainWindow::saveAndApply() {
    if (m_reload->isRunning())
        return;
    if (m_session->path().isEmpty()) {
        m_prompts->showError(this, tr("Save and Apply"),
                             tr("Save the file where Asterisk reads it first (File > Save As), "
                                "then apply it."));
        return;
    }
    // The prediction and the error check are of what the save writes: pending raw edits
    // included, analysed now rather than when the timer fires.
    if (m_raw->hasPendingChanges())
        m_raw->apply();
    m_session->analyzeNow();
    const CheckResult &check = m_session->check();
    if ((check.errorCount() > 0 || !check.asteriskLoadsEverything()) &&
        !m_prompts->confirm(this, tr("Apply despite errors"),
                            tr("%1 has %n error(s). Asterisk keeps the old version of an invalid "
                               "section, or refuses the whole file. Save and reload anyway?",
                               nullptr, int(check.errorCount()))
                                .arg(displayName())))
        return;
    QString predictionText;
    const ReloadPrediction prediction = ReloadRunner::predict(*m_session, &predictionText);
    m_applyPrediction = predictionText;
    const bool saved = save();
    m_applyPrediction.clear();
    if (!saved)
        return;

    ReloadApply::Request request;
    request.location = m_session->location();
    request.appliedBytes = m_session->baseBytes();
    request.prediction = prediction;
    request.maxBytes = FileReader::defaultMaxBytes;
    auto *busy = new QProgressBar(statusBar());
    busy->setRange(0, 0); // as long as the PBX takes
    busy->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    busy->setAccessibleName(tr("Applying"));
    statusBar()->addPermanentWidget(busy);
    m_saveApplyAction->setEnabled(false);
    statusBar()->showMessage(tr("Reloading Asterisk on %1…").arg(displayName()));
    const auto progress = connect(m_reload, &ReloadRunner::progress, this,
                                  [this](const QString &line) { statusBar()->showMessage(line); });
    auto done = std::make_shared<QMetaObject::Connection>();
    *done = connect(m_reload, &ReloadRunner::finished, this,
                    [this, busy, progress, done](const ReloadApply::Report &report) {
                        disconnect(progress);
                        disconnect(*done);
                        // Gone before the result's dialog, which would otherwise show it
                        // still busy.
                        statusBar()->removeWidget(busy);
                        busy->deleteLater();
                        m_saveApplyAction->setEnabled(true);
                        QString title;
                        bool problem = false;
                        const QString text = ReloadRunner::reportText(report, &title, &problem);
                        statusBar()->showMessage(title, 8000);
                        m_prompts->showApplyResult(this, title, text, problem);
                    });
    m_reload->start(request);
}

bool MainWindow::confirmSave(const ConfigSession::SavePlan &plan) {
    if (plan.unchanged)
        return true;
    // Never overwrite, unasked, what someone else wrote since the file was read.
    if (plan.changedSinceRead) {
        const ConfigSession::Reapply reapply = m_session->planReapply(plan);
        const UserPrompts::SaveConflict conflict{fileOnHost(plan.target), m_session->diff(plan),
                                                 reapply.diff, reapply.conflicts};
        switch (m_prompts->askSaveConflict(this, conflict)) {
        case UserPrompts::ConflictChoice::Reapply:
            if (!reapply.conflicts.isEmpty())
                return false;
            // The question showed what the merge changes in their version: that is what the
            // save writes, without a second question.
            m_session->reapply(plan, reapply);
            m_keptDiskBytes.clear();
            return true;
        case UserPrompts::ConflictChoice::Overwrite:
            return true;
        case UserPrompts::ConflictChoice::Cancel:
            break;
        }
        return false;
    }
    // Save and Apply always asks: what the reload will do is the point of the question.
    if (!m_applyPrediction.isEmpty())
        return m_prompts->confirmSaveAndApply(this, fileOnHost(plan.target), m_session->diff(plan),
                                              m_applyPrediction);
    if (!Preferences::showDiffBeforeSave())
        return true;
    bool dontAsk = false;
    if (!m_prompts->confirmSaveDiff(this, fileOnHost(plan.target), m_session->diff(plan), &dontAsk))
        return false;
    if (dontAsk) {
        Preferences::setShowDiffBeforeSave(false);
        m_showDiffAction->setChecked(false);
    }
    return true;
}

void MainWindow::exportCopy() {
    bool redact = true;
    const QString path =
        m_prompts->askExport(this, SuggestedPaths::exportPath(m_session->location()), &redact);
    if (path.isEmpty())
        return;
    QString error;
    if (!m_session->exportTo(path, redact, &error))
        m_prompts->showError(this, tr("Cannot export"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(path), 4000);
}

void MainWindow::revert() {
    if (m_session->path().isEmpty())
        return;
    if (m_session->isModified() &&
        !m_prompts->confirm(
            this, tr("Revert"),
            tr("Throw away every change since %1 was last saved?").arg(displayName())))
        return;
    QString error;
    if (!m_session->reload(&error))
        m_prompts->showError(this, tr("Cannot revert"), error);
    m_keptDiskBytes.clear();
}

void MainWindow::onExternalChange() {
    m_externalTimer.start();
}

void MainWindow::checkExternalChange() {
    ConfigSource::Snapshot now;
    if (m_askingExternal || !m_session->changedOnDisk() || !m_session->diskSnapshot(&now))
        return;
    if (now.exists && now.bytes == m_keptDiskBytes)
        return;
    m_askingExternal = true;
    const auto choice = m_prompts->askExternalChange(this, displayName(), m_session->isModified());
    m_askingExternal = false;
    if (choice == UserPrompts::ExternalChangeChoice::Reload && now.exists) {
        QString error;
        if (!m_session->reload(&error))
            m_prompts->showError(this, tr("Cannot reload"), error);
        m_keptDiskBytes.clear();
    } else {
        m_keptDiskBytes = now.bytes;
    }
}

// ---- sections

bool MainWindow::editSections(const QString &text,
                              const std::function<bool(ConfigDocument &, QString *)> &edit) {
    QString error;
    if (!m_session->edit(text, edit, &error)) {
        m_prompts->showError(this, text, error);
        return false;
    }
    m_session->analyzeNow();
    return true;
}

void MainWindow::addSection() {
    QStringList templates;
    for (const ResolvedConfig::Category &c : m_session->resolved().categories()) {
        if (c.isTemplate)
            templates.append(QString::fromUtf8(c.name));
    }
    const NewSectionDialog::Choice choice = m_prompts->askNewSection(this, templates);
    if (choice.name.isEmpty())
        return;
    NewSection section{choice.name.toUtf8(), {}, choice.isTemplate, {}};
    if (!choice.baseTemplate.isEmpty())
        section.templates.append(choice.baseTemplate.toUtf8());
    if (editSections(tr("Add section [%1]").arg(choice.name),
                     [&](ConfigDocument &doc, QString *err) { return section.addTo(doc, err); })) {
        selectSection(choice.name);
        showTab(Tab::Settings);
    }
}

void MainWindow::duplicateSection() {
    const QString from = m_section;
    const QString to =
        m_prompts->askText(this, tr("Duplicate section"), tr("Name of the copy of [%1]:").arg(from),
                           from + tr("-copy"));
    if (to.isEmpty())
        return;
    if (editSections(tr("Duplicate [%1] as [%2]").arg(from, to),
                     [&](ConfigDocument &doc, QString *err) {
                         return doc.duplicateSection(from.toUtf8(), to.toUtf8(), err);
                     }))
        selectSection(to);
}

void MainWindow::renameSection() {
    const QString from = m_section;
    const QString to =
        m_prompts->askText(this, tr("Rename section"), tr("New name for [%1]:").arg(from), from);
    if (to.isEmpty() || to == from)
        return;
    if (editSections(tr("Rename [%1] to [%2]").arg(from, to),
                     [&](ConfigDocument &doc, QString *err) {
                         return doc.renameSection(from.toUtf8(), to.toUtf8(), err);
                     })) {
        selectSection(to);
        renameReferences(from, to);
    }
}

void MainWindow::renameReferences(const QString &from, const QString &to) {
    QList<ReferenceRename::FileEdit> edits;
    QString error;
    if (!m_session->planReferenceRename(from, to, &edits, &error)) {
        m_prompts->showError(
            this, tr("Cannot rename the references to [%1]").arg(from),
            tr("%1\n\nReload the file to read them again; nothing was written.").arg(error));
        return;
    }
    if (edits.isEmpty())
        return;
    QList<SaveDiffDialog::FileChanges> files;
    for (const ReferenceRename::FileEdit &edit : std::as_const(edits))
        files.append({fileOnHost(ConfigLocation::parse(edit.file)), ConfigSession::diff(edit)});
    if (!m_prompts->confirmReferenceRename(this, from, to, files))
        return;
    const QStringList failures = m_session->saveReferences(edits);
    if (!failures.isEmpty()) {
        m_prompts->showError(this, tr("Not every reference to [%1] was renamed").arg(from),
                             tr("%1\n\nA file that was not written holds what it held before.")
                                 .arg(failures.join(QLatin1Char('\n'))));
        return;
    }
    QStringList names;
    for (const ReferenceRename::FileEdit &edit : std::as_const(edits))
        names << ConfigLocation::parse(edit.file).fileName();
    statusBar()->showMessage(tr("Renamed [%1] to [%2] in %3; save to rename it in %4 too")
                                 .arg(from, to, names.join(QStringLiteral(", ")), displayName()),
                             8000);
}

void MainWindow::deleteSection() {
    const QString name = m_section;
    if (!m_prompts->confirm(this, tr("Delete section"),
                            tr("Delete [%1] and all its lines? (Undo brings it back.)").arg(name)))
        return;
    m_section.clear();
    editSections(tr("Delete [%1]").arg(name), [&](ConfigDocument &doc, QString *err) {
        return doc.removeSection(name.toUtf8(), err);
    });
}

// ---- connections

bool MainWindow::probesRemotely() const {
    return m_session->isRemote() && !m_probeHere;
}

void MainWindow::connectAll() {
    m_session->settleClientsToRun();
    m_manager->update(m_session->clientsToRun());
    if (probesRemotely())
        startRemoteProbe();
    else
        m_manager->startAll();
}

void MainWindow::disconnectAll() {
    if (m_remote)
        m_remote->stop();
    m_manager->stopAll();
}

// The probe on a PBX runs every section of the saved file at once: one section's Connect
// starts it, and Disconnect stops it.
void MainWindow::connectSection(const QString &section) {
    if (probesRemotely())
        startRemoteProbe();
    else
        m_manager->start(section);
}

// One call's connection: the section the dial string names, with the URI chan_websocket gives
// that call (DialRequest, as `wscm probe --dial`), until the section's settings change.
void MainWindow::connectWithDialString() {
    const QString dial =
        m_prompts->askText(this, tr("Connect with Dial String"),
                           tr("Dial string, as Dial() is given it (WebSocket/<id>[/options]):"),
                           QStringLiteral("WebSocket/%1/v()").arg(m_section));
    if (dial.isEmpty())
        return;
    if (probesRemotely()) {
        m_prompts->showError(this, tr("Connect with Dial String"),
                             tr("The probe on the PBX runs the saved sections; run `wscm probe "
                                "--dial` there, or probe from this computer."));
        return;
    }
    m_session->settleClientsToRun();
    QString error;
    const std::optional<ClientSettings> call =
        DialRequest::parse(dial.toUtf8()).settingsFor(m_session->clientsToRun(), &error);
    if (!call) {
        m_prompts->showError(this, tr("Asterisk would fail this call"),
                             dial + QStringLiteral(": ") + error);
        return;
    }
    QList<ClientSettings> clients = m_session->clientsToRun();
    for (ClientSettings &client : clients) {
        if (client.name == call->name)
            client = *call;
    }
    m_manager->update(clients);
    m_manager->start(call->name);
    statusBar()->showMessage(
        tr("[%1] connects to %2 as this call would").arg(call->name, call->uriText), 8000);
}

void MainWindow::disconnectSection(const QString &section) {
    if (probesRemotely() && m_remote)
        m_remote->stop();
    else
        m_manager->stop(section);
}

void MainWindow::startRemoteProbe() {
    if (!m_remote) {
        m_remote = new RemoteProbe(m_session->location(), this);
        connect(m_remote, &RemoteProbe::eventOccurred, m_log, &EventLogModel::append);
        // Asked once the probe's own signal has returned.
        connect(m_remote, &RemoteProbe::failed, this, &MainWindow::onRemoteProbeFailed,
                Qt::QueuedConnection);
        connect(m_remote, &RemoteProbe::remoteMessage, this,
                [this](const QString &line) { statusBar()->showMessage(line, 10000); });
        connect(m_remote, &RemoteProbe::started, this, [this](const QString &version) {
            statusBar()->showMessage(
                tr("Probing from %1 (%2 there)").arg(m_remote->measuredFrom(), version), 10000);
        });
    }
    m_remote->setSections(m_manager->names());
    m_monitor->setSource(m_remote);
    updateStatus();
    m_remote->start();
}

void MainWindow::onRemoteProbeFailed(RemoteProbe::Failure failure, const QString &message) {
    if (!m_remote)
        return;
    const QString host = m_remote->measuredFrom();
    m_monitor->setSource(m_manager);
    updateStatus();
    if (failure == RemoteProbe::Failure::Ssh) {
        m_prompts->showError(this, tr("Cannot probe from %1").arg(host), message);
        return;
    }
    if (!m_prompts->confirm(
            this, tr("Probe from this computer?"),
            tr("%1\n\nProbe from this computer instead? Its network path (proxy, firewall, DNS, "
               "certificate store) may not be the PBX's; the health is then labelled "
               "\"measured from this computer\".")
                .arg(message)))
        return;
    m_probeHere = true;
    m_manager->startAll();
    updateStatus();
}

void MainWindow::dropRemoteProbe() {
    m_probeHere = false;
    if (!m_remote)
        return;
    m_monitor->setSource(m_manager);
    delete m_remote;
    m_remote = nullptr;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    Preferences::saveWindow(this);
    dropRemoteProbe();
    m_manager->stopAll();
    event->accept();
}

} // namespace wscm
