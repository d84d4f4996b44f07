// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ProgramRun.h"

#include "schema/OptionSchema.h"

#include <QFile>
#include <QTest>

// docs/options.md is generated from the option schema; this fails while the committed file
// differs from what the generator writes now.
class TestOptionReference : public QObject {
    Q_OBJECT

private:
    QString m_generated;

private Q_SLOTS:
    void initTestCase() {
        const ProgramRun run = ProgramRun::run(QStringLiteral(WSCM_DOCGEN), {});
        QVERIFY2(run.ok(), run.report());
        m_generated = QString::fromUtf8(run.out);
    }

    void everyOptionHasAnEntry() {
        for (const wscm::OptionSpec &spec : wscm::OptionSchema::options()) {
            QVERIFY2(m_generated.contains("\n### " + spec.nameString() + "\n\n" +
                                          QString::fromLatin1(spec.help) + "\n"),
                     spec.name);
            QVERIFY2(m_generated.contains("| [`" + spec.nameString() + "`](#"), spec.name);
        }
    }

    void committedReferenceIsCurrent() {
        QFile committed(QStringLiteral(WSCM_SOURCE_DIR "/docs/options.md"));
        QVERIFY2(committed.open(QIODevice::ReadOnly), "docs/options.md is missing");
        const QString onDisk = QString::fromUtf8(committed.readAll());
        QVERIFY2(onDisk == m_generated,
                 "docs/options.md is stale: run `cmake --build build --target update-docs` and "
                 "commit the result");
    }
};

QTEST_GUILESS_MAIN(TestOptionReference)
#include "TestOptionReference.moc"
