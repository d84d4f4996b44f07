// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RawEditor.h"
#include "config/RawText.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace wscm;

class TestRawEditor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void showsExactTextAndMarksFindings();
    void applyIsOneUndoableEdit();
    void hidingKeepsTheEditPending();
    void followsDocumentChanges();
    void nonUtf8IsReadOnly();
    void untouchedLinesKeepTheirBytes();
    void loneCarriageReturnIsReadOnly();
    void diagnosticsFollowTypingWithoutApply();
    void singleClickOnFindingJumpsToItsLine();
    void applyAndUndoKeepTheView();
    void secretsAreMaskedAndKeptByteForByte();
    void maskedLineRefusesTyping();
    void newLineBeforeMaskedLineKeepsIt();
    void showSecretsKeepsPendingEdits();
    void tabMovesFocusAndCtrlAltIInsertsTab();
    void pendingEditMarksTheWindowTitle();
    void leavingTheRawTabAsks();
    void selectingAnotherSectionAsks();
};

namespace {

struct Fixture {
    QTemporaryDir dir;
    ConfigSession session;
    RawEditor *editor = nullptr;
    QWidget window;

    bool open(const QByteArray &bytes) {
        const QString path = dir.filePath(QStringLiteral("websocket_client.conf"));
        QString error;
        if (!test::writeFile(path, bytes) || !session.open(path, &error))
            return false;
        editor = new RawEditor(&session, &window);
        window.resize(800, 600);
        editor->resize(800, 600);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
};

const QByteArray config = "[media]\r\ntype = websocket_client\r\nuri = ws://h/x\r\n"
                          "connection_timeout = soon\r\n";

} // namespace

void TestRawEditor::showsExactTextAndMarksFindings() {
    Fixture f;
    QVERIFY(f.open(config));
    QCOMPARE(f.editor->textEdit()->toPlainText(), RawText::toEditorText(config));
    auto *findings = f.editor->findChild<QListWidget *>();
    QVERIFY(findings);
    QTRY_VERIFY(findings->count() > 0);
    QStringList texts;
    for (int i = 0; i < findings->count(); ++i)
        texts << findings->item(i)->text();
    const QStringList errors = texts.filter(QStringLiteral(": error: "));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QStringLiteral("line 4: error: Error parsing "
                                                      "connection_timeout=soon")),
             qPrintable(errors.first()));
    QList<int> marked;
    for (const QTextEdit::ExtraSelection &mark : f.editor->textEdit()->extraSelections())
        marked << mark.cursor.blockNumber();
    QVERIFY(marked.contains(3));
    QCOMPARE(marked.size(), findings->count());
    // The highlighter colored the section header differently from a value.
    const QTextBlock header = f.editor->textEdit()->document()->firstBlock();
    const QTextBlock variable = header.next();
    QVERIFY(!header.layout()->formats().isEmpty());
    QVERIFY(header.layout()->formats().first().format.foreground() !=
            variable.layout()->formats().first().format.foreground());
}

void TestRawEditor::applyIsOneUndoableEdit() {
    Fixture f;
    QVERIFY(f.open(config));
    QPlainTextEdit *text = f.editor->textEdit();
    QTextCursor cursor(text->document()->findBlockByNumber(3));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.movePosition(QTextCursor::StartOfWord, QTextCursor::KeepAnchor);
    text->setTextCursor(cursor);
    QTest::keyClicks(text, QStringLiteral("700"));
    QVERIFY(f.editor->hasPendingChanges());
    QCOMPARE(f.session.document().bytes(), config); // nothing applied yet
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QByteArray expected = config;
    expected.replace("soon", "700");
    QCOMPARE(f.session.document().bytes(), expected);
    QCOMPARE(f.session.undoStack()->count(), 1);
    auto *findings = f.editor->findChild<QListWidget *>();
    for (int i = 0; i < findings->count(); ++i)
        QVERIFY(!findings->item(i)->text().contains(QStringLiteral(": error: ")));
    f.session.undoStack()->undo();
    QCOMPARE(f.session.document().bytes(), config);
    QCOMPARE(text->toPlainText(), RawText::toEditorText(config));
}

