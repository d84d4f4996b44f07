// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "check/CheckResult.h"
#include "config/ClientSettings.h"
#include "config/Diagnostic.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace wscm {

// What one re-reading of the config file does to the running client sections, by the rules
// of Asterisk's res_sorcery_config (seen in a real Asterisk's reload):
// - a file that cannot be read, or that Asterisk rejects as a whole, changes nothing: every
//   running section keeps running on its settings;
// - otherwise the running set becomes the file's valid client sections; a section whose new
//   version is invalid keeps running on its previous settings ("Retaining existing
//   configuration for object"); a section that is gone, or new and invalid, does not run.
struct ReloadResult {
    enum class Kind { Reloaded, Rejected, Unreadable };

    Kind kind = Kind::Reloaded;
    QDateTime at; // UTC
    QString file;
    QString error; // why the file was rejected or could not be read; never a secret

    QList<ClientSettings> sections; // what runs now, in file order
    QStringList added;              // new sections
    QStringList changed;            // sections whose settings changed: they reconnect
    QStringList removed;            // sections no longer running
    QStringList retained;           // running on earlier settings: their new ones are invalid
    // The file's client sections as Asterisk would judge them (all of them, not only the
    // probed ones); both unknown (-1) when the file could not be read.
    int validSections = -1;
    int invalidSections = -1;
    QList<Diagnostic> errors; // the errors behind `retained`, the rejection or other
                              // invalid probed sections, to show the user

    // `running` is what ran before; `result` the new reading, null when it could not be read
    // (then `readError` says why); `wanted` limits the sections to those names (all when
    // empty).
    static ReloadResult compute(const QList<ClientSettings> &running, const CheckResult *result,
                                const QStringList &wanted, const QString &file,
                                const QString &readError = QString());

    // Every section of the file that Asterisk would load, and nothing kept from before.
    bool successful() const {
        return kind == Kind::Reloaded && invalidSections == 0 && retained.isEmpty();
    }
    bool changesSections() const {
        return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty();
    }

    static QString kindName(Kind kind);
    // One line for people (the probe's event line without its timestamp).
    QString toText() const;
    // The probe's --json line: ts, section (null), event, file, detail, valid, invalid,
    // added, changed, removed, retained.
    QJsonObject toJson() const;
};

} // namespace wscm
