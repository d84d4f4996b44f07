// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SectionProblems.h"

#include "ConfigSession.h"
#include "config/SecretRedaction.h"
#include "schema/OptionSchema.h"

#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace wscm {

namespace {

// The value the finding's line assigns to its option, as Asterisk read it: the line of the
// finding first (a parse error is about that assignment, even when a later one wins), else
// the value in force after templates.
std::optional<QByteArray> writtenValue(const ConfigSession &session,
                                       const ResolvedConfig::Category &category,
                                       const Diagnostic &d, int optionIndex) {
    const ResolvedConfig &resolved = session.resolved();
    for (const ResolvedConfig::Variable &v : category.variables) {
        if (v.file == d.fileIndex && v.line + 1 == d.line &&
            QString::fromUtf8(resolved.name(v)).compare(d.option, Qt::CaseInsensitive) == 0)
            return resolved.value(v).toByteArray();
    }
    const EffectiveOptions options = resolved.effectiveOptions(category);
    if (options.isSet(optionIndex))
        return options.at(optionIndex).value;
    return std::nullopt;
}

} // namespace

QList<SectionProblem> SectionProblems::of(const ConfigSession &session, const QString &section,
                                          Include include) {
    QList<SectionProblem> problems;
    if (section.isEmpty())
        return problems;
    const ResolvedConfig::Category *category = session.category(section);
    const auto shown = [include](const Diagnostic &d) {
        // "Nothing uses this client" is no problem: the Used by list says it.
        return d.isError() || (include == Include::ErrorsAndWarnings &&
                               d.severity == Diagnostic::Severity::Warning);
    };
    QList<Diagnostic> own;
    for (const Diagnostic &d : session.check().diagnostics) {
        if (d.section == section)
            own.append(d);
    }
    const QStringList ownFiles = session.configSet().paths();
    for (const Diagnostic &d : session.consumers().diagnostics) {
        if (d.section == section && ownFiles.contains(d.file))
            own.append(d);
    }
    for (const Diagnostic &d : std::as_const(own)) {
        if (!shown(d))
            continue;
        SectionProblem problem;
        problem.diagnostic = d;
        const OptionSpec *spec = d.option.isEmpty() ? nullptr : OptionSchema::find(d.option);
        if (spec)
            problem.field = spec->nameString();

        QString subject;
        if (spec) {
            const std::optional<QByteArray> value =
                category ? writtenValue(session, *category, d, OptionSchema::indexOf(d.option))
                         : std::nullopt;
            subject = value ? tr("%1 = %2").arg(spec->nameString(),
                                                SecretRedaction::display(*spec, *value, false))
                            : tr("%1 is not set").arg(spec->nameString());
        } else if (!d.option.isEmpty()) {
            // An option Asterisk does not know: its value may be a mistyped password.
            subject = d.option;
        }
        const QString where =
            d.fileIndex == 0 ? tr("line %1").arg(d.line)
                             : tr("line %1 of %2").arg(d.line).arg(QFileInfo(d.file).fileName());
        const QString verdict = d.isError() ? tr("Asterisk's error: %1").arg(d.message)
                                            : tr("wscm's warning: %1").arg(d.message);
        problem.sentence = subject.isEmpty() ? tr("%1: %2").arg(where, verdict)
                                             : tr("%1 (%2): %3").arg(subject, where, verdict);
        problems.append(std::move(problem));
    }
    if (const ClientObject *object = session.check().object(section)) {
        for (const Diagnostic &d : session.consumers().findingsAboutUsersOf(object->id)) {
            if (!shown(d))
                continue;
            SectionProblem problem;
            problem.diagnostic = d;
            problem.neighbour = true;
            const QString verdict = d.isError() ? tr("Asterisk's error: %1").arg(d.message)
                                                : tr("wscm's warning: %1").arg(d.message);
            problem.sentence = tr("%1:%2 [%3]: %4")
                                   .arg(QFileInfo(d.file).fileName())
                                   .arg(d.line)
                                   .arg(d.section, verdict);
            problems.append(std::move(problem));
        }
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const SectionProblem &a, const SectionProblem &b) {
                         const Diagnostic &x = a.diagnostic, &y = b.diagnostic;
                         if (x.isError() != y.isError())
                             return x.isError();
                         if (a.neighbour != b.neighbour)
                             return b.neighbour;
                         if (x.fileIndex != y.fileIndex)
                             return x.fileIndex < y.fileIndex;
                         return x.line < y.line;
                     });
    return problems;
}

} // namespace wscm
