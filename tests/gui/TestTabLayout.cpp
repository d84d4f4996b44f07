// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "ConnectionMonitor.h"
#include "DemoEnvironment.h"
#include "GuiTestSupport.h"
#include "HealthView.h"
#include "MainWindow.h"
#include "SettingsForm.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QWindow>

using namespace wscm;

// Every label of the Settings and Health tabs is shown whole, for every section of the demo,
// in the states the demo produces (connected, PING timeout, refused upgrade, invalid, template),
// at the window's default size and in a light and a dark palette. CTest runs it three times:
// as is, at 200 % scale (QT_SCALE_FACTOR=2) and with 192 DPI fonts (large fonts without
// scaling). "Whole" means: a label is at least as high as its text needs at its width
// (heightForWidth for wrapped text, the size hint otherwise), at least as wide as unwrapped
// text, inside its parents, and no sibling widget covers any part of it.
class TestTabLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void labelsAreWhole_data();
    void labelsAreWhole();

private:
    static QPalette darkPalette();
    static QStringList problemsIn(QWidget *tab);
    bool waitForDemoStates();

    DemoEnvironment *m_demo = nullptr;
    MainWindow *m_window = nullptr;
    QPalette m_lightPalette;
};

namespace {

QString describe(const QWidget *widget) {
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text += QStringLiteral(" '%1'").arg(label->text().left(60));
    else if (!widget->accessibleName().isEmpty())
        text += QStringLiteral(" (%1)").arg(widget->accessibleName());
    return text;
}

QString rectText(const QRect &r) {
    return QStringLiteral("%1x%2+%3+%4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
}

// The scroll area's content widget may be larger than what shows: scrolling reaches it.
bool isScrolledContent(const QWidget *widget) {
    const QWidget *viewport = widget->parentWidget();
    const auto *area =
        viewport ? qobject_cast<const QScrollArea *>(viewport->parentWidget()) : nullptr;
    return area && area->widget() == widget;
}

} // namespace

QPalette TestTabLayout::darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6a, 0xb0, 0xf3));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    return p;
}

QStringList TestTabLayout::problemsIn(QWidget *tab) {
    QStringList problems;
    for (QLabel *label : tab->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(tab) || label->text().isEmpty())
            continue;
        const QRect r = label->geometry();
        const QString who = describe(label) + QStringLiteral(" at ") + rectText(r);
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(r.width());
            if (r.height() < needed)
                problems << QStringLiteral("%1 is %2 px high, its text needs %3")
                                .arg(who)
                                .arg(r.height())
                                .arg(needed);
        } else {
            const QSize needed = label->sizeHint();
            if (r.width() < needed.width() || r.height() < needed.height())
                problems << QStringLiteral("%1 is smaller than its text (%2)")
                                .arg(who, rectText(QRect(QPoint(), needed)));
        }
        // Inside every parent up to the tab (a scroll area's content may scroll).
        QRect inTab = r;
        for (QWidget *child = label; child != tab && !isScrolledContent(child);
             child = child->parentWidget()) {
            QWidget *parent = child->parentWidget();
            if (!parent->rect().contains(inTab))
                problems << QStringLiteral("%1 sticks out of %2 (%3)")
                                .arg(who, describe(parent), rectText(parent->rect()));
            inTab.translate(parent->pos());
        }
        // No sibling covers it.
        for (QObject *object : label->parentWidget()->children()) {
            auto *sibling = qobject_cast<QWidget *>(object);
            if (!sibling || sibling == label || sibling->isWindow() || !sibling->isVisibleTo(tab))
                continue;
            if (sibling->geometry().intersects(r))
                problems << QStringLiteral("%1 overlaps %2 at %3")
                                .arg(who, describe(sibling), rectText(sibling->geometry()));
        }
    }
    return problems;
}

