// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSession.h"
#include "GuiTestSupport.h"
#include "RawEditor.h"
#include "config/RawText.h"

#include <QListWidget>
#include <QPlainTextEdit>
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
    void leavingTheTabKeepsTheEdit();
    void followsDocumentChanges();
    void nonUtf8IsReadOnly();
    void untouchedLinesKeepTheirBytes();
    void loneCarriageReturnIsReadOnly();
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

void TestRawEditor::leavingTheTabKeepsTheEdit() {
    Fixture f;
    QVERIFY(f.open(config));
    QPlainTextEdit *text = f.editor->textEdit();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral("; note"));
    f.editor->hide();
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

QTEST_MAIN(TestRawEditor)
#include "TestRawEditor.moc"
