// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "ConnectionMonitor.h"
#include "EchoingServer.h"
#include "GuiTestSupport.h"
#include "HealthView.h"
#include "MainWindow.h"
#include "OptionField.h"
#include "Preferences.h"
#include "RawEditor.h"
#include "SecretFixture.h"
#include "SettingsForm.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace wscm;

// The desktop app, real widgets offscreen, on secrets written every way Asterisk reads them
// and connected to a server that quotes the credentials it was sent: no widget of the
// Settings and Health tabs, the event log, the export or the diff before saving shows one.
// The Raw tab is left out on purpose: it edits the file itself, secrets and all.
class TestSecretWidgets : public QObject {
    Q_OBJECT

    struct Prompts : test::ScriptedPrompts {
        QString exportPath;
        QString askExport(QWidget *, const QString &, bool *redact) override {
            *redact = true;
            return exportPath;
        }
    };

    QTemporaryDir m_dir;
    EchoingServer m_server;
    QString m_path;
    QStringList m_secrets;
    Prompts m_prompts;
    MainWindow *m_window = nullptr;

    // Every text the window shows or gives a screen reader, hidden widgets included.
    QStringList shownTexts() const {
        QStringList texts{m_window->windowTitle(), m_window->statusBar()->currentMessage()};
        const QWidget *raw = m_window->rawEditor();
        for (const QWidget *w : m_window->findChildren<QWidget *>()) {
            if (w == raw || raw->isAncestorOf(w))
                continue;
            texts << w->toolTip() << w->statusTip() << w->whatsThis() << w->accessibleName()
                  << w->accessibleDescription() << w->windowTitle();
            if (const auto *label = qobject_cast<const QLabel *>(w))
                texts << label->text();
            if (const auto *edit = qobject_cast<const QLineEdit *>(w))
                texts << edit->displayText() << edit->placeholderText();
            if (const auto *button = qobject_cast<const QAbstractButton *>(w))
                texts << button->text();
            if (const auto *box = qobject_cast<const QGroupBox *>(w))
                texts << box->title();
            if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    texts << combo->itemText(i);
            }
            if (const auto *tabs = qobject_cast<const QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    texts << tabs->tabText(i) << tabs->tabToolTip(i);
            }
            if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w))
                texts << plain->toPlainText();
            if (const auto *rich = qobject_cast<const QTextEdit *>(w))
                texts << rich->toPlainText();
            if (const auto *view = qobject_cast<const QAbstractItemView *>(w))
                texts << modelTexts(view->model(), {});
        }
        return texts;
    }
    static QStringList modelTexts(const QAbstractItemModel *model, const QModelIndex &parent) {
        QStringList texts;
        if (!model)
            return texts;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole),
                                 int(Qt::WhatsThisRole), int(Qt::AccessibleTextRole),
                                 int(Qt::AccessibleDescriptionRole)})
                    texts << index.data(role).toString();
                texts << modelTexts(model, index);
            }
        }
        return texts;
    }
    void verifyNothingShown(const QString &where) const {
        const QString all = shownTexts().join(QLatin1Char('\n'));
        const QString leaked = SecretFixture::leak(all.toUtf8(), m_secrets);
        QVERIFY2(leaked.isEmpty(), qPrintable(QStringLiteral("%1 shows '%2'").arg(where, leaked)));
    }
    QAction *action(const QString &text) const {
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

private slots:
    void initTestCase() {
        test::isolateSettings();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_path = m_dir.filePath(QStringLiteral("websocket_client.conf"));
        QVERIFY(test::writeFile(m_path, SecretFixture::config(m_server.port())));
        QString error;
        m_secrets = SecretFixture::secrets(m_path, &error);
        QVERIFY2(!m_secrets.isEmpty(), qPrintable(error));
        m_window = new MainWindow;
        m_window->setPrompts(&m_prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(m_window->openFile(m_path));
    }
    void cleanupTestCase() {
        m_prompts.unsaved = UserPrompts::UnsavedChoice::Discard;
        delete m_window;
    }

    void settingsAndHealthOfEverySection() {
        m_window->connectAll();
        const QStringList sections = SecretFixture::sections();
        // Every client was refused once, with its credentials quoted in the reason.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(sections.cbegin(), sections.cend(),
                        [this](const QString &s) {
                            return m_window->monitor()->health(s).lastFailureStage !=
                                   ConnectionHealth::Stage::None;
                        }),
            20000);
        for (const QString &section : sections) {
            m_window->selectSection(section);
            m_window->showTab(MainWindow::Tab::Settings);
            verifyNothingShown(QStringLiteral("[%1] Settings").arg(section));
            m_window->showTab(MainWindow::Tab::Health);
            verifyNothingShown(QStringLiteral("[%1] Health").arg(section));
        }
        m_window->selectSection(QStringLiteral("escaped"));
        QVERIFY2(m_window->healthView()->errorText().contains(
                     QStringLiteral("Forbidden credentials ********")),
                 qPrintable(m_window->healthView()->errorText()));
    }

    void eventLog() {
        const QString all = shownTexts().join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("proxy credentials ********")), qPrintable(all));
        verifyNothingShown(QStringLiteral("the event log"));
    }

    void uriPasswordIsMaskedUntilRevealed() {
        m_window->selectSection(QStringLiteral("userinfo"));
        m_window->showTab(MainWindow::Tab::Settings);
        OptionField *field = m_window->settingsForm()->field(QStringLiteral("uri"));
        auto *edit = field->findChild<QLineEdit *>(QStringLiteral("uri"));
        QVERIFY(edit);
        QVERIFY2(edit->displayText().startsWith(QStringLiteral("ws://alice:********@127.0.0.1:")),
                 qPrintable(edit->displayText()));
        // Read-only while masked, so the mask can never be written into the file.
        QVERIFY(edit->isReadOnly());
        QToolButton *reveal = nullptr;
        for (auto *button : field->findChildren<QToolButton *>()) {
            if (button->accessibleName() == QStringLiteral("Show uri"))
                reveal = button;
        }
        QVERIFY(reveal);
        QVERIFY(!reveal->isHidden());
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(edit->displayText().contains(QStringLiteral("Ur1nfo\\;Pa55w0rd")) ||
                edit->displayText().contains(QStringLiteral("Ur1nfo;Pa55w0rd")));
        QVERIFY(!edit->isReadOnly());
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(edit->displayText().contains(QStringLiteral(":********@")));
        verifyNothingShown(QStringLiteral("the uri field, hidden again"));
    }

    void exportRedacts() {
        m_prompts.exportPath = m_dir.filePath(QStringLiteral("export.conf"));
        QAction *exportAction = action(QStringLiteral("&Export…"));
        QVERIFY(exportAction);
        exportAction->trigger();
        const QByteArray exported = test::readFile(m_prompts.exportPath);
        QVERIFY(exported.contains("password = ********\r\n"));
        const QString leaked = SecretFixture::leak(exported, m_secrets);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    }

    void diffBeforeSaving() {
        Preferences::setShowDiffBeforeSave(true);
        m_secrets << QStringLiteral("N3wS3cretQ");
        QVERIFY(m_window->session()->edit(QStringLiteral("t"), [](ConfigDocument &doc, QString *e) {
            return doc.setValue("escaped", "password", "N3wS3cretQ", e);
        }));
        m_prompts.saveDiff = false; // look at the diff, write nothing
        QVERIFY(!m_window->save());
        QVERIFY2(m_prompts.lastDiff.contains(QStringLiteral("+password = ********")),
                 qPrintable(m_prompts.lastDiff));
        const QString leaked = SecretFixture::leak(m_prompts.lastDiff.toUtf8(), m_secrets);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
        verifyNothingShown(QStringLiteral("the window after the edit"));
    }
};

QTEST_MAIN(TestSecretWidgets)
#include "TestSecretWidgets.moc"
