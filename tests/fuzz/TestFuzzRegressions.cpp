// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FuzzCheck.h"

#include <QDir>
#include <QTest>

// Replays the fuzz corpus seeds and every input that ever broke a property.
class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void replay_data() {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const char *folder : {"corpus", "regressions"}) {
            const QDir dir(QStringLiteral(WSCM_SOURCE_DIR "/tests/fuzz/") +
                           QLatin1StringView(folder));
            for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(QLatin1StringView(folder) + '/' + file.fileName()))
                    << file.filePath();
                ++count;
            }
        }
        if (count == 0)
            qFatal("no fuzz inputs found");
    }
    void replay() {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString problem = FuzzCheck::run(file.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
