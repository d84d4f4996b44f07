// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "GuiTestSupport.h"
#include "OptionField.h"
#include "SettingsForm.h"
#include "schema/OptionSchema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

using namespace wscm;

namespace {

const QByteArray config = "; clients\n"
                          "[base](!)\n"
                          "type = websocket_client\n"
                          "connection_timeout = 900\n"
                          "\n"
                          "[media](base)\n"
                          "uri = ws://127.0.0.1:8088/media\n"
                          "password = s3cret\n";

} // namespace

class TestSettingsForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void buildsOneFieldPerSchemaOption();
    void typingEditsOnlyThatLine();
    void badValueShowsDiagnosticNextToField();
    void undoRestoresFieldAndBytes();
    void inheritedValueNamesTemplateAndCanBeOverridden();
    void clearRemovesOwnValue();
    void switchEnablesDependentFields();
    void unescapableValueIsRefusedWithMessage();
    void secretIsMaskedUntilRevealed();
    void bannerListsFindingsErrorsFirst();
    void bannerGoesToFieldFarDown();
    void goToSwitchedOffFieldFocusesItsSwitch();

private:
    QLineEdit *lineEdit(const QString &option) const;

    QTemporaryDir m_dir;
    QString m_path;
    ConfigSession *m_session = nullptr;
    SettingsForm *m_form = nullptr;
};

void TestSettingsForm::init() {
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("websocket_client.conf"));
    QVERIFY(test::writeFile(m_path, config));
    m_session = new ConfigSession;
    QString error;
    QVERIFY2(m_session->open(m_path, &error), qPrintable(error));
    m_form = new SettingsForm(m_session);
    m_form->setSection(QStringLiteral("media"));
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form));
}

void TestSettingsForm::cleanup() {
    delete m_form;
    delete m_session;
}

QLineEdit *TestSettingsForm::lineEdit(const QString &option) const {
    QWidget *editor = m_form->field(option)->editor();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->lineEdit();
    return qobject_cast<QLineEdit *>(editor);
}

void TestSettingsForm::buildsOneFieldPerSchemaOption() {
    const QList<OptionField *> fields = m_form->findChildren<OptionField *>();
    QCOMPARE(fields.size(), OptionSchema::count());
    for (const OptionSpec &spec : OptionSchema::options()) {
        OptionField *field = m_form->field(spec.nameString());
        QVERIFY2(field, spec.name);
        QCOMPARE(field->toolTip(), QString::fromLatin1(spec.help));
        QVERIFY(!field->editor()->accessibleName().isEmpty());
        if (spec.kind == OptionKind::Bool)
            QVERIFY(qobject_cast<QCheckBox *>(field->editor()));
        if (spec.kind == OptionKind::Choice)
            QVERIFY(qobject_cast<QComboBox *>(field->editor()));
    }
    QCOMPARE(lineEdit(QStringLiteral("reconnect_interval"))->placeholderText(),
             QStringLiteral("500"));
}

void TestSettingsForm::typingEditsOnlyThatLine() {
    QLineEdit *uri = lineEdit(QStringLiteral("uri"));
    QCOMPARE(uri->text(), QStringLiteral("ws://127.0.0.1:8088/media"));
    uri->setFocus();
    uri->selectAll();
    QTest::keyClicks(uri, QStringLiteral("ws://10.0.0.1/x"));
    QByteArray expected = config;
    expected.replace("ws://127.0.0.1:8088/media", "ws://10.0.0.1/x");
    QCOMPARE(m_session->document().bytes(), expected);
    // A burst of key presses is one undo step.
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void TestSettingsForm::badValueShowsDiagnosticNextToField() {
    QLineEdit *timeout = lineEdit(QStringLiteral("connection_timeout"));
    timeout->setFocus();
    QTest::keyClicks(timeout, QStringLiteral("12abc"));
    OptionField *field = m_form->field(QStringLiteral("connection_timeout"));
    QTRY_VERIFY(field->messageText().contains(QStringLiteral("connection_timeout=12abc")));
    // Said as what it is: Asterisk's own error, not "Error: Error parsing…".
    QVERIFY2(field->messageText().startsWith(QStringLiteral("Asterisk's error: Error parsing")),
             qPrintable(field->messageText()));
    // The typed text is kept while the field has focus.
    QCOMPARE(timeout->text(), QStringLiteral("12abc"));

    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("0x1F4"));
    QTRY_VERIFY(field->messageText().isEmpty());
}

