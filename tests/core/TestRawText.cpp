// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "config/RawText.h"

#include <QTest>

using namespace wscm;

// A file's bytes to an editor's text and back: untouched lines keep their bytes and endings.
class TestRawText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsLineEndings_data() {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QString>("edited");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unchanged crlf, no final newline")
            << QByteArray("[a]\r\nx = 1") << QStringLiteral("[a]\nx = 1")
            << QByteArray("[a]\r\nx = 1");
        QTest::newRow("mixed endings kept, new line gets usual")
            << QByteArray("[a]\r\nx = 1\ny = 2\r\n") << QStringLiteral("[a]\nx = 1\nz = 3\ny = 2\n")
            << QByteArray("[a]\r\nx = 1\nz = 3\r\ny = 2\r\n");
        QTest::newRow("line appended after last line without newline")
            << QByteArray("[a]\nx = 1") << QStringLiteral("[a]\nx = 1\ny = 2")
            << QByteArray("[a]\nx = 1\ny = 2");
        QTest::newRow("tabs and trailing blanks")
            << QByteArray("[a]\n\tx\t=  1  \n") << QStringLiteral("[a]\n\tx\t=  2  \n")
            << QByteArray("[a]\n\tx\t=  2  \n");
        // A '\r' ends a line only before '\n', as the parser reads it: a last one is a byte
        // of the last line and stays (the editor used to drop it).
        QTest::newRow("final lone carriage return kept")
            << QByteArray("[a]\nx = 1\r") << QStringLiteral("[b]\nx = 1\r")
            << QByteArray("[b]\nx = 1\r");
        QTest::newRow("empty") << QByteArray() << QString() << QByteArray();
        QTest::newRow("only a newline")
            << QByteArray("\r\n") << QStringLiteral("\n") << QByteArray("\r\n");
    }
    void keepsLineEndings() {
        QFETCH(QByteArray, original);
        QFETCH(QString, edited);
        QFETCH(QByteArray, expected);
        QCOMPARE(RawText::fromEditorText(original, RawText::toEditorText(original)), original);
        QCOMPARE(RawText::fromEditorText(original, edited), expected);
    }

    void editableOnlyWhenAnEditorKeepsTheBytes_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("editable");
        QTest::newRow("ascii, crlf") << QByteArray("[a]\r\nx = 1\r\n") << true;
        QTest::newRow("utf-8, no-break space, line separator")
            << QByteArray("; caf\xc3\xa9 a\xc2\xa0z \xe2\x80\xa8\n") << true;
        QTest::newRow("not utf-8") << QByteArray("; caf\xe9\n") << false;
        QTest::newRow("lone carriage return") << QByteArray("x = a\rb\n") << false;
        QTest::newRow("final lone carriage return") << QByteArray("x = a\r") << false;
        QTest::newRow("paragraph separator") << QByteArray("x = a\xe2\x80\xa9 b\n") << false;
    }
    void editableOnlyWhenAnEditorKeepsTheBytes() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, editable);
        QCOMPARE(RawText::isEditable(bytes), editable);
    }
};

QTEST_GUILESS_MAIN(TestRawText)
#include "TestRawText.moc"
