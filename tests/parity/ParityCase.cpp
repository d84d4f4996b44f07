// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ParityCase.h"

#include "check/AsteriskFields.h"
#include "check/Validator.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace wscm;

namespace {

constexpr qint64 maxBytes = 64 * 1024 * 1024;
const QString mainFile = QStringLiteral("websocket_client.conf");

// expected.json holds bytes as the code points U+0000..U+00FF (the oracle escapes every
// byte outside printable ASCII as \u00XX).
QByteArray bytesOf(const QJsonValue &value) {
    return value.toString().toLatin1();
}

QString show(const QByteArray &bytes) {
    QString out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    return out;
}

QString show(const ParityCase::Object &o) {
    QStringList fields;
    for (auto it = o.fields.cbegin(); it != o.fields.cend(); ++it)
        fields.append(show(it.key()) + QLatin1Char('=') + show(it.value()));
    return QStringLiteral("[%1] %2").arg(show(o.id), fields.join(QLatin1Char(' ')));
}

QString canonical(const QString &path) {
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : c;
}

} // namespace

bool ParityCase::load(const QString &folder, QString *error) {
    m_folder = folder;
    QFile file(QDir(folder).filePath(QStringLiteral("expected.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no expected.json in %1").arg(folder);
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !root.contains(QStringLiteral("objects")) ||
        !root.contains(QStringLiteral("log")) || !root.contains(QStringLiteral("asterisk"))) {
        *error = QStringLiteral("%1/expected.json is not a recorded case (record it with "
                                "tests/parity/oracle.py)")
                     .arg(folder);
        return false;
    }
    m_description = root.value(QStringLiteral("description")).toString();
    for (const QJsonValue &o : root.value(QStringLiteral("objects")).toArray()) {
        Object object;
        object.id = bytesOf(o[QStringLiteral("id")]);
        const QJsonObject fields = o[QStringLiteral("fields")].toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            object.fields.insert(it.key().toLatin1(), bytesOf(it.value()));
        m_objects.append(object);
    }
    for (const QJsonValue &l : root.value(QStringLiteral("log")).toArray()) {
        m_log.append({l[QStringLiteral("level")].toString(), l[QStringLiteral("source")].toString(),
                      bytesOf(l[QStringLiteral("message")])});
    }
    return true;
}

QList<ParityCase::Object> ParityCase::loadedObjects(const CheckResult &result) {
    QList<Object> objects;
    for (const ClientObject &o : result.objects) {
        if (!o.valid)
            continue;
        Object object;
        object.id = o.id.isEmpty() ? QByteArray(generatedId) : o.id;
        for (const AsteriskFields::Field &f : AsteriskFields::render(o.effective))
            object.fields.insert(f.name, f.value);
        objects.append(object);
    }
    std::sort(objects.begin(), objects.end(),
              [](const Object &a, const Object &b) { return a.id < b.id; });
    return objects;
}

QJsonObject ParityCase::wscmView(const QString &folder) {
    ConfigSet set;
    QString error;
    if (!set.load(QDir(folder).filePath(mainFile), maxBytes, &error))
        return {{QStringLiteral("error"), error}};
    const CheckResult result = Validator::check(ResolvedConfig::resolve(set));
    QJsonArray objects;
    for (const Object &o : loadedObjects(result)) {
        QJsonObject fields;
        for (auto it = o.fields.cbegin(); it != o.fields.cend(); ++it)
            fields.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
        objects.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(o.id)},
                                   {QStringLiteral("fields"), fields}});
    }
    QJsonArray diagnostics;
    for (const Diagnostic &d : result.diagnostics)
        diagnostics.append(d.toText());
    return {{QStringLiteral("case"), folder},
            {QStringLiteral("file_rejected"), result.fileRejected},
            {QStringLiteral("objects"), objects},
            {QStringLiteral("diagnostics"), diagnostics}};
}

bool ParityCase::loggedFileRejection() const {
    return std::any_of(m_log.cbegin(), m_log.cend(), [](const LogEntry &e) {
        return e.source == QLatin1StringView("res_sorcery_config.c") &&
               (e.message.contains("are invalid and cannot be parsed") ||
                e.message.contains("configuration contains a duplicate object"));
    });
}

