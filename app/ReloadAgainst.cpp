// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ReloadAgainst.h"

#include "ConfigInput.h"
#include "Console.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace wscm {

namespace {

const QString optionName = QStringLiteral("against");

QString tr(const char *text) {
    return QCoreApplication::translate("wscm::ReloadAgainst", text);
}

} // namespace

void ReloadAgainst::addOption(QCommandLineParser &parser) {
    parser.addOption(QCommandLineOption(
        optionName,
        tr("Say what reloading res_websocket_client would do when Asterisk has loaded OLD and "
           "FILE replaces it."),
        QStringLiteral("OLD")));
}

bool ReloadAgainst::load(const QCommandLineParser &parser, const QStringList &files,
                         qint64 maxBytes) {
    m_set = parser.isSet(optionName);
    if (!m_set)
        return true;
    if (files.size() != 1) {
        Console::error(tr("wscm check: --against compares one FILE with OLD"));
        return false;
    }
    // The same reading and judging as the check itself, kept whole: the prediction compares
    // the objects field by field.
    ConfigInput loaded, next;
    if (!loaded.load(parser.value(optionName), maxBytes, Validator::Detail::Full,
                     ConfigInput::Keep::ResultOnly) ||
        !next.load(files.first(), maxBytes, Validator::Detail::Full, ConfigInput::Keep::ResultOnly))
        return false;
    m_prediction = ReloadPrediction::predict(loaded.result, next.result);
    return true;
}

QJsonObject ReloadAgainst::withReload(QJsonObject doc) const {
    if (m_set)
        doc.insert(QStringLiteral("reload"), m_prediction.toJson());
    return doc;
}

void ReloadAgainst::print() const {
    if (m_set)
        Console::line(m_prediction.toText());
}

} // namespace wscm
