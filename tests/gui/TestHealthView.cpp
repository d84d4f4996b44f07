// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "FaultyWebSocketServer.h"
#include "GuiTestSupport.h"
#include "HealthView.h"
#include "MainWindow.h"
#include "OptionField.h"
#include "SectionListModel.h"
#include "SettingsForm.h"
#include "StageWaterfall.h"
#include "net/ConnectionManager.h"

#include <QHostAddress>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace wscm;

// The health view against a real WebSocket server on 127.0.0.1, started by the test.
class TestHealthView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void connectsShowsRttThenExplainsTheLoss();
    void refusedConnectionShowsStageAndHint_data();
    void refusedConnectionShowsStageAndHint();
    void invalidSectionShowsAsterisksErrorNotDefaults();
    void goToFieldFocusesTheFieldInSettings();
    void refusedUpgradeMarksTheFailedStage();
};

namespace {

QByteArray clientConfig(quint16 port) {
    return "[live]\ntype = websocket_client\nconnection_type = persistent\n"
           "uri = ws://127.0.0.1:" +
           QByteArray::number(port) +
           "/ws\nenable_pingpongs = yes\npingpong_interval = 1\npingpong_probes = 2\n"
           "reconnect_interval = 200\n";
}

// Qt's own messages in another language, as on a translated desktop: every letter of Qt's
// texts is rotated by 13 places, so not one English word of them is left. wscm's texts stay.
class QtInAnotherLanguage : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *,
                      int) const override {
        if (!context || QByteArrayView(context).startsWith("wscm"))
            return QString();
        QString text = QString::fromUtf8(sourceText);
        for (QChar &c : text) {
            const char16_t base = c.isUpper() ? u'A' : u'a';
            if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
                c = QChar(char16_t(base + (c.unicode() - base + 13) % 26));
        }
        return text;
    }
};

QString labelText(const QWidget *root, const QString &accessibleName) {
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->accessibleName() == accessibleName)
            return label->text();
    }
    return QString();
}

// "0.052 ms", "12.3 ms": a duration the user can read, and more than nothing.
bool positiveMilliseconds(const QString &text) {
    static const QRegularExpression ms(QStringLiteral("^(\\d+([.,]\\d+)?) ms$"));
    const auto match = ms.match(text);
    return match.hasMatch() && QLocale().toDouble(match.captured(1)) > 0;
}

// A section Asterisk would not load: "1s" is not a number (the demo's media-typo).
const QByteArray typoConfig = "[defaults](!)\n"
                              "type = websocket_client\n"
                              "connection_type = persistent\n"
                              "enable_pingpongs = yes\n"
                              "pingpong_probes = 2\n"
                              "\n"
                              "[media-typo](defaults)\n"
                              "uri = ws://127.0.0.1:9/media\n"
                              "pingpong_interval = 1s\n";

// The window at 800×600 on typoConfig, written into dir, with media-typo selected; false if
// any step fails.
bool showTypoSection(MainWindow &window, const QTemporaryDir &dir) {
    const QString path = dir.filePath(QStringLiteral("websocket_client.conf"));
    if (!test::writeFile(path, typoConfig))
        return false;
    window.resize(800, 600);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(path))
        return false;
    window.selectSection(QStringLiteral("media-typo"));
    return true;
}

QPushButton *buttonNamed(const QWidget *root, const QString &accessibleName) {
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

// Where a widget is on the page, to compare what comes first.
int yOnPage(const QWidget *widget, const QWidget *page) {
    return widget->mapTo(page, QPoint()).y();
}

QWidget *labelNamed(const QWidget *root, const QString &accessibleName) {
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->accessibleName() == accessibleName)
            return label;
    }
    return nullptr;
}

