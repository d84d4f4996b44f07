// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "DemoEnvironment.h"
#include "DemoProxy.h"
#include "GuiTestSupport.h"
#include "HealthView.h"
#include "MainWindow.h"

#include <QAccessible>
#include <QListView>
#include <QTest>

using namespace wscm;

// What a screen reader hears of `wscm demo` after half a minute of it running: every client
// row, read through Qt's accessibility interface as assistive technology reads it, names the
// section's state and its cause. The demo's servers and squid run for real on 127.0.0.1.
class TestDemoRows : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyRowSaysStateAndCauseAfterHalfAMinute();

private:
    // Section name -> what its row's accessible interface says: name and description.
    QHash<QString, QPair<QString, QString>> readRows() const;

    DemoEnvironment *m_demo = nullptr;
    MainWindow *m_window = nullptr;
    QListView *m_list = nullptr;
};

void TestDemoRows::initTestCase() {
    test::isolateSettings();
    m_demo = new DemoEnvironment(this);
    QString error;
    QVERIFY2(m_demo->start(&error), qPrintable(error));
    // The proxy's row is part of what is checked wherever squid is installed.
    QCOMPARE(m_demo->hasProxy(), DemoProxy::isAvailable());
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(m_demo->configPath()));
    for (QListView *view : m_window->findChildren<QListView *>()) {
        if (view->accessibleName() == QStringLiteral("Connections"))
            m_list = view;
    }
    QVERIFY(m_list);
    m_window->connectAll();
}

void TestDemoRows::cleanupTestCase() {
    if (m_window)
        m_window->disconnectAll();
    delete m_window;
}

QHash<QString, QPair<QString, QString>> TestDemoRows::readRows() const {
    QHash<QString, QPair<QString, QString>> rows;
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(m_list);
    if (!list)
        return rows;
    for (int i = 0; i < list->childCount(); ++i) {
        QAccessibleInterface *row = list->child(i);
        if (!row || row->role() != QAccessible::ListItem)
            continue;
        const QString name = row->text(QAccessible::Name);
        rows.insert(name.section(QStringLiteral(" — "), 0, 0),
                    {name, row->text(QAccessible::Description)});
    }
    return rows;
}

void TestDemoRows::everyRowSaysStateAndCauseAfterHalfAMinute() {
    // The point is what the rows say after the demo has run a while (media-silent has
    // dropped and come back several times by then), not as soon as each state appears.
    QTest::qWait(30000);

    struct Expected {
        QString section;
        QString state; // what follows "<section> — "
        QStringList cause;
    };
    QList<Expected> expected = {
        {QStringLiteral("media-plain"),
         QStringLiteral("connected for "),
         {QStringLiteral("last PONG")}},
        {QStringLiteral("media-tls"),
         QStringLiteral("connected for "),
         {QStringLiteral("last PONG")}},
        {QStringLiteral("media-silent"),
         QStringLiteral("unstable: dropped "),
         {QStringLiteral("(ping-timeout)")}},
        {QStringLiteral("media-wrong-password"),
         QStringLiteral("retrying for "),
         {QStringLiteral("HTTP 401 at upgrade")}},
        {QStringLiteral("media-typo"),
         QStringLiteral("invalid: "),
         {QStringLiteral("pingpong_interval=1s")}},
    };
    if (m_demo->hasProxy())
        expected.append({QStringLiteral("media-via-proxy"),
                         QStringLiteral("connected for "),
                         {QStringLiteral("last PONG")}});

    const auto mismatches = [&] {
        QStringList found;
        const auto rows = readRows();
        if (rows.size() != expected.size())
            found << QStringLiteral("%1 rows, expected %2").arg(rows.size()).arg(expected.size());
        for (const Expected &e : expected) {
            const QString name = rows.value(e.section).first;
            bool ok = name.startsWith(e.section + QStringLiteral(" — ") + e.state);
            for (const QString &cause : e.cause)
                ok = ok && name.contains(cause);
            if (!ok)
                found << QStringLiteral("%1 reads \"%2\"").arg(e.section, name);
        }
        return found;
    };
    // A connected row needs its first PONG; everything else is there already.
    [[maybe_unused]] const bool settled =
        QTest::qWaitFor([&] { return mismatches().isEmpty(); }, 10000);
    QVERIFY2(mismatches().isEmpty(), qPrintable(mismatches().join(QLatin1Char('\n'))));

    // What to check comes with each failing row, as its description.
    const auto rows = readRows();
    for (const auto &row : rows)
        qInfo("%s | %s", qPrintable(row.first), qPrintable(row.second));
    QVERIFY2(rows.value(QStringLiteral("media-wrong-password"))
                 .second.contains(QStringLiteral("username and password")),
             qPrintable(rows.value(QStringLiteral("media-wrong-password")).second));
    QVERIFY2(rows.value(QStringLiteral("media-silent"))
                 .second.contains(QStringLiteral("pingpong_interval")),
             qPrintable(rows.value(QStringLiteral("media-silent")).second));
    // The password of media-wrong-password is never read out.
    for (const auto &row : rows)
        QVERIFY(!row.first.contains(QStringLiteral("demo-only-wrong-password")) &&
                !row.second.contains(QStringLiteral("demo-only-wrong-password")));

    // The Health tab tells each section's state as its row does, never "connected" for the
    // flapping one.
    m_window->showTab(MainWindow::Tab::Health);
    for (const Expected &e : expected) {
        m_window->selectSection(e.section);
        QTRY_VERIFY2(
            m_window->healthView()->stateText().contains(QStringLiteral("</span> ") +
                                                         e.state.trimmed()),
            qPrintable(e.section + QStringLiteral(": ") + m_window->healthView()->stateText()));
    }

    // The status bar counts the flapping section apart, never as connected.
    const QString connected =
        m_demo->hasProxy() ? QStringLiteral("3 connected") : QStringLiteral("2 connected");
    QVERIFY2(m_window->statusSummary().startsWith(
                 connected + QStringLiteral(", 1 unstable, 1 retrying, 1 invalid")),
             qPrintable(m_window->statusSummary()));
}

QTEST_MAIN(TestDemoRows)
#include "TestDemoRows.moc"
