// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace wscm {

class ConfigDocument;

// A section about to be added to a document, and the one rule for what it starts with: a
// client section gets `type = websocket_client` first, without which Asterisk does not see
// it as a client; a template may be for anything and gets no type line.
struct NewSection {
    QByteArray name;
    QList<QByteArray> templates; // the "(...)" names it inherits from
    bool isTemplate = false;
    QList<std::pair<QByteArray, QByteArray>> values; // its first assignments, in order

    // Adds the section at the end of `document`; false with *error when it cannot be added.
    bool addTo(ConfigDocument &document, QString *error) const;
};

} // namespace wscm
