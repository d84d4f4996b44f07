// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ProgramRun.h"

#include "net/FailureCause.h"
#include "net/FailureHint.h"

#include <QFile>
#include <QTest>

// docs/failure-causes.md is generated from the table of failure causes; this fails while the
// committed file differs from what the generator writes now.
class TestFailureCauseReference : public QObject {
    Q_OBJECT

private:
    QString m_generated;

private Q_SLOTS:
    void initTestCase() {
        const ProgramRun run = ProgramRun::run(QStringLiteral(WSCM_DOCGEN), {"--causes"});
        QVERIFY2(run.ok(), run.report());
        m_generated = QString::fromUtf8(run.out);
    }

    void everyCauseHasARow() {
        for (const wscm::FailureCauses::Entry &entry : wscm::FailureCauses::all()) {
            const QString row =
                QStringLiteral("| `%1` | `%2` | %3 | ")
                    .arg(QLatin1StringView(entry.name), QLatin1StringView(entry.stage),
                         QLatin1StringView(entry.meaning));
            QVERIFY2(m_generated.contains("\n" + row), entry.name);
        }
        QVERIFY(m_generated.contains(wscm::FailureHint::forCause(wscm::FailureCause::PingTimeout)));
    }

    void committedReferenceIsCurrent() {
        QFile committed(QStringLiteral(WSCM_SOURCE_DIR "/docs/failure-causes.md"));
        QVERIFY2(committed.open(QIODevice::ReadOnly), "docs/failure-causes.md is missing");
        QVERIFY2(QString::fromUtf8(committed.readAll()) == m_generated,
                 "docs/failure-causes.md is stale: run `cmake --build build --target "
                 "update-docs` and commit the result");
    }
};

QTEST_GUILESS_MAIN(TestFailureCauseReference)
#include "TestFailureCauseReference.moc"
