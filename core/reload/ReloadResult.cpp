// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ReloadResult.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

namespace wscm {

namespace {

QStringList namesOf(const QList<ClientSettings> &sections) {
    QStringList names;
    for (const ClientSettings &s : sections)
        names << s.name;
    return names;
}

QString bracketed(const QStringList &names) {
    QStringList parts;
    for (const QString &name : names)
        parts << QLatin1Char('[') + name + QLatin1Char(']');
    return parts.join(QLatin1Char(' '));
}

} // namespace

ReloadResult ReloadResult::compute(const QList<ClientSettings> &running, const CheckResult *result,
                                   const QStringList &wanted, const QString &file,
                                   const QString &readError) {
    ReloadResult reload;
    reload.at = QDateTime::currentDateTimeUtc();
    reload.file = file;
    if (!result) {
        // Asterisk: "Unable to load config file": the loaded objects stay as they are.
        reload.kind = Kind::Unreadable;
        reload.error = readError;
        reload.sections = running;
        reload.retained = namesOf(running);
        return reload;
    }

    reload.validSections = 0;
    reload.invalidSections = 0;
    for (const ClientObject &object : result->objects)
        ++(object.valid ? reload.validSections : reload.invalidSections);
    const auto isWanted = [&wanted](const QString &name) {
        return wanted.isEmpty() || wanted.contains(name);
    };
    for (const Diagnostic &d : result->diagnostics) {
        if (d.isError() && (d.rejectsFile || isWanted(d.section)))
            reload.errors << d;
    }

    if (result->fileRejected) {
        // "Contents of config file are invalid and cannot be parsed", or a duplicate object:
        // the previous objects all stay.
        reload.kind = Kind::Rejected;
        for (const Diagnostic &d : std::as_const(reload.errors)) {
            if (d.rejectsFile) {
                reload.error = d.toText();
                break;
            }
        }
        reload.sections = running;
        reload.retained = namesOf(running);
        return reload;
    }

    QHash<QString, const ClientSettings *> before;
    for (const ClientSettings &s : running)
        before.insert(s.name, &s);
    for (const ClientObject &object : result->objects) {
        if (!isWanted(object.name))
            continue;
        const ClientSettings *previous = before.value(object.name);
        if (object.valid) {
            reload.sections << object.settings;
            if (!previous)
                reload.added << object.name;
            else if (!(*previous == object.settings))
                reload.changed << object.name;
        } else if (previous) {
            reload.sections << *previous;
            reload.retained << object.name;
        }
    }
    const QStringList now = namesOf(reload.sections);
    for (const ClientSettings &s : running) {
        if (!now.contains(s.name))
            reload.removed << s.name;
    }
    return reload;
}

QString ReloadResult::kindName(Kind kind) {
    switch (kind) {
    case Kind::Reloaded:
        return QStringLiteral("config_reloaded");
    case Kind::Rejected:
        return QStringLiteral("config_rejected");
    case Kind::Unreadable:
        return QStringLiteral("config_unreadable");
    }
    return QString();
}

QString ReloadResult::toText() const {
    const QString keeping =
        QStringLiteral("%1 section(s) keep running unchanged").arg(sections.size());
    switch (kind) {
    case Kind::Unreadable:
        return QStringLiteral("config_unreadable %1: %2; %3").arg(file, error, keeping);
    case Kind::Rejected:
        return QStringLiteral("config_rejected %1: Asterisk would load nothing from it (%2); %3")
            .arg(file, error, keeping);
    case Kind::Reloaded:
        break;
    }
    QStringList parts;
    parts << QStringLiteral("%1 valid, %2 invalid").arg(validSections).arg(invalidSections);
    if (!added.isEmpty())
        parts << QStringLiteral("added %1").arg(bracketed(added));
    if (!changed.isEmpty())
        parts << QStringLiteral("reconnecting %1").arg(bracketed(changed));
    if (!removed.isEmpty())
        parts << QStringLiteral("removed %1").arg(bracketed(removed));
    if (!retained.isEmpty())
        parts << QStringLiteral("kept %1 on the previous settings (the new ones are invalid)")
                     .arg(bracketed(retained));
    if (!changesSections() && retained.isEmpty())
        parts << QStringLiteral("no running section changed");
    return QStringLiteral("config_reloaded %1: %2").arg(file, parts.join(QLatin1StringView("; ")));
}

QJsonObject ReloadResult::toJson() const {
    QJsonObject json;
    json.insert(QLatin1StringView("ts"), at.toUTC().toString(Qt::ISODateWithMs));
    json.insert(QLatin1StringView("section"), QJsonValue(QJsonValue::Null));
    json.insert(QLatin1StringView("event"), kindName(kind));
    json.insert(QLatin1StringView("file"), file);
    json.insert(QLatin1StringView("detail"),
                error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error));
    const auto count = [](int n) {
        return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n);
    };
    json.insert(QLatin1StringView("valid"), count(validSections));
    json.insert(QLatin1StringView("invalid"), count(invalidSections));
    json.insert(QLatin1StringView("added"), QJsonArray::fromStringList(added));
    json.insert(QLatin1StringView("changed"), QJsonArray::fromStringList(changed));
    json.insert(QLatin1StringView("removed"), QJsonArray::fromStringList(removed));
    json.insert(QLatin1StringView("retained"), QJsonArray::fromStringList(retained));
    return json;
}

} // namespace wscm
