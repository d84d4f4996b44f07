// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "ConnectionMonitor.h"
#include "EchoWebSocketServer.h"
#include "FaultyWebSocketServer.h"
#include "GuiTestSupport.h"
#include "SectionListModel.h"
#include "net/ConnectionManager.h"

#include <QTest>

using namespace wscm;
using Kind = SectionStatus::Kind;

// The client list's rows say what each section is doing and why: a real file read by a
// ConfigSession, real connections to servers on 127.0.0.1 that answer, stay silent after the
// upgrade and refuse it with 401. A section that keeps dropping is unstable in every row text
// and in the summary, never connected.
class TestSectionListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void invalidAndIdleRowsNameTheirReason();
    void liveRowsCarryStateCauseAndTime();
    void aFlappingSectionIsNeverCountedAsConnected();
    void aTrialOfUnsavedEditsIsSaidOnItsRow();

private:
    QString rowText(const QString &name, int role) const;
    QVariant rowData(const QString &name, int role) const;

    QTemporaryDir m_dir;
    EchoWebSocketServer *m_echo = nullptr;
    FaultyWebSocketServer *m_silent = nullptr;
    FaultyWebSocketServer *m_refusing = nullptr;
    ConfigSession *m_session = nullptr;
    ConnectionManager *m_manager = nullptr;
    ConnectionMonitor *m_monitor = nullptr;
    SectionListModel *m_model = nullptr;
};

namespace {
const QString secret = QStringLiteral("s3cret-in-the-row-test");
}

void TestSectionListModel::initTestCase() {
    test::isolateSettings();
    QString error;
    m_echo = new EchoWebSocketServer(this);
    QVERIFY2(m_echo->listen(QSslConfiguration(), &error), qPrintable(error));
    m_silent = new FaultyWebSocketServer(FaultyWebSocketServer::Fault::IgnoresPings, this);
    QVERIFY2(m_silent->listen(&error), qPrintable(error));
    m_refusing = new FaultyWebSocketServer(FaultyWebSocketServer::Fault::RefusesUpgrade, this);
    QVERIFY2(m_refusing->listen(&error), qPrintable(error));

    const auto uri = [](quint16 port) {
        return "uri = ws://127.0.0.1:" + QByteArray::number(port) + "/media\n";
    };
    const QByteArray config = "[base](!)\ntype = websocket_client\n"
                              "connection_type = persistent\nreconnect_interval = 500\n"
                              "enable_pingpongs = yes\npingpong_interval = 1\n"
                              "pingpong_probes = 2\n\n"
                              "[plain](base)\n" +
                              uri(m_echo->port()) + "\n[silent](base)\n" + uri(m_silent->port()) +
                              "\n[refused](base)\n" + uri(m_refusing->port()) +
                              "username = asterisk\npassword = " + secret.toUtf8() +
                              "\n\n[idle](base)\n" + uri(m_echo->port()) + "\n[typo](base)\n" +
                              uri(m_echo->port()) + "pingpong_interval = 1s\n";
    const QString path = m_dir.filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(test::writeFile(path, config));
    m_session = new ConfigSession(this);
    QVERIFY2(m_session->open(path, &error), qPrintable(error));
    m_session->analyzeNow();
    m_manager = new ConnectionManager(this);
    m_monitor = new ConnectionMonitor(m_manager, this);
    m_model = new SectionListModel(SectionListModel::Listing::Clients, m_session, m_monitor, this);
    m_manager->update(m_session->validClients());
}

void TestSectionListModel::cleanupTestCase() {
    if (m_manager)
        m_manager->stopAll();
}

QVariant TestSectionListModel::rowData(const QString &name, int role) const {
    const int row = m_model->rowOf(name);
    return row < 0 ? QVariant() : m_model->index(row).data(role);
}

QString TestSectionListModel::rowText(const QString &name, int role) const {
    return rowData(name, role).toString();
}

