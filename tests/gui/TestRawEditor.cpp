#include "ConfigSession.h"
#include "GuiTestSupport.h"
#include "RawEditor.h"
#include "RawText.h"

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
    void rawTextKeepsLineEndings_data();
    void rawTextKeepsLineEndings();
    void showsExactTextAndMarksFindings();
    void applyIsOneUndoableEdit();
    void leavingTheTabKeepsTheEdit();
    void followsDocumentChanges();
    void nonUtf8IsReadOnly();
};

void TestRawEditor::rawTextKeepsLineEndings_data() {
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QString>("edited");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unchanged crlf, no final newline")
        << QByteArray("[a]\r\nx = 1") << QStringLiteral("[a]\nx = 1") << QByteArray("[a]\r\nx = 1");
    QTest::newRow("mixed endings kept, new line gets usual")
        << QByteArray("[a]\r\nx = 1\ny = 2\r\n") << QStringLiteral("[a]\nx = 1\nz = 3\ny = 2\n")
        << QByteArray("[a]\r\nx = 1\nz = 3\r\ny = 2\r\n");
    QTest::newRow("line appended after last line without newline")
        << QByteArray("[a]\nx = 1") << QStringLiteral("[a]\nx = 1\ny = 2")
        << QByteArray("[a]\nx = 1\ny = 2");
    QTest::newRow("tabs and trailing blanks")
        << QByteArray("[a]\n\tx\t=  1  \n") << QStringLiteral("[a]\n\tx\t=  2  \n")
        << QByteArray("[a]\n\tx\t=  2  \n");
}

void TestRawEditor::rawTextKeepsLineEndings() {
    QFETCH(QByteArray, original);
    QFETCH(QString, edited);
    QFETCH(QByteArray, expected);
    QCOMPARE(RawText::fromEditorText(original, RawText::toEditorText(original)), original);
    QCOMPARE(RawText::fromEditorText(original, edited), expected);
}

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

QTEST_MAIN(TestRawEditor)
#include "TestRawEditor.moc"