// Leaving is the window's question (leavingTheRawTabAsks): hiding alone neither applies nor
// loses the text.
void TestRawEditor::hidingKeepsTheEditPending() {
    Fixture f;
    QVERIFY(f.open(config));
    QPlainTextEdit *text = f.editor->textEdit();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral("; note"));
    f.editor->hide();
    QCOMPARE(f.session.document().bytes(), config);
    QVERIFY(f.editor->hasPendingChanges());
    f.editor->show();
    QVERIFY(text->toPlainText().endsWith(QStringLiteral("; note")));
    QVERIFY(f.editor->apply());
    QCOMPARE(f.session.document().bytes(), config + "; note");
}

void TestRawEditor::followsDocumentChanges() {
    Fixture f;
    QVERIFY(f.open(config));
    f.session.edit(QStringLiteral("t"), [](ConfigDocument &doc, QString *err) {
        return doc.setValue("media", "protocols", "ari", err);
    });
    QVERIFY(f.editor->textEdit()->toPlainText().contains(QStringLiteral("protocols = ari")));
}

void TestRawEditor::nonUtf8IsReadOnly() {
    Fixture f;
    QVERIFY(f.open(QByteArray("[media]\ntype = websocket_client\n; caf\xe9\n")));
    QVERIFY(f.editor->textEdit()->isReadOnly());
}

// A no-break space and a line separator (U+2028) are what Qt's plain text turns into a space
// and a line feed: an edit on another line must not change them.
void TestRawEditor::untouchedLinesKeepTheirBytes() {
    Fixture f;
    const QByteArray original("[media]\r\ntype = websocket_client\r\n"
                              "; caf\xc3\xa9\xc2\xa0ok \xe2\x80\xa8 sep\r\nuri = ws://h/x\r\n");
    QVERIFY(f.open(original));
    QPlainTextEdit *text = f.editor->textEdit();
    QVERIFY(!text->isReadOnly());
    QTextCursor cursor(text->document()->findBlockByNumber(3));
    cursor.movePosition(QTextCursor::EndOfBlock);
    text->setTextCursor(cursor);
    QTest::keyClicks(text, QStringLiteral("y"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QByteArray expected = original;
    expected.replace("ws://h/x", "ws://h/xy");
    QCOMPARE(f.session.document().bytes(), expected);
}

// Qt's editor takes a lone carriage return for a line break: the text would not come back.
void TestRawEditor::loneCarriageReturnIsReadOnly() {
    Fixture f;
    QVERIFY(f.open(QByteArray("[media]\ntype = websocket_client\n; a\rb\n")));
    QVERIFY(f.editor->textEdit()->isReadOnly());
}

namespace {

QStringList findingTexts(const RawEditor *editor) {
    QStringList texts;
    const auto *findings = editor->findChild<QListWidget *>();
    for (int i = 0; findings && i < findings->count(); ++i)
        texts << findings->item(i)->text();
    return texts;
}

void putCursor(QPlainTextEdit *text, int line, bool atEnd) {
    QTextCursor cursor(text->document()->findBlockByNumber(line));
    if (atEnd)
        cursor.movePosition(QTextCursor::EndOfBlock);
    text->setTextCursor(cursor);
}

const QByteArray secrets = "[media]\r\ntype = websocket_client\r\n"
                           "uri = ws://127.0.0.1:1/x\r\n"
                           "password = hunter2 ;not a comment\r\n"
                           "proxy_password=s3cr\xc3\xa9t\r\n"
                           "; the end\r\n";

} // namespace

void TestRawEditor::diagnosticsFollowTypingWithoutApply() {
    Fixture f;
    QVERIFY(f.open(config));
    QTRY_COMPARE(findingTexts(f.editor).filter(QStringLiteral(": error: ")).size(), 1);
    QPlainTextEdit *text = f.editor->textEdit();
    // Fixing the value: the error goes, with nothing applied.
    QTextCursor cursor(text->document()->findBlockByNumber(3));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.movePosition(QTextCursor::StartOfWord, QTextCursor::KeepAnchor);
    text->setTextCursor(cursor);
    QTest::keyClicks(text, QStringLiteral("700"));
    QTRY_VERIFY(findingTexts(f.editor).filter(QStringLiteral(": error: ")).isEmpty());
    // A new mistake on a new line is found at its line.
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral("reconnect_interval = often"));
    QTRY_VERIFY(findingTexts(f.editor)
                    .filter(QStringLiteral("line 5: error: Error parsing reconnect_interval"))
                    .size() == 1);
    QCOMPARE(f.session.document().bytes(), config);
    QCOMPARE(f.session.undoStack()->count(), 0);
    QVERIFY(f.editor->hasPendingChanges());
}

void TestRawEditor::singleClickOnFindingJumpsToItsLine() {
    Fixture f;
    QByteArray bytes = config;
    for (int i = 0; i < 60; ++i)
        bytes += "; filler " + QByteArray::number(i) + "\r\n";
    bytes += "pingpong_interval = never\r\n";
    QVERIFY(f.open(bytes));
    auto *findings = f.editor->findChild<QListWidget *>();
    QTRY_VERIFY(findings->count() >= 2);
    QListWidgetItem *last = nullptr;
    for (int i = 0; i < findings->count(); ++i) {
        if (findings->item(i)->text().startsWith(QStringLiteral("line 65: ")))
            last = findings->item(i);
    }
    QVERIFY(last);
    QCOMPARE(f.editor->textEdit()->textCursor().blockNumber(), 0);
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {},
                      findings->visualItemRect(last).center());
    QCOMPARE(f.editor->textEdit()->textCursor().blockNumber(), 64);
}

