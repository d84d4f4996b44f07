// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wscm {
struct CheckResult;
class ConfigSet;
struct Diagnostic;
} // namespace wscm

// One recorded case: a folder with websocket_client.conf (and what it includes) and
// expected.json, what a real Asterisk made of it. Compares wscm's verdict with it.
class ParityCase {
public:
    // Asterisk names an object from a section without a name with a random UUID.
    static constexpr const char *generatedId = "<generated>";

    struct Object {
        QByteArray id;
        QMap<QByteArray, QByteArray> fields;
        bool operator==(const Object &) const = default;
    };
    struct LogEntry {
        QString level;
        QString source;
        QByteArray message; // bytes, with Asterisk's config folder written as "<confdir>"
    };

    // Reads expected.json; false with a message when it is missing or incomplete.
    bool load(const QString &folder, QString *error);
    // Runs wscm on the folder and lists every way its verdict differs from Asterisk's.
    QStringList disagreements() const;
    // What wscm makes of the folder, in the JSON shape of the recorded objects.
    static QJsonObject wscmView(const QString &folder);
    // The loaded objects of a wscm result, rendered the way Asterisk renders them.
    static QList<Object> loadedObjects(const wscm::CheckResult &result);

    const QString &folder() const { return m_folder; }
    const QString &description() const { return m_description; }

private:
    struct Place {
        QString file;     // canonical path; empty for "any file"
        QList<int> lines; // in wscm's numbering: any of these
        bool has(const wscm::Diagnostic &d) const;
    };
    QList<Place> loggedPlaces(const wscm::ConfigSet &set, bool strayBlockEnd) const;
    QString placeFile(const QByteArray &logged) const;
    bool loggedFileRejection() const;
    QList<QByteArray> loggedRejectedObjects() const;
    bool loggedUnplacedError() const;

    QString m_folder;
    QString m_description;
    QList<Object> m_objects;
    QList<LogEntry> m_log;
};