void TestSettingsForm::undoRestoresFieldAndBytes() {
    QLineEdit *uri = lineEdit(QStringLiteral("uri"));
    uri->setFocus();
    uri->selectAll();
    QTest::keyClicks(uri, QStringLiteral("wss://other"));
    QVERIFY(m_session->document().bytes() != config);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->document().bytes(), config);
    // Even the focused field shows the undone value once the analysis has run.
    QTRY_COMPARE(uri->text(), QStringLiteral("ws://127.0.0.1:8088/media"));
    m_session->undoStack()->redo();
    QTRY_COMPARE(uri->text(), QStringLiteral("wss://other"));
}

void TestSettingsForm::inheritedValueNamesTemplateAndCanBeOverridden() {
    m_session->analyzeNow();
    QLineEdit *timeout = lineEdit(QStringLiteral("connection_timeout"));
    QCOMPARE(timeout->text(), QString());
    QCOMPARE(timeout->placeholderText(), QStringLiteral("900"));
    OptionField *field = m_form->field(QStringLiteral("connection_timeout"));
    auto *origin = field->findChild<QLabel *>();
    QVERIFY(origin);
    QCOMPARE(origin->text(), QStringLiteral("from [base]"));

    auto *overrideButton = field->findChildren<QToolButton *>().at(0);
    QCOMPARE(overrideButton->text(), QStringLiteral("Override"));
    QVERIFY(overrideButton->isVisible());
    QTest::mouseClick(overrideButton, Qt::LeftButton);
    QVERIFY(
        m_session->document().bytes().endsWith("password = s3cret\nconnection_timeout = 900\n"));
    QTRY_COMPARE(timeout->text(), QStringLiteral("900"));
    QTRY_VERIFY(!overrideButton->isVisible());
}

void TestSettingsForm::clearRemovesOwnValue() {
    OptionField *field = m_form->field(QStringLiteral("uri"));
    QToolButton *clear = field->findChildren<QToolButton *>().at(1);
    QCOMPARE(clear->text(), QStringLiteral("Clear"));
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QByteArray expected = config;
    expected.replace("uri = ws://127.0.0.1:8088/media\n", "");
    QCOMPARE(m_session->document().bytes(), expected);
    QTRY_VERIFY(field->messageText().contains(QStringLiteral("missing uri")));
}

void TestSettingsForm::switchEnablesDependentFields() {
    OptionField *interval = m_form->field(QStringLiteral("pingpong_interval"));
    OptionField *keepalive = m_form->field(QStringLiteral("tcp_keepalive_time"));
    QVERIFY(!interval->isEnabled());
    QVERIFY(!keepalive->isEnabled());
    auto *pings =
        qobject_cast<QCheckBox *>(m_form->field(QStringLiteral("enable_pingpongs"))->editor());
    QTest::keyClick(pings, Qt::Key_Space);
    QVERIFY(interval->isEnabled());
    QVERIFY(!keepalive->isEnabled());
    QVERIFY(m_session->document().bytes().endsWith("enable_pingpongs = yes\n"));
}

void TestSettingsForm::unescapableValueIsRefusedWithMessage() {
    QLineEdit *protocols = lineEdit(QStringLiteral("protocols"));
    protocols->setFocus();
    QTest::keyClicks(protocols, QStringLiteral("ari "));
    // "ari" went in; the trailing blank cannot be written and the field says why.
    QVERIFY(m_session->document().bytes().endsWith("protocols = ari\n"));
    QVERIFY(m_form->field(QStringLiteral("protocols"))
                ->messageText()
                .contains(QStringLiteral("blanks")));
    QCOMPARE(protocols->text(), QStringLiteral("ari "));
}