void TestRawEditor::applyAndUndoKeepTheView() {
    Fixture f;
    QByteArray bytes = config;
    for (int i = 0; i < 300; ++i)
        bytes += "; line " + QByteArray::number(i) + "\r\n";
    QVERIFY(f.open(bytes));
    QPlainTextEdit *text = f.editor->textEdit();
    putCursor(text, 150, true);
    text->verticalScrollBar()->setValue(140);
    QTest::keyClicks(text, QStringLiteral(" edited"));
    const int scroll = text->verticalScrollBar()->value();
    QVERIFY(scroll > 100);
    QVERIFY(f.editor->apply());
    QVERIFY(f.session.document().bytes().contains("; line 146 edited\r\n"));
    QCOMPARE(text->verticalScrollBar()->value(), scroll);
    QCOMPARE(text->textCursor().blockNumber(), 150);
    f.session.undoStack()->undo();
    QCOMPARE(f.session.document().bytes(), bytes);
    QCOMPARE(text->verticalScrollBar()->value(), scroll);
    QCOMPARE(text->textCursor().blockNumber(), 150);
}

void TestRawEditor::secretsAreMaskedAndKeptByteForByte() {
    Fixture f;
    QVERIFY(f.open(secrets));
    QPlainTextEdit *text = f.editor->textEdit();
    const QString shown = text->toPlainText();
    QVERIFY(!shown.contains(QStringLiteral("hunter2")));
    QVERIFY(!shown.contains(QStringLiteral("not a comment")));
    QVERIFY(!shown.contains(QStringLiteral("s3cr")));
    QVERIFY(shown.contains(QStringLiteral("password = ********")));
    QVERIFY(shown.contains(QStringLiteral("proxy_password=********")));
    // An unrelated edit, applied: every byte of the secrets is as it was.
    putCursor(text, 5, true);
    QTest::keyClicks(text, QStringLiteral(", really"));
    QVERIFY(f.editor->apply());
    QByteArray expected = secrets;
    expected.replace("; the end", "; the end, really");
    QCOMPARE(f.session.document().bytes(), expected);
    QVERIFY(!text->toPlainText().contains(QStringLiteral("hunter2")));
}

