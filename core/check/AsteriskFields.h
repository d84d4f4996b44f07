// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QList>

namespace wscm {

class EffectiveOptions;
struct OptionSpec;

// A loaded websocket_client object's fields exactly as Asterisk renders them (sorcery's
// object set, what its CLI and ARI show): ints as %d, uints as %u, bools yes/no, text as
// stored, connection_type left out while unset, no type. This is "what Asterisk will load".
class AsteriskFields {
public:
    struct Field {
        QByteArray name;
        QByteArray value;
        bool operator==(const Field &) const = default;
    };
    // The options of an object Asterisk accepts (every value parses), in schema order.
    static QList<Field> render(const EffectiveOptions &options);
    // A choice (connection_type) as Asterisk's handler renders it: its own spelling of the
    // choice the file names in any case ("PERSISTENT" is shown "persistent"); a value that is
    // none of the choices, which Asterisk refuses, as written.
    static QByteArray renderChoice(const OptionSpec &spec, const QByteArray &value);
};

} // namespace wscm
