// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "schema/ValueParser.h"

#include <QTest>

#include <cerrno>
#include <climits>
#include <cstdlib>

using namespace wscm;

// Asterisk's ast_true and ast_parse_arg(PARSE_INT32/UINT32), byte for byte.
class TestValueParser : public QObject {
    Q_OBJECT
private slots:
    void booleans_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("isTrue");
        QTest::addColumn<bool>("isFalseWord");
        for (const char *t : {"yes", "YES", "true", "True", "y", "Y", "t", "1", "on", "ON"})
            QTest::newRow(t) << QByteArray(t) << true << false;
        for (const char *f : {"no", "NO", "false", "n", "f", "0", "off", "Off"})
            QTest::newRow(f) << QByteArray(f) << false << true;
        for (const char *junk : {"", "ys", "yes please", "2", "enabled", "tru", "0n"})
            QTest::newRow(junk[0] ? junk : "empty") << QByteArray(junk) << false << false;
    }
    void booleans() {
        QFETCH(QByteArray, value);
        QFETCH(bool, isTrue);
        QFETCH(bool, isFalseWord);
        QCOMPARE(ValueParser::isTrue(value), isTrue);
        QCOMPARE(ValueParser::isFalseWord(value), isFalseWord);
    }

    void integers_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("decimal") << QByteArray("500") << true << 500LL;
        QTest::newRow("hex") << QByteArray("0x1F4") << true << 500LL;
        QTest::newRow("octal") << QByteArray("0764") << true << 500LL;
        QTest::newRow("negative") << QByteArray("-5") << true << -5LL;
        QTest::newRow("leading blanks") << QByteArray("  42") << true << 42LL;
        QTest::newRow("max") << QByteArray("2147483647") << true << 2147483647LL;
        QTest::newRow("min") << QByteArray("-2147483648") << true << -2147483648LL;
        QTest::newRow("too big") << QByteArray("2147483648") << false << 0LL;
        QTest::newRow("too small") << QByteArray("-2147483649") << false << 0LL;
        QTest::newRow("trailing garbage") << QByteArray("12abc") << false << 0LL;
        QTest::newRow("trailing blank") << QByteArray("12 ") << false << 0LL;
        QTest::newRow("empty") << QByteArray("") << false << 0LL;
        QTest::newRow("word") << QByteArray("five") << false << 0LL;
        QTest::newRow("bad octal") << QByteArray("089") << false << 0LL;
    }
    void integers() {
        QFETCH(QByteArray, value);
        QFETCH(bool, ok);
        QFETCH(qint64, expected);
        const auto parsed = ValueParser::parseInt(value);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(static_cast<qint64>(*parsed), expected);
    }

    void unsignedIntegers_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("decimal") << QByteArray("20") << true << 20LL;
        QTest::newRow("zero") << QByteArray("0") << true << 0LL;
        QTest::newRow("hex") << QByteArray("0x14") << true << 20LL;
        QTest::newRow("octal") << QByteArray("024") << true << 20LL;
        QTest::newRow("max") << QByteArray("4294967295") << true << 4294967295LL;
        QTest::newRow("too big") << QByteArray("4294967296") << false << 0LL;
        QTest::newRow("minus") << QByteArray("-1") << false << 0LL;
        QTest::newRow("blank minus") << QByteArray(" -1") << false << 0LL;
        QTest::newRow("garbage") << QByteArray("20s") << false << 0LL;
        QTest::newRow("empty") << QByteArray("") << false << 0LL;
    }
    void unsignedIntegers() {
        QFETCH(QByteArray, value);
        QFETCH(bool, ok);
        QFETCH(qint64, expected);
        const auto parsed = ValueParser::parseUInt(value);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(static_cast<qint64>(*parsed), expected);
    }

    // Short decimal numbers are read without the C library; every reading must still be
    // the C library's, around the lengths and leading zeros where the two ways part.
    void numbersAsTheCLibraryReadsThem() {
        QList<QByteArray> values;
        for (int i = 0; i < 2000; ++i)
            values << QByteArray::number(i) << "0" + QByteArray::number(i);
        for (const char *v :
             {"99999999", "999999999", "1000000000", "2147483647", "2147483648", "4294967295",
              "4294967296", "000", "00", "0009", "0x", "08", "9x", "-0", "+1", " 1", "1 "})
            values << QByteArray(v);
        for (const QByteArray &value : values) {
            char *end = nullptr;
            errno = 0;
            const long asLong = std::strtol(value.constData(), &end, 0);
            const bool intOk = errno == 0 && *end == '\0' && asLong >= INT_MIN && asLong <= INT_MAX;
            const auto parsedInt = ValueParser::parseInt(value);
            QVERIFY2(parsedInt.has_value() == intOk, value.constData());
            if (intOk)
                QCOMPARE(static_cast<long>(*parsedInt), asLong);
            errno = 0;
            const unsigned long asUnsigned = std::strtoul(value.constData(), &end, 0);
            const bool unsignedOk = errno == 0 && *end == '\0' && asUnsigned <= UINT_MAX &&
                                    !value.trimmed().startsWith('-');
            const auto parsedUnsigned = ValueParser::parseUInt(value);
            QVERIFY2(parsedUnsigned.has_value() == unsignedOk, value.constData());
            if (unsignedOk)
                QCOMPARE(static_cast<unsigned long>(*parsedUnsigned), asUnsigned);
        }
    }

    void hostPort_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("host:port") << QByteArray("proxy:8080") << true;
        QTest::newRow("ip:port") << QByteArray("127.0.0.1:3128") << true;
        QTest::newRow("ipv6") << QByteArray("[::1]:3128") << true;
        QTest::newRow("no port") << QByteArray("proxy") << false;
        // Asterisk asks only for a port part, not for a usable port (recorded:
        // tests/parity/config/option-proxy_host-*).
        QTest::newRow("empty port") << QByteArray("proxy:") << true;
        QTest::newRow("port zero") << QByteArray("proxy:0") << true;
        QTest::newRow("port too big") << QByteArray("proxy:70000") << true;
        QTest::newRow("port not a number") << QByteArray("proxy:http") << true;
        QTest::newRow("ipv6 empty port") << QByteArray("[::1]:") << true;
        QTest::newRow("bare ipv6") << QByteArray("::1") << false;
        QTest::newRow("ipv6 without port") << QByteArray("[::1]") << false;
        QTest::newRow("two colons") << QByteArray("proxy:1:") << false;
        QTest::newRow("text after bracket") << QByteArray("[a]x:1") << false;
    }
    void hostPort() {
        QFETCH(QByteArray, value);
        QFETCH(bool, ok);
        QCOMPARE(ValueParser::hasPort(value), ok);
    }
};

QTEST_GUILESS_MAIN(TestValueParser)
#include "TestValueParser.moc"
