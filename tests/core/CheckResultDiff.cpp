// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "CheckResultDiff.h"

#include "schema/OptionSchema.h"

using namespace wscm;

namespace {

QString describe(const Diagnostic &d) {
    return QStringLiteral("%1 (file %2, section '%3', option '%4', rejects %5)")
        .arg(d.toText())
        .arg(d.fileIndex)
        .arg(d.section, d.option)
        .arg(d.rejectsFile);
}

QString objectDifference(const ClientObject &a, const ClientObject &b) {
    if (a.id != b.id || a.name != b.name || a.file != b.file || a.line != b.line ||
        a.objectValid != b.objectValid || a.valid != b.valid)
        return QStringLiteral("object %1 / %2 differs").arg(a.name, b.name);
    for (int i = 0; i < OptionSchema::count(); ++i) {
        const EffectiveValue &x = a.effective.at(i);
        const EffectiveValue &y = b.effective.at(i);
        if (x.value != y.value || x.file != y.file || x.line != y.line ||
            x.fromTemplate != y.fromTemplate || x.isSet != y.isSet)
            return QStringLiteral("object %1: option %2 differs")
                .arg(a.name, OptionSchema::at(i).nameString());
    }
    if (!(a.settings == b.settings))
        return QStringLiteral("object %1: settings differ").arg(a.name);
    return {};
}

} // namespace

QString checkResultDifference(const CheckResult &a, const CheckResult &b) {
    if (a.files != b.files)
        return QStringLiteral("files: %1 / %2")
            .arg(a.files.join(QLatin1Char(',')), b.files.join(QLatin1Char(',')));
    if (a.fileRejected != b.fileRejected || a.objectCount != b.objectCount ||
        a.loadingCount != b.loadingCount) {
        return QStringLiteral("rejected %1/%2, objects %3/%4, loading %5/%6")
            .arg(a.fileRejected)
            .arg(b.fileRejected)
            .arg(a.objectCount)
            .arg(b.objectCount)
            .arg(a.loadingCount)
            .arg(b.loadingCount);
    }
    for (qsizetype i = 0; i < std::max(a.diagnostics.size(), b.diagnostics.size()); ++i) {
        const QString x = i < a.diagnostics.size() ? describe(a.diagnostics.at(i)) : QString();
        const QString y = i < b.diagnostics.size() ? describe(b.diagnostics.at(i)) : QString();
        if (x != y)
            return QStringLiteral("finding %1: '%2' / '%3'").arg(i).arg(x, y);
    }
    if (a.objects.size() != b.objects.size())
        return QStringLiteral("%1 / %2 objects kept").arg(a.objects.size()).arg(b.objects.size());
    for (qsizetype i = 0; i < a.objects.size(); ++i) {
        if (const QString d = objectDifference(a.objects.at(i), b.objects.at(i)); !d.isEmpty())
            return d;
    }
    return {};
}
