// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "config/ByteInterner.h"

#include <QTest>

using wscm::ByteInterner;

// Equal bytes come back as one shared QByteArray (the names and recurring values of a large
// config's variables), always with the bytes asked for, and the table stays bounded.
class TestByteInterner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void equalBytesShareOneCopy();
    void onlyTheFirstDistinctStringsAreRemembered();
};

void TestByteInterner::equalBytesShareOneCopy() {
    ByteInterner interner;
    const QByteArray file = "uri = a\nuri = b\nURI = a\n";
    const QByteArray first = interner.intern(QByteArrayView(file).sliced(0, 3));
    const QByteArray second = interner.intern(QByteArrayView(file).sliced(8, 3));
    const QByteArray upper = interner.intern(QByteArrayView(file).sliced(16, 3));
    QCOMPARE(first, QByteArray("uri"));
    QCOMPARE(second, QByteArray("uri"));
    QCOMPARE(upper, QByteArray("URI")); // bytes, not case-folded names
    QCOMPARE(second.constData(), first.constData());
    QVERIFY(upper.constData() != first.constData());
    // A copy, never a view into the caller's bytes.
    QVERIFY(first.constData() < file.constData() ||
            first.constData() >= file.constData() + file.size());
    QCOMPARE(interner.intern("").size(), 0);
}

void TestByteInterner::onlyTheFirstDistinctStringsAreRemembered() {
    ByteInterner interner(2);
    const QByteArray a = interner.intern("a");
    const QByteArray b = interner.intern("b");
    const QByteArray c = interner.intern("c");
    QCOMPARE(c, QByteArray("c"));
    QVERIFY(interner.intern("c").constData() != c.constData()); // past the capacity: a copy
    QCOMPARE(interner.intern("a").constData(), a.constData());
    QCOMPARE(interner.intern("b").constData(), b.constData());
}

QTEST_GUILESS_MAIN(TestByteInterner)
#include "TestByteInterner.moc"