void TestSectionListModel::invalidAndIdleRowsNameTheirReason() {
    QCOMPARE(m_model->rowCount(), 5);
    for (const QString &name : {QStringLiteral("typo"), QStringLiteral("idle")})
        QCOMPARE(rowText(name, Qt::DisplayRole), name);

    const QString typo = rowText(QStringLiteral("typo"), Qt::AccessibleTextRole);
    QVERIFY2(typo.startsWith(QStringLiteral("typo — invalid: Error parsing pingpong_interval=1s")),
             qPrintable(typo));
    QCOMPARE(rowText(QStringLiteral("typo"), Qt::ToolTipRole), typo);
    QCOMPARE(rowData(QStringLiteral("typo"), SectionListModel::StatusKindRole).toInt(),
             int(Kind::Invalid));
    QCOMPARE(rowText(QStringLiteral("typo"), SectionListModel::StatusTextRole),
             QStringLiteral("invalid: pingpong_interval (line %1)")
                 .arg(m_session->check().object(QStringLiteral("typo"))->line + 2));

    QCOMPARE(rowText(QStringLiteral("idle"), Qt::AccessibleTextRole),
             QStringLiteral("idle — not connected"));
    QCOMPARE(rowText(QStringLiteral("idle"), SectionListModel::StatusTextRole),
             QStringLiteral("not connected"));
    QCOMPARE(m_model->summaryText(), QStringLiteral("4 not connected, 1 invalid"));
}

void TestSectionListModel::liveRowsCarryStateCauseAndTime() {
    for (const char *name : {"plain", "silent", "refused"})
        m_manager->start(QString::fromLatin1(name));

    QTRY_VERIFY_WITH_TIMEOUT(
        rowData(QStringLiteral("plain"), SectionListModel::LastRttRole).toLongLong() >= 0, 15000);
    const QString plain = rowText(QStringLiteral("plain"), Qt::AccessibleTextRole);
    QVERIFY2(plain.startsWith(QStringLiteral("plain — connected for ")), qPrintable(plain));
    QVERIFY2(plain.contains(QStringLiteral(", last PONG ")), qPrintable(plain));
    QCOMPARE(rowText(QStringLiteral("plain"), SectionListModel::StatusTextRole),
             QStringLiteral("connected"));
    QVERIFY(rowText(QStringLiteral("plain"), Qt::AccessibleDescriptionRole).isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(
        rowData(QStringLiteral("refused"), SectionListModel::StatusKindRole).toInt(),
        int(Kind::Retrying), 15000);
    const QString refused = rowText(QStringLiteral("refused"), Qt::AccessibleTextRole);
    QVERIFY2(refused.startsWith(QStringLiteral("refused — retrying")), qPrintable(refused));
    QVERIFY2(refused.contains(QStringLiteral(": HTTP 401 at upgrade, failed ")),
             qPrintable(refused));
    QCOMPARE(rowText(QStringLiteral("refused"), SectionListModel::StatusTextRole),
             QStringLiteral("retrying: HTTP 401 at upgrade"));
    // What to check goes with it: as the tooltip's second line and as the description.
    const QString hint = rowText(QStringLiteral("refused"), Qt::AccessibleDescriptionRole);
    QVERIFY2(hint.contains(QStringLiteral("username and password")), qPrintable(hint));
    QCOMPARE(rowText(QStringLiteral("refused"), Qt::ToolTipRole).section(QLatin1Char('\n'), 1),
             hint);

    QTRY_COMPARE_WITH_TIMEOUT(
        rowData(QStringLiteral("silent"), SectionListModel::StatusKindRole).toInt(),
        int(Kind::Unstable), 20000);
    const QString silent = rowText(QStringLiteral("silent"), Qt::AccessibleTextRole);
    QVERIFY2(silent.startsWith(QStringLiteral("silent — unstable: dropped ")), qPrintable(silent));
    QVERIFY2(silent.contains(QStringLiteral("(ping-timeout)")), qPrintable(silent));
    QVERIFY2(rowText(QStringLiteral("silent"), SectionListModel::StatusTextRole)
                 .startsWith(QStringLiteral("unstable: ping-timeout, dropped ")),
             qPrintable(rowText(QStringLiteral("silent"), SectionListModel::StatusTextRole)));

    // No role of any row shows the password.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                         int(Qt::AccessibleDescriptionRole), int(SectionListModel::StatusTextRole)})
            QVERIFY(!m_model->index(row).data(role).toString().contains(secret));
    }
}

