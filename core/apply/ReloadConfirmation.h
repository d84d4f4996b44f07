// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "reload/ReloadPrediction.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

#include <optional>

namespace wscm {

// What the running Asterisk holds after a reload, compared object by object and field by
// field with what wscm predicted. A contradiction is a wscm bug to record: it names both
// values, except a secret's, which it only says differs.
class ReloadConfirmation {
public:
    // An object as Asterisk has it: field name -> value (a secret's as secretDigest());
    // nullopt when Asterisk has none.
    using Loaded = std::optional<QMap<QByteArray, QByteArray>>;

    // The ids whose state the prediction knows: those Asterisk keeps, then those it removes.
    static QList<QByteArray> idsToRead(const ReloadPrediction &prediction);

    // How a secret's value is held: equal values compare equal, the value itself is gone.
    static QByteArray secretDigest(const QByteArray &value);

    static ReloadConfirmation compare(const ReloadPrediction &prediction,
                                      const QMap<QByteArray, Loaded> &loaded);

    bool asPredicted() const { return m_contradictions.isEmpty(); }
    // "[media-b] uri: predicted 'ws://a', Asterisk has 'ws://b'", one per difference.
    const QStringList &contradictions() const { return m_contradictions; }
    // "Asterisk loaded 5 clients as predicted; kept the old [media-eu] (line 14)".
    QString summary() const { return m_summary; }

private:
    QStringList m_contradictions;
    QString m_summary;
};

} // namespace wscm