void TestTabLayout::initTestCase() {
    test::isolateSettings();
    m_lightPalette = QApplication::palette();
    m_demo = new DemoEnvironment(this);
    QString error;
    QVERIFY2(m_demo->start(&error), qPrintable(error));
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // The scaled runs mean something only when the scale really applies (see CMakeLists.txt).
    if (qEnvironmentVariableIsSet("WSCM_EXPECT_DPR"))
        QCOMPARE(m_window->windowHandle()->devicePixelRatio(),
                 qEnvironmentVariable("WSCM_EXPECT_DPR").toDouble());
    if (qEnvironmentVariableIsSet("WSCM_EXPECT_FONT_DPI"))
        QCOMPARE(m_window->logicalDpiY(), qEnvironmentVariableIntValue("WSCM_EXPECT_FONT_DPI"));
    qInfo("window %dx%d, device pixel ratio %g, font DPI %d", m_window->width(), m_window->height(),
          m_window->windowHandle()->devicePixelRatio(), m_window->logicalDpiY());
    QVERIFY(m_window->openFile(m_demo->configPath()));
    m_window->connectAll();
    QVERIFY2(waitForDemoStates(), "the demo sections did not reach their states in time");
}

void TestTabLayout::cleanupTestCase() {
    if (m_window)
        m_window->disconnectAll();
    delete m_window;
    QApplication::setPalette(m_lightPalette);
}

bool TestTabLayout::waitForDemoStates() {
    using Stage = ConnectionHealth::Stage;
    const auto health = [this](const char *section) {
        return m_window->monitor()->health(QString::fromLatin1(section));
    };
    return QTest::qWaitFor(
        [&] {
            return !health("media-plain").recentRttsUs.isEmpty() &&
                   !health("media-tls").recentRttsUs.isEmpty() &&
                   health("media-silent").lastFailureStage == Stage::PingTimeout &&
                   health("media-wrong-password").lastFailureStage == Stage::Upgrade &&
                   (!m_demo->hasProxy() || !health("media-via-proxy").recentRttsUs.isEmpty());
        },
        30000);
}

void TestTabLayout::labelsAreWhole_data() {
    QTest::addColumn<QString>("section");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("tab");
    QVERIFY(m_window);
    const QList<QByteArray> sections = m_window->session()->document().sectionNames();
    QVERIFY(sections.size() >= 6);
    for (const bool dark : {false, true}) {
        for (const QByteArray &bytes : sections) {
            const QString section = QString::fromUtf8(bytes);
            for (const auto tab : {MainWindow::Tab::Settings, MainWindow::Tab::Health}) {
                const QString name =
                    QStringLiteral("%1 %2 %3")
                        .arg(section,
                             tab == MainWindow::Tab::Settings ? QStringLiteral("settings")
                                                              : QStringLiteral("health"),
                             dark ? QStringLiteral("dark") : QStringLiteral("light"));
                QTest::newRow(qPrintable(name)) << section << dark << int(tab);
            }
        }
    }
}

void TestTabLayout::labelsAreWhole() {
    QFETCH(QString, section);
    QFETCH(bool, dark);
    QFETCH(int, tab);
    QApplication::setPalette(dark ? darkPalette() : m_lightPalette);
    m_window->selectSection(section);
    m_window->showTab(MainWindow::Tab(tab));
    QWidget *page = tab == int(MainWindow::Tab::Settings)
                        ? static_cast<QWidget *>(m_window->settingsForm())
                        : m_window->healthView();
    const auto problems = [page, tab] {
        QStringList found = problemsIn(page);
        if (tab == int(MainWindow::Tab::Health)) {
            // At the window's default size the health of a section needs no scrolling.
            const auto *scroll = page->findChild<QScrollArea *>();
            if (scroll && scroll->verticalScrollBar()->isVisible())
                found << QStringLiteral("the health page scrolls: it is %1 px high, its content "
                                        "needs %2")
                             .arg(page->height())
                             .arg(scroll->widget()->heightForWidth(page->width()));
        }
        return found;
    };
    // A new section relayouts in several passes of posted events (nested layouts, the scroll
    // areas and their scroll bars); a clipped label that is real stays clipped after they
    // settle.
    [[maybe_unused]] const bool settled =
        QTest::qWaitFor([&] { return problems().isEmpty(); }, 2000);
    QVERIFY2(problems().isEmpty(), qPrintable(problems().join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTabLayout)
#include "TestTabLayout.moc"