void TestSectionListModel::aFlappingSectionIsNeverCountedAsConnected() {
    QTRY_COMPARE_WITH_TIMEOUT(
        rowData(QStringLiteral("silent"), SectionListModel::StatusKindRole).toInt(),
        int(Kind::Unstable), 20000);
    // Watch it reconnect at least twice more: "connected" again each time, and still counted
    // as unstable at every update the views get.
    const int drops = int(m_monitor->stability(QStringLiteral("silent")).drops().size());
    QStringList summaries;
    bool sawConnected = false;
    auto watch = connect(m_monitor, &ConnectionMonitor::healthUpdated, this, [&] {
        summaries << m_model->summaryText();
        sawConnected = sawConnected || m_monitor->health(QStringLiteral("silent")).state ==
                                           ConnectionHealth::State::Connected;
    });
    QTRY_VERIFY_WITH_TIMEOUT(
        m_monitor->stability(QStringLiteral("silent")).drops().size() >= drops + 2, 20000);
    disconnect(watch);
    QVERIFY(sawConnected);
    const QString expected =
        QStringLiteral("1 connected, 1 unstable, 1 retrying, 1 not connected, 1 invalid");
    for (const QString &summary : std::as_const(summaries))
        QCOMPARE(summary, expected);
    QCOMPARE(m_model->summaryText(), expected);
}

void TestSectionListModel::aTrialOfUnsavedEditsIsSaidOnItsRow() {
    const auto plainText = [this] {
        return rowText(QStringLiteral("plain"), SectionListModel::StatusTextRole);
    };
    QCOMPARE(plainText(), QStringLiteral("connected"));
    m_session->setTryingUnsaved(true);
    QVERIFY(m_session->edit(QStringLiteral("probes"), [](ConfigDocument &doc, QString *) {
        QByteArray bytes = doc.bytes();
        bytes.replace("[plain](base)\n", "[plain](base)\npingpong_probes = 3\n");
        doc.setBytes(bytes);
        return true;
    }));
    m_session->settleClientsToRun();
    QVERIFY(m_session->runsUnsaved(QStringLiteral("plain")));
    // The connections follow what is to run, as the window makes them.
    m_manager->update(m_session->clientsToRun());
    QTRY_COMPARE_WITH_TIMEOUT(plainText(), QStringLiteral("connected (trying unsaved changes)"),
                              10000);
    const QString sentence = rowText(QStringLiteral("plain"), Qt::AccessibleTextRole);
    QVERIFY2(sentence.startsWith(QStringLiteral("plain — connected for ")) &&
                 sentence.endsWith(QStringLiteral(" (trying unsaved changes)")),
             qPrintable(sentence));
    // Only the section that runs the edits says so.
    QVERIFY(!rowText(QStringLiteral("refused"), Qt::AccessibleTextRole)
                 .contains(QStringLiteral("unsaved")));

    m_session->setTryingUnsaved(false);
    QVERIFY(!m_session->runsUnsaved(QStringLiteral("plain")));
    m_manager->update(m_session->clientsToRun());
    QTRY_COMPARE_WITH_TIMEOUT(plainText(), QStringLiteral("connected"), 10000);
}

QTEST_MAIN(TestSectionListModel)
#include "TestSectionListModel.moc"