void TestRawEditor::maskedLineRefusesTyping() {
    Fixture f;
    QVERIFY(f.open(secrets));
    QPlainTextEdit *text = f.editor->textEdit();
    const QString before = text->toPlainText();
    putCursor(text, 3, true);
    QTest::keyClicks(text, QStringLiteral("x"));
    QTest::keyClick(text, Qt::Key_Backspace);
    putCursor(text, 4, false);
    QTest::keyClick(text, Qt::Key_Backspace); // would join it to the password line
    QCOMPARE(text->toPlainText(), before);
    QVERIFY(!f.editor->hasPendingChanges());
    const QStringList notes = [&] {
        QStringList list;
        for (const QLabel *label : f.editor->findChildren<QLabel *>())
            list << label->text();
        return list;
    }();
    QVERIFY2(!notes.filter(QStringLiteral("Show secrets")).isEmpty(), qPrintable(notes.join('|')));
}

void TestRawEditor::newLineBeforeMaskedLineKeepsIt() {
    Fixture f;
    QVERIFY(f.open(secrets));
    QPlainTextEdit *text = f.editor->textEdit();
    putCursor(text, 3, false);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClick(text, Qt::Key_Up);
    QTest::keyClicks(text, QStringLiteral("; above"));
    putCursor(text, 4, true);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("; below"));
    QVERIFY(f.editor->apply());
    QByteArray expected = secrets;
    expected.replace("password = hunter2 ;not a comment\r\n",
                     "; above\r\npassword = hunter2 ;not a comment\r\n; below\r\n");
    QCOMPARE(f.session.document().bytes(), expected);
}

void TestRawEditor::showSecretsKeepsPendingEdits() {
    Fixture f;
    QVERIFY(f.open(secrets));
    QPlainTextEdit *text = f.editor->textEdit();
    putCursor(text, 5, true);
    QTest::keyClicks(text, QStringLiteral("!"));
    auto *show = f.editor->findChild<QCheckBox *>();
    QVERIFY(show);
    show->click();
    QVERIFY(f.editor->secretsShown());
    QVERIFY(text->toPlainText().contains(QStringLiteral("password = hunter2 ;not a comment")));
    QVERIFY(text->toPlainText().endsWith(QStringLiteral("; the end!\n")));
    QVERIFY(f.editor->hasPendingChanges());
    // Shown, the secret can be edited.
    putCursor(text, 3, true);
    QTest::keyClicks(text, QStringLiteral("2"));
    show->click();
    QVERIFY(!text->toPlainText().contains(QStringLiteral("hunter2")));
    QVERIFY(f.editor->apply());
    QByteArray expected = secrets;
    expected.replace("; the end", "; the end!").replace("not a comment", "not a comment2");
    QCOMPARE(f.session.document().bytes(), expected);
}

void TestRawEditor::tabMovesFocusAndCtrlAltIInsertsTab() {
    Fixture f;
    QVERIFY(f.open(config));
    f.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    QPlainTextEdit *text = f.editor->textEdit();
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    putCursor(text, 1, true);
    QTest::keyClick(text, Qt::Key_I, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(text->document()->findBlockByNumber(1).text().endsWith(QLatin1Char('\t')));
    QTest::keyClick(text, Qt::Key_Tab);
    QVERIFY(!text->hasFocus());
    QCOMPARE(text->toPlainText().count(QLatin1Char('\t')), 1);
    QVERIFY(!text->toolTip().isEmpty());
}

namespace {

struct WindowFixture {
    QTemporaryDir dir;
    test::ScriptedPrompts prompts;
    MainWindow window;

    bool open(const QByteArray &bytes) {
        const QString path = dir.filePath(QStringLiteral("websocket_client.conf"));
        window.setPrompts(&prompts);
        window.show();
        return test::writeFile(path, bytes) && QTest::qWaitForWindowExposed(&window) &&
               window.openFile(path);
    }
    QTabWidget *tabs() const { return window.findChild<QTabWidget *>(); }
    void typeInRaw(const QString &typed) {
        window.showTab(MainWindow::Tab::Raw);
        QPlainTextEdit *text = window.rawEditor()->textEdit();
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, typed);
    }
};

const QByteArray twoSections = "[media]\ntype = websocket_client\nuri = ws://127.0.0.1:1/x\n\n"
                               "[other]\ntype = websocket_client\nuri = ws://127.0.0.1:1/y\n";

} // namespace

