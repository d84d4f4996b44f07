// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ParityCase.h"

#include <QDir>
#include <QTest>

// Replays every case recorded from a real Asterisk (tests/parity/config, see
// docs/ASTERISK-PARITY.md): wscm must load the same objects with the same fields, reject
// the same objects and files, and speak up wherever Asterisk's config reader did.
class TestConfigParity : public QObject {
    Q_OBJECT
private slots:
    void replay_data() {
        QTest::addColumn<QString>("folder");
        const QDir dir(QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/config"));
        const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        // A lost folder must not make the replay pass on nothing.
        if (names.size() < 150)
            qFatal("only %lld recorded parity cases found in %s", qlonglong(names.size()),
                   qPrintable(dir.path()));
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void replay() {
        QFETCH(QString, folder);
        ParityCase recorded;
        QString error;
        QVERIFY2(recorded.load(folder, &error), qPrintable(error));
        const QStringList disagreements = recorded.disagreements();
        QVERIFY2(disagreements.isEmpty(), qPrintable(recorded.description() + QLatin1Char('\n') +
                                                     disagreements.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestConfigParity)
#include "TestConfigParity.moc"