void TestSettingsForm::secretIsMaskedUntilRevealed() {
    QLineEdit *password = lineEdit(QStringLiteral("password"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QToolButton *reveal = nullptr;
    for (auto *button : m_form->field(QStringLiteral("password"))->findChildren<QToolButton *>()) {
        if (button->accessibleName() == QStringLiteral("Show password"))
            reveal = button;
    }
    QVERIFY(reveal);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
}

namespace {

QPushButton *goToButton(const QWidget *root, const QString &option) {
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        if (button->accessibleName() == QStringLiteral("Go to field %1").arg(option))
            return button;
    }
    return nullptr;
}

bool setValue(ConfigSession *session, const char *key, const char *value) {
    return session->edit(QStringLiteral("set"), [&](ConfigDocument &doc, QString *err) {
        return doc.setValue("media", key, value, err);
    });
}

} // namespace

void TestSettingsForm::bannerListsFindingsErrorsFirst() {
    // Only advice so far (a password without TLS, no connection_type): warnings, each with
    // the value as written (the secret hidden) and its line; the section still loads.
    m_session->analyzeNow();
    QTRY_VERIFY(!m_form->bannerText().isEmpty());
    const QStringList warnings = m_form->bannerText().split(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QStringLiteral(
                 "connection_type is not set (line 6): wscm's warning: connection_type is not "
                 "set; set persistent or per_call_config so that the retry rules are known")),
             qPrintable(m_form->bannerText()));
    QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                         [](const QString &line) {
                             return line.startsWith(
                                 QStringLiteral("password = ******** (line 8): wscm's warning: "));
                         }),
             qPrintable(m_form->bannerText()));

    QVERIFY(setValue(m_session, "connection_timeout", "12abc"));
    m_session->analyzeNow();
    const QStringList lines = m_form->bannerText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), warnings.size() + 1);
    // The error first, with the value as written, its line and Asterisk's words.
    QVERIFY2(lines.at(0).startsWith(QStringLiteral(
                 "connection_timeout = 12abc (line 9): Asterisk's error: Error parsing "
                 "connection_timeout=12abc")),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.mid(1), warnings);
    // The secret never shows.
    QVERIFY(!m_form->bannerText().contains(QStringLiteral("s3cret")));
    QString heading;
    for (const QLabel *label : m_form->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Findings"))
            heading = label->text();
    }
    QCOMPARE(heading, QStringLiteral("Asterisk would not load this section: 1 error(s); "
                                     "%1 warning(s)")
                          .arg(warnings.size()));
    // At the top: above the form's fields.
    QWidget *banner = nullptr;
    for (QWidget *w : m_form->findChildren<QWidget *>()) {
        if (w->accessibleName() == QStringLiteral("Findings about this section"))
            banner = w;
    }
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->geometry().bottom() < m_form->findChild<QScrollArea *>()->geometry().top());

    // Fixed, the error leaves the banner.
    QVERIFY(setValue(m_session, "connection_timeout", "500"));
    m_session->analyzeNow();
    QVERIFY2(!m_form->bannerText().contains(QStringLiteral("connection_timeout")),
             qPrintable(m_form->bannerText()));
}

void TestSettingsForm::bannerGoesToFieldFarDown() {
    m_form->resize(700, 500);
    QVERIFY(setValue(m_session, "reconnect_attempts", "3x"));
    m_session->analyzeNow();
    QWidget *editor = m_form->field(QStringLiteral("reconnect_attempts"))->editor();
    QTRY_VERIFY(editor->isVisible());
    // The last group of the form: out of sight until asked for.
    QVERIFY(editor->visibleRegion().isEmpty());
    QPushButton *goTo = goToButton(m_form, QStringLiteral("reconnect_attempts"));
    QVERIFY(goTo);
    QVERIFY(goTo->isVisible());
    QTest::mouseClick(goTo, Qt::LeftButton);
    QTRY_COMPARE(m_form->focusWidget(), editor);
    QTRY_VERIFY(!editor->visibleRegion().isEmpty());
    // Warnings lead to their fields the same way.
    QVERIFY(goToButton(m_form, QStringLiteral("password")));
}

void TestSettingsForm::goToSwitchedOffFieldFocusesItsSwitch() {
    // enable_pingpongs is off: the interval's field is disabled, yet Asterisk still parses it.
    QVERIFY(setValue(m_session, "pingpong_interval", "1s"));
    m_session->analyzeNow();
    QTRY_VERIFY(m_form->bannerText().contains(QStringLiteral("pingpong_interval = 1s")));
    QVERIFY(!m_form->field(QStringLiteral("pingpong_interval"))->isEnabled());
    QVERIFY(m_form->focusField(QStringLiteral("pingpong_interval")));
    QTRY_COMPARE(m_form->focusWidget(),
                 m_form->field(QStringLiteral("enable_pingpongs"))->editor());
    QVERIFY(!m_form->focusField(QStringLiteral("no_such_option")));
}

QTEST_MAIN(TestSettingsForm)
#include "TestSettingsForm.moc"
