// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ReloadPrediction.h"

#include "check/CheckResult.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace wscm {

namespace {

// An object's first error, in file order: what the admin fixes first.
Diagnostic firstError(const CheckResult &result, const QString &section) {
    const Diagnostic *first = nullptr;
    for (const Diagnostic &d : result.diagnostics) {
        if (!d.isError() || d.section != section)
            continue;
        if (!first ||
            std::make_pair(d.fileIndex, d.line) < std::make_pair(first->fileIndex, first->line))
            first = &d;
    }
    return first ? *first : Diagnostic{};
}

QString bracketed(const QStringList &names) {
    QStringList parts;
    for (const QString &name : names)
        parts << QLatin1Char('[') + name + QLatin1Char(']');
    return parts.join(QLatin1StringView(", "));
}

// "line 14: …" in the main file, "other.conf line 6: …" in an included one.
QString place(const Diagnostic &d, const QString &mainFile) {
    QString where;
    if (d.line > 0) {
        where = ReloadPrediction::tr("line %1").arg(d.line);
        if (!d.file.isEmpty() && d.file != mainFile)
            where = QFileInfo(d.file).fileName() + QLatin1Char(' ') + where;
        where += QLatin1StringView(": ");
    }
    return where + d.message;
}

} // namespace

ReloadPrediction ReloadPrediction::predict(const CheckResult &loaded, const CheckResult &next) {
    ReloadPrediction p;
    p.mainFile = next.files.value(0);
    // What Asterisk holds now: the loaded file's valid objects (none from a refused file).
    QMap<QByteArray, QList<AsteriskFields::Field>> before;
    QMap<QByteArray, QString> beforeNames;
    QList<QByteArray> beforeOrder;
    if (!loaded.fileRejected) {
        for (const ClientObject &o : loaded.objects) {
            if (!o.valid || o.id.isEmpty())
                continue;
            before.insert(o.id, AsteriskFields::render(o.effective));
            beforeNames.insert(o.id, o.name);
            beforeOrder << o.id;
        }
    }

    if (next.fileRejected) {
        p.refused = true;
        const auto it = std::find_if(next.diagnostics.cbegin(), next.diagnostics.cend(),
                                     [](const Diagnostic &d) { return d.rejectsFile; });
        if (it != next.diagnostics.cend())
            p.refusal = *it;
        for (const QByteArray &id : std::as_const(beforeOrder))
            p.unchanged << beforeNames.value(id);
        p.objects = before;
        return p;
    }

    // A name may have an invalid section and, after it, a valid one (no duplicate then):
    // the valid one is what Asterisk makes.
    QSet<QByteArray> judged;
    for (const ClientObject &o : next.objects) {
        if (o.id.isEmpty()) {
            // Asterisk names it with a fresh UUID at every load: always a new object.
            if (o.valid)
                p.added << o.name;
            continue;
        }
        if (judged.contains(o.id))
            continue;
        const ClientObject *valid = &o;
        if (!o.valid) {
            const auto later =
                std::find_if(next.objects.cbegin(), next.objects.cend(),
                             [&o](const ClientObject &c) { return c.valid && c.id == o.id; });
            valid = later == next.objects.cend() ? nullptr : &*later;
        }
        judged.insert(o.id);
        const auto old = before.constFind(o.id);
        if (!valid) {
            if (old != before.cend()) {
                p.retained << Retained{o.name, firstError(next, o.name)};
                p.objects.insert(o.id, *old);
            }
            continue;
        }
        const QList<AsteriskFields::Field> fields = AsteriskFields::render(valid->effective);
        p.objects.insert(o.id, fields);
        if (old == before.cend()) {
            p.added << valid->name;
        } else if (*old != fields) {
            p.changed << valid->name;
            if (reconnects(*old, fields))
                p.reconnecting << valid->name;
        } else {
            p.unchanged << valid->name;
        }
    }
    for (const QByteArray &id : std::as_const(beforeOrder)) {
        if (!judged.contains(id))
            p.removed << beforeNames.value(id);
    }
    return p;
}

