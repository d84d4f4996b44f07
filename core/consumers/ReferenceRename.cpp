// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ReferenceRename.h"

#include "DialStrings.h"
#include "NeighbourFiles.h"
#include "config/LineBreaks.h"

#include <QMap>

namespace wscm {

namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}

// Where the text Asterisk reads ends: the first ';' not escaped with a backslash starts a
// comment, and nothing in it is a reference.
qsizetype codeEnd(QByteArrayView line) {
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '\\')
            ++i;
        else if (line[i] == ';')
            return i;
    }
    return line.size();
}

// "websocket_client_id = from": the value, blanks around it kept.
int renameAriLine(QByteArray &line, const QByteArray &from, const QByteArray &to) {
    const qsizetype end = codeEnd(line);
    const qsizetype equals = line.indexOf('=');
    if (equals < 0 || equals >= end)
        return 0;
    if (line.first(equals).trimmed().compare("websocket_client_id", Qt::CaseInsensitive) != 0)
        return 0;
    qsizetype start = equals + 1;
    if (start < end && line[start] == '>')
        ++start;
    while (start < end && isBlank(line[start]))
        ++start;
    qsizetype stop = end;
    while (stop > start && (isBlank(line[stop - 1]) || line[stop - 1] == '\r'))
        --stop;
    if (QByteArrayView(line).sliced(start, stop - start) != from)
        return 0;
    line.replace(start, stop - start, to);
    return 1;
}

// Every WebSocket/from[/options] of the line, found as DialString::scan finds them.
int renameDialLine(QByteArray &line, const QByteArray &from, const QByteArray &to) {
    static const QByteArray tech = QByteArrayLiteral("websocket/");
    int renamed = 0;
    for (qsizetype at = line.toLower().indexOf(tech); at >= 0 && at < codeEnd(line);
         at = line.toLower().indexOf(tech, at + 1)) {
        if (!DialString::startsAt(line, at))
            continue;
        const qsizetype id = at + tech.size();
        const qsizetype end = DialString::endOf(line, id);
        const qsizetype slash = line.indexOf('/', id);
        const qsizetype idEnd = slash >= 0 && slash < end ? slash : end;
        if (QByteArrayView(line).sliced(id, idEnd - id) != from)
            continue;
        line.replace(id, from.size(), to);
        ++renamed;
    }
    return renamed;
}

} // namespace

bool ReferenceRename::apply(QByteArray &bytes, const QList<ClientUse> &uses, const QByteArray &from,
                            const QByteArray &to, QString *error) {
    // How many references each line holds, of which kind.
    QMap<int, std::pair<ClientUse::Kind, int>> lines;
    for (const ClientUse &u : uses) {
        if (u.client != from)
            continue;
        auto &entry = lines[u.line];
        entry.first = u.kind;
        ++entry.second;
    }
    QList<QByteArray> text = LineBreaks::withEndings(bytes);
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        const int index = it.key() - 1;
        const auto [kind, expected] = it.value();
        if (index < 0 || index >= text.size()) {
            *error = QStringLiteral("line %1 is past the end of the file").arg(it.key());
            return false;
        }
        QByteArray &line = text[index];
        const int ending = LineBreaks::endingLength(line);
        QByteArray body = line.first(line.size() - ending);
        const int renamed = kind == ClientUse::Kind::Ari ? renameAriLine(body, from, to)
                                                         : renameDialLine(body, from, to);
        if (renamed != expected) {
            *error = QStringLiteral("line %1 no longer names '%2' as it did when read")
                         .arg(it.key())
                         .arg(QString::fromUtf8(from));
            return false;
        }
        line = body + line.last(ending);
    }
    bytes = text.join();
    return true;
}

bool ReferenceRename::plan(const NeighbourFiles &neighbours, const ConsumerResult &consumers,
                           const QByteArray &from, const QByteArray &to, QList<FileEdit> *edits,
                           QString *error) {
    edits->clear();
    const QList<ClientUse> uses = consumers.usedBy(from);
    for (const NeighbourFiles::File *neighbour : {&neighbours.ari, &neighbours.dialplan}) {
        if (!neighbour->read)
            continue;
        for (int i = 0; i < neighbour->set.fileCount(); ++i) {
            const ConfigSet::File &file = neighbour->set.file(i);
            QList<ClientUse> here;
            for (const ClientUse &u : uses) {
                if (u.file == file.path)
                    here.append(u);
            }
            if (here.isEmpty())
                continue;
            FileEdit edit{file.path, file.bytes, file.bytes, int(here.size())};
            QString why;
            if (!apply(edit.after, here, from, to, &why)) {
                *error = QStringLiteral("%1: %2").arg(file.path, why);
                edits->clear();
                return false;
            }
            edits->append(edit);
        }
    }
    return true;
}

} // namespace wscm
