// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "GuiTestSupport.h"
#include "HealthView.h"
#include "MainWindow.h"
#include "SectionListModel.h"
#include "StageWaterfall.h"
#include "net/ConnectionManager.h"

#include <QHostAddress>
#include <QLabel>
#include <QListView>
#include <QLocale>
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
    QVERIFY(health->stateText().endsWith(QStringLiteral("idle")));

    window.connectAll();
    QTRY_VERIFY_WITH_TIMEOUT(health->stateText().endsWith(QStringLiteral("connected")), 5000);
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
    QTRY_VERIFY_WITH_TIMEOUT(!health->stateText().endsWith(QStringLiteral(">connected")) &&
                                 !health->errorText().startsWith(QStringLiteral("none")),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(health->stateText().contains(QStringLiteral("retrying")), 5000);
    QVERIFY(!health->hintText().isEmpty());
    window.disconnectAll();
    QTRY_VERIFY(health->stateText().contains(QStringLiteral("stopped")));
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

QTEST_MAIN(TestHealthView)
#include "TestHealthView.moc"