quint16 unusedPort() {
    QWebSocketServer probe(QStringLiteral("probe"), QWebSocketServer::NonSecureMode);
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

void TestHealthView::connectsShowsRttThenExplainsTheLoss() {
    QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QWebSocket *> peers;
    connect(&server, &QWebSocketServer::newConnection, this,
            [&] { peers.append(server.nextPendingConnection()); });

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(test::writeFile(path, clientConfig(server.serverPort())));
    MainWindow window;
    test::ScriptedPrompts prompts;
    window.setPrompts(&prompts);
    window.show();
    QVERIFY(window.openFile(path));
    window.showTab(MainWindow::Tab::Health);
    HealthView *health = window.healthView();
    QCOMPARE(health->section(), QStringLiteral("live"));
    QTRY_VERIFY2(health->stateText().endsWith(QStringLiteral("not connected")),
                 qPrintable(health->stateText()));

    window.connectAll();
    // The state the section's row tells, with since when.
    QTRY_VERIFY_WITH_TIMEOUT(health->stateText().contains(QStringLiteral("connected for")), 5000);
    QTRY_COMPARE(window.statusSummary(), QStringLiteral("1 connected"));
    QCOMPARE(peers.size(), 1);
    // Qt's server answers our PINGs: the PONGs show as round trips and a green heartbeat.
    QTRY_VERIFY_WITH_TIMEOUT(labelText(health, QStringLiteral("Last round trip:")) != u"–", 5000);
    // On loopback a round trip and each stage take well under a millisecond: they show to
    // the microsecond, never as "0 ms".
    const QString rtt = labelText(health, QStringLiteral("Last round trip:"));
    QVERIFY2(positiveMilliseconds(rtt), qPrintable(rtt));
    const QString stages = health->findChild<StageWaterfall *>()->accessibleDescription();
    static const QRegularExpression stage(QStringLiteral("(TCP|upgrade) (\\S+ ms)"));
    auto it = stage.globalMatch(stages);
    QVERIFY2(it.hasNext(), qPrintable(stages));
    while (it.hasNext())
        QVERIFY2(positiveMilliseconds(it.next().captured(2)), qPrintable(stages));
    QCOMPARE(health->pingText().left(13), QStringLiteral("0 of 2 allowe"));
    QListView *list = nullptr;
    for (QListView *view : window.findChildren<QListView *>()) {
        if (view->accessibleName() == QStringLiteral("Connections"))
            list = view;
    }
    QVERIFY(list);
    const QModelIndex row = list->model()->index(0, 0);
    QTRY_VERIFY(!row.data(SectionListModel::HeartbeatRole).value<QList<int>>().isEmpty());
    QVERIFY(row.data(SectionListModel::LastRttRole).toLongLong() >= 0);

    // The server goes away: the view says what happened and what to check.
    server.close();
    qDeleteAll(peers);
    QTRY_VERIFY_WITH_TIMEOUT(!health->stateText().contains(QStringLiteral("connected for")) &&
                                 !health->errorText().startsWith(QStringLiteral("none")),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(health->stateText().contains(QStringLiteral("retrying")), 5000);
    QVERIFY(!health->hintText().isEmpty());
    window.disconnectAll();
    QTRY_VERIFY(health->stateText().endsWith(QStringLiteral("not connected")));
}

void TestHealthView::refusedConnectionShowsStageAndHint_data() {
    QTest::addColumn<bool>("translated");
    QTest::addColumn<QString>("qtText");
    QTest::newRow("English") << false << QStringLiteral("Connection refused");
    // On a translated desktop Qt's part of the error is in another language; the hint must
    // not change (it once searched the error for "refused").
    QTest::newRow("Qt in another language") << true << QStringLiteral("Pbaarpgvba ershfrq");
}

void TestHealthView::refusedConnectionShowsStageAndHint() {
    QFETCH(bool, translated);
    QFETCH(QString, qtText);
    QtInAnotherLanguage translator;
    if (translated)
        QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto untranslate = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    // A port that was just free: nothing listens there.
    const quint16 port = unusedPort();
    QVERIFY(port);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(test::writeFile(path, clientConfig(port)));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    window.connectAll();
    HealthView *health = window.healthView();
    QTRY_VERIFY_WITH_TIMEOUT(health->errorText().startsWith(QStringLiteral("tcp stage:")), 5000);
    QVERIFY2(health->errorText().contains(qtText), qPrintable(health->errorText()));
    QVERIFY2(health->hintText().startsWith(
                 QStringLiteral("Nothing accepts connections at that address: check the host "
                                "and port in uri")),
             qPrintable(health->hintText()));
    window.disconnectAll();
}

void TestHealthView::invalidSectionShowsAsterisksErrorNotDefaults() {
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(showTypoSection(window, dir));
    window.showTab(MainWindow::Tab::Health);
    HealthView *health = window.healthView();

    // A heading names the section, in sight at 800×600.
    QCOMPARE(health->headingText(), QStringLiteral("[media-typo] — websocket client"));
    QWidget *heading = labelNamed(health, QStringLiteral("Section shown"));
    QVERIFY(heading);
    QTRY_VERIFY(!heading->visibleRegion().isEmpty());

    // Asterisk's own words, the option, the value as written and its line.
    const QString error = health->errorText();
    QVERIFY2(error.startsWith(QStringLiteral("pingpong_interval = 1s (line 9): Asterisk's error: "
                                             "Error parsing pingpong_interval=1s")),
             qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("none")), qPrintable(error));
    QVERIFY2(health->hintText().contains(QStringLiteral("Correct pingpong_interval")),
             qPrintable(health->hintText()));
    QVERIFY2(health->hintText().contains(QStringLiteral("Asterisk leaves this section out")),
             qPrintable(health->hintText()));
    // No PING interval is in force, least of all the default: what was written shows.
    const QString defaultInterval =
        QString::fromLatin1(OptionSchema::find(u"pingpong_interval")->defaultValue);
    QVERIFY2(!health->pingText().contains(QStringLiteral("every")), qPrintable(health->pingText()));
    QVERIFY2(!health->pingText().contains(QStringLiteral(" %1 s").arg(defaultInterval)),
             qPrintable(health->pingText()));
    QVERIFY2(health->pingText().contains(QStringLiteral("pingpong_interval = 1s")) &&
                 health->pingText().contains(QStringLiteral("pingpong_probes = 2")) &&
                 health->pingText().contains(QStringLiteral("would not load")),
             qPrintable(health->pingText()));

    // Nothing was measured for a section that is not loaded: no empty charts.
    QVERIFY(!health->findChild<StageWaterfall *>()->isVisibleTo(health));

    // Corrected, Asterisk's verdict goes and the interval written is the one in force.
    QVERIFY(window.session()->edit(QStringLiteral("fix"), [](ConfigDocument &doc, QString *err) {
        return doc.setValue("media-typo", "pingpong_interval", "1", err);
    }));
    window.session()->analyzeNow();
    QTRY_VERIFY2(!health->errorText().contains(QStringLiteral("Asterisk's error")),
                 qPrintable(health->errorText()));
    QVERIFY(!health->errorText().isEmpty());
    QVERIFY2(health->pingText().contains(QStringLiteral("a PING every 1 s")),
             qPrintable(health->pingText()));
    QVERIFY(buttonNamed(health, QStringLiteral("Go to field pingpong_interval"))->isHidden());
}

void TestHealthView::goToFieldFocusesTheFieldInSettings() {
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(showTypoSection(window, dir));

    // The field is far down the form: out of sight until asked for.
    window.showTab(MainWindow::Tab::Settings);
    QWidget *editor = window.settingsForm()->field(QStringLiteral("pingpong_interval"))->editor();
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(editor->visibleRegion().isEmpty());

    window.showTab(MainWindow::Tab::Health);
    QPushButton *goTo =
        buttonNamed(window.healthView(), QStringLiteral("Go to field pingpong_interval"));
    QVERIFY(goTo);
    QVERIFY(goTo->isVisible());
    QCOMPARE(goTo->text(), QStringLiteral("Go to field"));
    // Reached and pressed with the keyboard.
    QVERIFY(goTo->focusPolicy() & Qt::TabFocus);
    goTo->setFocus();
    QTest::keyClick(goTo, Qt::Key_Space);

    QTRY_VERIFY(window.settingsForm()->isVisible());
    QTRY_COMPARE(window.focusWidget(), editor);
    QTRY_VERIFY(!editor->visibleRegion().isEmpty());
    QCOMPARE(window.settingsForm()->section(), QStringLiteral("media-typo"));
}

void TestHealthView::refusedUpgradeMarksTheFailedStage() {
    // The demo's server for a wrong password: it answers every upgrade with 401.
    FaultyWebSocketServer server(FaultyWebSocketServer::Fault::RefusesUpgrade);
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(test::writeFile(path, "[refused]\ntype = websocket_client\n"
                                  "connection_type = persistent\n"
                                  "uri = ws://127.0.0.1:" +
                                      QByteArray::number(server.port()) +
                                      "/ws\nusername = asterisk\npassword = wrong\n"
                                      "reconnect_interval = 200\n"));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    window.showTab(MainWindow::Tab::Health);
    HealthView *health = window.healthView();
    auto *stages = health->findChild<StageWaterfall *>();
    QVERIFY(stages);
    QCOMPARE(stages->failedStage(), QString());

    window.connectAll();
    QTRY_COMPARE_WITH_TIMEOUT(stages->failedStage(), QStringLiteral("upgrade"), 5000);
    // Marked in words, with the cause, not with a dash; the stage before it took its time.
    const QString description = stages->accessibleDescription();
    QVERIFY2(description.contains(QStringLiteral("upgrade failed: HTTP 401")),
             qPrintable(description));
    static const QRegularExpression tcp(QStringLiteral("^TCP (\\S+ ms), "));
    const auto match = tcp.match(description);
    QVERIFY2(match.hasMatch() && positiveMilliseconds(match.captured(1)), qPrintable(description));
    QVERIFY2(!description.contains(QStringLiteral("upgrade –")), qPrintable(description));
    // Last error and what to check agree with it.
    QVERIFY2(health->errorText().startsWith(QStringLiteral("upgrade stage: HTTP 401")),
             qPrintable(health->errorText()));
    QVERIFY2(health->hintText().startsWith(QStringLiteral("The server answered 401")),
             qPrintable(health->hintText()));

    // Why comes first: the error and the hint above the stage chart, both above the counters.
    const QWidget *hint = labelNamed(health, QStringLiteral("What to check:"));
    QVERIFY(hint && stages->isVisible());
    QVERIFY(yOnPage(labelNamed(health, QStringLiteral("Last error:")), health) <
            yOnPage(hint, health));
    QVERIFY(yOnPage(hint, health) < yOnPage(stages, health));
    QVERIFY(yOnPage(stages, health) <
            yOnPage(labelNamed(health, QStringLiteral("Attempts:")), health));

    // Stopped after a failed attempt, the failure stays marked: it is the last attempt's.
    window.disconnectAll();
    QTRY_VERIFY(health->stateText().endsWith(QStringLiteral("not connected")));
    QCOMPARE(stages->failedStage(), QStringLiteral("upgrade"));
}

QTEST_MAIN(TestHealthView)
#include "TestHealthView.moc"