void TestRawEditor::pendingEditMarksTheWindowTitle() {
    WindowFixture f;
    QVERIFY(f.open(twoSections));
    QVERIFY(!f.window.isWindowModified());
    f.typeInRaw(QStringLiteral("; pending"));
    QVERIFY(f.window.isWindowModified());
    QVERIFY(!f.window.session()->isModified());
    f.window.rawEditor()->discard();
    QVERIFY(!f.window.isWindowModified());
}

void TestRawEditor::leavingTheRawTabAsks() {
    WindowFixture f;
    QVERIFY(f.open(twoSections));
    f.typeInRaw(QStringLiteral("; half-typed"));

    f.prompts.pendingRaw = UserPrompts::PendingEditsChoice::Stay;
    f.window.showTab(MainWindow::Tab::Settings);
    QCOMPARE(f.prompts.asked, QStringList{QStringLiteral("raw-pending")});
    QCOMPARE(f.tabs()->currentIndex(), int(MainWindow::Tab::Raw));
    QVERIFY(f.window.rawEditor()->hasPendingChanges());
    // Ctrl+Tab goes through the same question.
    QTest::keyClick(f.window.rawEditor()->textEdit(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(f.prompts.asked.size(), 2);
    QCOMPARE(f.tabs()->currentIndex(), int(MainWindow::Tab::Raw));
    QCOMPARE(f.window.session()->document().bytes(), twoSections);

    f.prompts.pendingRaw = UserPrompts::PendingEditsChoice::Discard;
    f.window.showTab(MainWindow::Tab::Health);
    QCOMPARE(f.tabs()->currentIndex(), int(MainWindow::Tab::Health));
    QVERIFY(!f.window.rawEditor()->hasPendingChanges());
    QCOMPARE(f.window.session()->document().bytes(), twoSections);

    f.typeInRaw(QStringLiteral("; kept"));
    f.prompts.pendingRaw = UserPrompts::PendingEditsChoice::Apply;
    f.window.showTab(MainWindow::Tab::Settings);
    QCOMPARE(f.tabs()->currentIndex(), int(MainWindow::Tab::Settings));
    QCOMPARE(f.window.session()->document().bytes(), twoSections + "; kept");
    QCOMPARE(f.prompts.asked.size(), 4);
}

void TestRawEditor::selectingAnotherSectionAsks() {
    WindowFixture f;
    QVERIFY(f.open(twoSections));
    QCOMPARE(f.window.currentSection(), QStringLiteral("media"));
    f.typeInRaw(QStringLiteral("; half"));
    QListView *list = nullptr;
    for (QListView *view : f.window.findChildren<QListView *>()) {
        if (view->model()->rowCount() == 2)
            list = view;
    }
    QVERIFY(list);
    f.prompts.pendingRaw = UserPrompts::PendingEditsChoice::Stay;
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(f.prompts.asked, QStringList{QStringLiteral("raw-pending")});
    QCOMPARE(f.window.currentSection(), QStringLiteral("media"));
    QCOMPARE(list->currentIndex().row(), 0);
    QVERIFY(f.window.rawEditor()->hasPendingChanges());
    f.prompts.pendingRaw = UserPrompts::PendingEditsChoice::Apply;
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(f.window.currentSection(), QStringLiteral("other"));
    QCOMPARE(f.window.session()->document().bytes(), twoSections + "; half");
}

QTEST_MAIN(TestRawEditor)
#include "TestRawEditor.moc"
