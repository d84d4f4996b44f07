// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ParityCase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

// parity_check: compares wscm with recorded cases (for tests/parity/oracle.py fuzz), or
// prints what wscm makes of case folders in the shape of the recorded objects (--dump).
int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compares wscm's verdict on case folders with the recorded Asterisk one."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("Case folders."),
                                 QStringLiteral("FOLDER..."));
    const QCommandLineOption dump(QStringLiteral("dump"),
                                  QStringLiteral("Print wscm's objects as JSON lines instead."));
    const QCommandLineOption quiet(
        QStringLiteral("quiet"),
        QStringLiteral("One line per disagreeing case: folder, a tab, the reasons."));
    parser.addOptions({dump, quiet});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int failing = 0;
    for (const QString &folder : parser.positionalArguments()) {
        if (parser.isSet(dump)) {
            out << QJsonDocument(ParityCase::wscmView(folder)).toJson(QJsonDocument::Compact);
            continue;
        }
        ParityCase recorded;
        QString error;
        if (!recorded.load(folder, &error)) {
            err << error << Qt::endl;
            return 2;
        }
        const QStringList problems = recorded.disagreements();
        if (problems.isEmpty())
            continue;
        ++failing;
        if (parser.isSet(quiet))
            out << folder << '\t' << problems.join(QLatin1Char('\n')).replace('\n', "\\n") << '\n';
        else
            out << "== " << folder << '\n' << problems.join(QLatin1Char('\n')) << "\n\n";
    }
    if (!parser.isSet(quiet) && !parser.isSet(dump))
        out << failing << " of " << parser.positionalArguments().size() << " cases disagree\n";
    return failing == 0 ? 0 : 1;
}