bool ReloadPrediction::reconnects(const QList<AsteriskFields::Field> &before,
                                  const QList<AsteriskFields::Field> &after) {
    static const QList<QByteArray> timing{"connection_timeout", "reconnect_interval",
                                          "reconnect_attempts"};
    const auto withoutTiming = [](const QList<AsteriskFields::Field> &fields) {
        QList<AsteriskFields::Field> kept;
        for (const AsteriskFields::Field &f : fields) {
            if (!timing.contains(f.name))
                kept << f;
        }
        return kept;
    };
    return withoutTiming(before) != withoutTiming(after);
}

ReloadPrediction::OutboundFate ReloadPrediction::outboundFate(const QString &client) const {
    if (retainedNames().contains(client))
        return OutboundFate::StaysOnOldClient;
    if (removed.contains(client))
        return OutboundFate::StaysOnRemovedClient;
    if (reconnecting.contains(client))
        return OutboundFate::Reconnects;
    if (changed.contains(client))
        return OutboundFate::TakesNewTiming;
    if (unchanged.contains(client))
        return OutboundFate::Untouched;
    return OutboundFate::NotKnown;
}

QString ReloadPrediction::outboundText(const QString &outbound, const QString &client,
                                       OutboundFate fate) {
    switch (fate) {
    case OutboundFate::Untouched:
        return tr("ARI's outbound websocket %1 stays as it is").arg(outbound);
    case OutboundFate::Reconnects:
        return tr("ARI's outbound websocket %1 reconnects with the new [%2]").arg(outbound, client);
    case OutboundFate::TakesNewTiming:
        return tr("ARI's outbound websocket %1 takes the new timing of [%2] without reconnecting")
            .arg(outbound, client);
    case OutboundFate::StaysOnOldClient:
        return tr("ARI's outbound websocket %1 stays on the OLD [%2]").arg(outbound, client);
    case OutboundFate::StaysOnRemovedClient:
        return tr("ARI's outbound websocket %1 stays connected through [%2], which the reload "
                  "removes")
            .arg(outbound, client);
    case OutboundFate::NotKnown:
        break;
    }
    return tr("what ARI's outbound websocket %1 does is not known: [%2] was not loaded before")
        .arg(outbound, client);
}

QStringList ReloadPrediction::retainedNames() const {
    QStringList names;
    for (const Retained &r : retained)
        names << r.name;
    return names;
}

QString ReloadPrediction::toText() const {
    if (refused)
        return tr("After a reload Asterisk will change nothing: the file cannot be loaded (%1)")
            .arg(place(refusal, mainFile));
    if (changesNothing())
        return tr("After a reload Asterisk will change nothing: every client stays as it is");
    QStringList parts;
    if (!added.isEmpty())
        parts << tr("add %1").arg(bracketed(added));
    if (!changed.isEmpty())
        parts << tr("change %1").arg(bracketed(changed));
    for (const Retained &r : retained)
        parts << tr("keep the OLD [%1], because the new one is invalid (%2)")
                     .arg(r.name, place(r.reason, mainFile));
    if (!removed.isEmpty())
        parts << tr("remove %1").arg(bracketed(removed));
    return tr("After a reload Asterisk will %1").arg(parts.join(QLatin1StringView("; ")));
}

QJsonObject ReloadPrediction::toJson() const {
    return {{QStringLiteral("refused"), refused},
            {QStringLiteral("added"), QJsonArray::fromStringList(added)},
            {QStringLiteral("changed"), QJsonArray::fromStringList(changed)},
            {QStringLiteral("retained"), QJsonArray::fromStringList(retainedNames())},
            {QStringLiteral("removed"), QJsonArray::fromStringList(removed)},
            {QStringLiteral("unchanged"), QJsonArray::fromStringList(unchanged)}};
}

} // namespace wscm
