// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "check/AsteriskFields.h"
#include "config/Diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace wscm {

struct CheckResult;

// What `module reload res_websocket_client` will do, worked out before it happens from the
// file Asterisk has loaded and the file about to replace it, both judged by the Validator.
// The rules, each recorded from a real Asterisk (tests/parity/reload):
// - a file Asterisk refuses as a whole (a parse error in the main file, a missing #include,
//   a duplicate object) changes nothing: every loaded object stays;
// - otherwise each valid client section is added, changed (some field differs) or left
//   unchanged; a section whose new version is invalid keeps its OLD object ("Retaining
//   existing configuration") when there is one; every other loaded object is removed.
// The loaded file is taken as Asterisk loads it at start (a refused one loads nothing), so
// an object kept from still older files is not known here.
struct ReloadPrediction {
    struct Retained {
        QString name;
        Diagnostic reason; // the new version's first error
    };

    QString mainFile; // the new file's path, for naming the places of its errors
    bool refused = false;
    Diagnostic refusal; // the error that makes Asterisk refuse the file, when refused
    QStringList added;
    QStringList changed;
    QList<Retained> retained;
    QStringList removed;
    QStringList unchanged;
    // Of `changed`, those whose change makes a connection on them reconnect (ARI's outbound
    // websocket): a change of anything but the three timing fields.
    QStringList reconnecting;
    // Every object Asterisk holds after the reload, by id, with its fields as it renders them.
    QMap<QByteArray, QList<AsteriskFields::Field>> objects;

    static ReloadPrediction predict(const CheckResult &loaded, const CheckResult &next);

    // What the reload does to an ARI outbound websocket (ari.conf) on one of the clients.
    enum class OutboundFate {
        Untouched,        // its client is unchanged, or the file is refused: "No changes detected"
        Reconnects,       // its client changed in more than timing: closed and connected again
        TakesNewTiming,   // only the three timing fields changed: no reconnect
        StaysOnOldClient, // its client's new version is invalid: the old one stays in use
        // Its client was removed: the outbound websocket keeps its old configuration and its
        // connection, through a client Asterisk no longer has.
        StaysOnRemovedClient,
        NotKnown, // its client was not loaded before (not recorded)
    };
    OutboundFate outboundFate(const QString &client) const;
    // "ARI's outbound websocket wscm_out reconnects", and the like.
    static QString outboundText(const QString &outbound, const QString &client, OutboundFate fate);

    // Whether a change from `before` to `after` makes ARI close and reopen the outbound
    // websocket on that client: any field but connection_timeout, reconnect_interval and
    // reconnect_attempts (recorded: ari-timing-only against ari-*-change).
    static bool reconnects(const QList<AsteriskFields::Field> &before,
                           const QList<AsteriskFields::Field> &after);

    QStringList retainedNames() const;
    bool changesNothing() const {
        return added.isEmpty() && changed.isEmpty() && retained.isEmpty() && removed.isEmpty();
    }
    // "After a reload Asterisk will add [a]; change [b]; keep the OLD [c], because the new
    // one is invalid (line 14: …); remove [d]", or "… change nothing: the file cannot be
    // loaded (line 3: …)". Never a secret: diagnostics carry none.
    QString toText() const;
    // {"refused", "added", "changed", "retained", "removed", "unchanged"}
    QJsonObject toJson() const;

    Q_DECLARE_TR_FUNCTIONS(wscm::ReloadPrediction)
};

} // namespace wscm
