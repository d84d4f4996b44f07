// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "reload/ReloadPrediction.h"

#include <QJsonObject>
#include <QString>

class QCommandLineParser;

namespace wscm {

// `wscm check --against OLD FILE`: what `module reload res_websocket_client` would do when
// Asterisk has OLD loaded and FILE replaces it (ReloadPrediction). Kept apart from the
// check's own reporting so that the check reads as before without the option.
class ReloadAgainst {
public:
    static void addOption(QCommandLineParser &parser);

    // With --against: reads and judges OLD and FILE (exactly one), and predicts. False, with
    // a message, for bad arguments or a file that cannot be read (the check exits 2).
    bool load(const QCommandLineParser &parser, const QStringList &files, qint64 maxBytes);

    bool isSet() const { return m_set; }
    // The check's JSON document with "reload": {refused, added, changed, retained, removed,
    // unchanged} added when --against is set.
    QJsonObject withReload(QJsonObject doc) const;
    // The prediction as one line for people, when --against is set.
    void print() const;

private:
    bool m_set = false;
    ReloadPrediction m_prediction;
};

} // namespace wscm
