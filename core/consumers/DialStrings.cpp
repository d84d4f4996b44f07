// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "DialStrings.h"

#include "config/ResolvedConfig.h"

namespace wscm {

namespace {

bool isWordByte(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

} // namespace

qsizetype DialString::endOf(QByteArrayView text, qsizetype from) {
    int depth = 0;
    for (qsizetype i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (depth == 0)
                return i;
            --depth;
        } else if (depth == 0 && (c == ',' || c == '&' || c == '"' || c == ' ' || c == '\t')) {
            return i;
        }
    }
    return text.size();
}

bool DialString::startsAt(QByteArrayView text, qsizetype at) {
    return at == 0 || !(isWordByte(text[at - 1]) || text[at - 1] == '/');
}

QByteArray DialString::optionArgument(char letter, bool *found) const {
    *found = false;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const char c = options[i];
        QByteArray argument;
        if (i + 1 < options.size() && options[i + 1] == '(') {
            const qsizetype close = options.indexOf(')', i + 2);
            const qsizetype end = close < 0 ? options.size() : close;
            argument = options.mid(i + 2, end - i - 2);
            i = end;
        }
        if (c == letter) {
            *found = true;
            return argument;
        }
    }
    return {};
}

QList<DialString> DialString::scan(const ResolvedConfig &dialplan) {
    static const QByteArray tech = QByteArrayLiteral("websocket/");
    QList<DialString> found;
    for (const ResolvedConfig::Category &c : dialplan.categories()) {
        if (c.isTemplate || c.name.compare("general", Qt::CaseInsensitive) == 0 ||
            c.name.compare("globals", Qt::CaseInsensitive) == 0)
            continue;
        for (const ResolvedConfig::Variable &v : c.variables) {
            const QByteArrayView name = dialplan.name(v);
            if (name.compare("exten", Qt::CaseInsensitive) != 0 &&
                name.compare("same", Qt::CaseInsensitive) != 0)
                continue;
            const QByteArrayView value = dialplan.value(v);
            // The technology name is matched without case, as Asterisk finds channel drivers.
            const QByteArray lower = value.toByteArray().toLower();
            for (qsizetype at = lower.indexOf(tech); at >= 0; at = lower.indexOf(tech, at + 1)) {
                if (!startsAt(value, at))
                    continue;
                const qsizetype end = endOf(value, at + tech.size());
                DialString d;
                d.file = dialplan.file(v.file);
                d.fileIndex = v.file;
                d.line = v.line + 1;
                d.context = QString::fromUtf8(c.name);
                d.text = value.sliced(at, end - at).toByteArray();
                const QByteArray resource = d.text.mid(tech.size());
                const qsizetype slash = resource.indexOf('/');
                d.client = slash < 0 ? resource : resource.left(slash);
                d.options = slash < 0 ? QByteArray() : resource.mid(slash + 1);
                d.hasVariables = d.client.contains("${") || d.client.contains("$[");
                found.append(d);
            }
        }
    }
    return found;
}

} // namespace wscm
