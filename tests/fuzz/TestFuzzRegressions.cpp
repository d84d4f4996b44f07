// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FuzzTargets.h"

#include <QDir>
#include <QTest>

// Replays, for every fuzzed parser, its corpus seeds and every input that ever broke one of
// its properties (tests/fuzz/corpus/NAME and tests/fuzz/regressions/NAME).
class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void replay_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const FuzzTarget &target : fuzzTargets()) {
            int count = 0;
            for (const char *folder : {"corpus", "regressions"}) {
                const QDir dir(QStringLiteral(WSCM_SOURCE_DIR "/tests/fuzz/%1/%2")
                                   .arg(QLatin1StringView(folder), QLatin1StringView(target.name)));
                for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
                    QTest::newRow(qPrintable(dir.dirName() + '/' + QLatin1StringView(folder) + '/' +
                                             file.fileName()))
                        << QString::fromLatin1(target.name) << file.filePath();
                    ++count;
                }
            }
            if (count == 0)
                qFatal("no fuzz inputs found for %s", target.name);
        }
    }
    void replay() {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString problem = findFuzzTarget(target)->check(file.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