QList<QByteArray> ParityCase::loggedRejectedObjects() const {
    static const QRegularExpression couldNot(
        QStringLiteral("^Could not create an object of type 'websocket_client' with id '(.*)' "
                       "from configuration file"),
        QRegularExpression::DotMatchesEverythingOption);
    QList<QByteArray> ids;
    for (const LogEntry &e : m_log) {
        const auto m = couldNot.match(QString::fromLatin1(e.message));
        if (e.source == QLatin1StringView("res_sorcery_config.c") && m.hasMatch())
            ids.append(m.captured(1).toLatin1());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// config.c errors that name no line: a missing or unreadable include, the include depth.
bool ParityCase::loggedUnplacedError() const {
    return std::any_of(m_log.cbegin(), m_log.cend(), [](const LogEntry &e) {
        return e.source == QLatin1StringView("config.c") &&
               (e.message.contains("was listed as a #include but it does not exist") ||
                e.message.startsWith("Maximum Include level"));
    });
}

QString ParityCase::placeFile(const QByteArray &logged) const {
    // Variables of the main file carry no file name; a second inclusion of a file is
    // named "file~~N".
    QByteArray name = logged;
    static const QRegularExpression copy(QStringLiteral("~~\\d+$"));
    name = QString::fromLatin1(name).remove(copy).toLatin1();
    if (name.isEmpty())
        return canonical(QDir(m_folder).filePath(mainFile));
    if (name.startsWith("<confdir>/"))
        name = name.mid(10);
    return canonical(QDir(m_folder).filePath(QString::fromLatin1(name)));
}

bool ParityCase::Place::has(const Diagnostic &d) const {
    return lines.contains(d.line) && (file.isEmpty() || canonical(d.file) == file);
}

// Every file:line Asterisk's config reader named, in wscm's numbering: Asterisk keeps
// counting lines across the files of one glob, wscm counts each file from 1 (a file read
// both alone and through a glob may be either).
QList<ParityCase::Place> ParityCase::loggedPlaces(const ConfigSet &set, bool strayBlockEnd) const {
    QList<ConfigDocument> documents;
    for (int f = 0; f < set.fileCount(); ++f)
        documents.append(ConfigDocument(set.file(f).bytes));
    QMultiHash<QString, int> globOffsets;
    for (int f = 0; f < set.fileCount(); ++f) {
        const ConfigDocument &doc = documents.at(f);
        for (qsizetype i = 0; i < doc.lineCount(); ++i) {
            if (doc.line(i).kind != ConfigLine::Kind::Directive)
                continue;
            int offset = 0;
            for (int included : set.includeTarget(f, i).files) {
                const ConfigDocument &d = documents.at(included);
                globOffsets.insert(canonical(set.file(included).path), offset);
                // config.c counts one more line when its last fgets() finds the end.
                offset += static_cast<int>(d.lineCount()) +
                          (d.bytes().isEmpty() || d.bytes().endsWith('\n') ? 1 : 0);
            }
        }
    }
    static const QRegularExpression lineOf(QStringLiteral("^.*line (\\d+) of (.*)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression sameFile(
        QStringLiteral("^'(.*)', line (\\d+):  Same File included more than once"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tooLong(QStringLiteral("^Line (\\d+) too long"));
    static const QRegularExpression unterminated(
        QStringLiteral("^Unterminated comment detected beginning on line (\\d+)$"));
    qsizetype mostLines = 0;
    for (const ConfigDocument &doc : documents)
        mostLines = std::max(mostLines, doc.lineCount());
    QList<Place> places;
    for (const LogEntry &e : m_log) {
        if (e.source != QLatin1StringView("config.c") &&
            e.source != QLatin1StringView("config_options.c"))
            continue;
        const QString message = QString::fromLatin1(e.message);
        // These two name no file: any file, with any glob's numbering.
        const auto anywhere = [&](int line) {
            Place place{{}, {line}};
            for (int offset : globOffsets.values())
                place.lines.append(line - offset);
            return place;
        };
        if (const auto m = tooLong.match(message); m.hasMatch()) {
            places.append(anywhere(m.captured(1).toInt()));
            continue;
        }
        if (const auto m = unterminated.match(message); m.hasMatch()) {
            // After a stray '--;' config.c may print this with a number read from outside
            // its array of openings: no place to check then.
            const int line = m.captured(1).toInt();
            if (line > 0 && line <= mostLines && !strayBlockEnd)
                places.append(anywhere(line));
            continue;
        }
        QByteArray file;
        int line = 0;
        if (const auto m = sameFile.match(message); m.hasMatch()) {
            file = m.captured(1).toLatin1();
            line = m.captured(2).toInt();
        } else if (const auto m = lineOf.match(message); m.hasMatch()) {
            line = m.captured(1).toInt();
            file = m.captured(2).toLatin1();
        } else {
            continue;
        }
        Place place;
        place.file = placeFile(file);
        // A file read again is named by its #include argument, which may be a glob.
        if (!QFileInfo(place.file).isFile())
            place.file.clear();
        place.lines.append(line);
        const QList<int> offsets =
            place.file.isEmpty() ? globOffsets.values() : globOffsets.values(place.file);
        for (int offset : offsets)
            place.lines.append(line - offset);
        places.append(place);
    }
    return places;
}

QStringList ParityCase::disagreements() const {
    QStringList out;
    ConfigSet set;
    QString error;
    if (!set.load(QDir(m_folder).filePath(mainFile), maxBytes, &error))
        return {QStringLiteral("wscm cannot read the case: %1").arg(error)};
    const CheckResult result = Validator::check(ResolvedConfig::resolve(set));

    // Side by side in (id, fields) order: objects from unnamed sections all have the
    // same id and pair up by their fields.
    const auto byIdAndFields = [](const Object &a, const Object &b) {
        return std::pair(a.id, show(a)) < std::pair(b.id, show(b));
    };
    QList<Object> expected = m_objects;
    QList<Object> loaded = loadedObjects(result);
    std::sort(expected.begin(), expected.end(), byIdAndFields);
    std::sort(loaded.begin(), loaded.end(), byIdAndFields);
    qsizetype a = 0, w = 0;
    while (a < expected.size() || w < loaded.size()) {
        if (w == loaded.size() || (a < expected.size() && expected[a].id < loaded[w].id)) {
            out.append(
                QStringLiteral("Asterisk loads, wscm does not: %1").arg(show(expected[a++])));
        } else if (a == expected.size() || loaded[w].id < expected[a].id) {
            out.append(QStringLiteral("wscm loads, Asterisk does not: %1").arg(show(loaded[w++])));
        } else {
            if (expected[a] != loaded[w])
                out.append(QStringLiteral("fields differ:\n  Asterisk %1\n  wscm     %2")
                               .arg(show(expected[a]), show(loaded[w])));
            ++a;
            ++w;
        }
    }

    const bool fileRejected = loggedFileRejection();
    if (result.fileRejected != fileRejected)
        out.append(fileRejected ? QStringLiteral("Asterisk rejects the whole file, wscm does not")
                                : QStringLiteral("wscm rejects the whole file, Asterisk does not"));

    // Asterisk stops at a duplicate object: what comes after it is never judged.
    QList<QByteArray> invalid;
    for (const ClientObject &o : result.objects) {
        if (!o.objectValid)
            invalid.append(o.id);
    }
    std::sort(invalid.begin(), invalid.end());
    const QList<QByteArray> rejected = loggedRejectedObjects();
    const bool judgedAll = !fileRejected;
    if (judgedAll ? invalid != rejected
                  : !std::includes(invalid.cbegin(), invalid.cend(), rejected.cbegin(),
                                   rejected.cend())) {
        QStringList a, w;
        for (const QByteArray &id : rejected)
            a.append(show(id));
        for (const QByteArray &id : invalid)
            w.append(show(id));
        out.append(QStringLiteral("invalid objects differ: Asterisk [%1], wscm [%2]")
                       .arg(a.join(QLatin1String(", ")), w.join(QLatin1String(", "))));
    }
    for (const QByteArray &id : rejected) {
        if (std::none_of(result.diagnostics.cbegin(), result.diagnostics.cend(),
                         [&](const Diagnostic &d) {
                             return d.isError() && d.section == QString::fromUtf8(id);
                         }))
            out.append(QStringLiteral("Asterisk rejects object [%1], wscm has no error there")
                           .arg(show(id)));
    }

    const bool strayBlockEnd =
        std::any_of(result.diagnostics.cbegin(), result.diagnostics.cend(),
                    [](const Diagnostic &d) { return d.message.contains("was never opened"); });
    const QList<Place> places = loggedPlaces(set, strayBlockEnd);
    for (const Place &p : places) {
        if (std::none_of(result.diagnostics.cbegin(), result.diagnostics.cend(),
                         [&](const Diagnostic &d) { return p.has(d); }))
            out.append(QStringLiteral("Asterisk logs about %1:%2, wscm says nothing there")
                           .arg(p.file.isEmpty() ? QStringLiteral("(some file)") : p.file)
                           .arg(p.lines.first()));
    }
    // wscm's errors must stand for something Asterisk refuses.
    QStringList invalidNames;
    for (const QByteArray &id : invalid)
        invalidNames.append(QString::fromUtf8(id));
    for (const Diagnostic &d : result.diagnostics) {
        if (!d.isError() || d.rejectsFile)
            continue;
        const bool objectError = invalidNames.contains(d.section);
        const bool placed =
            std::any_of(places.cbegin(), places.cend(), [&](const Place &p) { return p.has(d); });
        if (!objectError && !placed && !loggedUnplacedError())
            out.append(
                QStringLiteral("wscm reports an error Asterisk does not: %1").arg(d.toText()));
    }
    return out;
}
