// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wscm {

struct CheckResult;
struct ClientSettings;

// One call's dial string taken apart as Dial() and chan_websocket take it before the call
// connects (recorded in tests/parity/dial): Dial's first argument (quotes and backslashes
// removed, as Dial removes them), one channel of it, "WebSocket/<id>[/<options>]" with the id
// up to the first '/' outside parentheses, and the options letter by letter. Errors are
// Asterisk's own log text, in the order Asterisk finds them.
class DialRequest {
public:
    static DialRequest parse(const QByteArray &dialString);

    // The options of a dial string as ast_app_parse_options() reads them: each letter, with
    // the text of its "(argument)" when it has one; nested parentheses are counted,
    // backslashes outside quotes dropped, and quotes are taken only as the first character.
    struct Options {
        QMap<char, QByteArray> arguments; // letter → argument ("" without parentheses)
        QByteArray letters;               // in order, repeats included
        bool complete = true;             // false: a '(' without its ')'
        char incomplete = 0;
        QByteArray incompleteArgument; // what Asterisk's warning quotes
    };
    static Options parseOptions(const QByteArray &options);

    // chan_websocket's validate_uri_parameters(): each name and value of "n=v,n=v" is
    // letters, digits and "-_.+", or '%' followed by what sscanf("%2x") takes as a number
    // (blanks, then a sign or not, then one hex digit at least) with two characters after it.
    static bool parametersValid(const QByteArray &parameters);

    bool ok() const { return m_error.isEmpty() && m_lateError.isEmpty(); }
    // The first reason Asterisk fails the call before it connects, as its log says it, leaving
    // the client's look-up aside (settingsFor() has it in its place).
    QString error() const { return m_error.isEmpty() ? m_lateError : m_error; }
    // Options Asterisk ignores, in its log's words.
    QStringList warnings() const { return m_warnings; }
    QByteArray client() const { return m_client; }
    // The query text the call adds to the client's URI: v()'s argument with its commas as
    // '&'; empty without v() or with an empty one.
    QByteArray uriParameters() const { return m_parameters; }

    // The settings this call connects with: client() from `clients` (ids are case-sensitive;
    // a client that failed to load is not there, as in Asterisk), its URI with the call's
    // parameters. Nothing, and `error` set to Asterisk's words, when the call fails before it.
    std::optional<ClientSettings> settingsFor(const CheckResult &clients, QString *error) const;
    // The same among the settings of the clients that load (the app's running ones).
    std::optional<ClientSettings> settingsFor(const QList<ClientSettings> &loaded,
                                              QString *error) const;

private:
    QString m_lateError; // found after the client was looked up
    QByteArray m_client;
    QByteArray m_parameters;
    QString m_error;
    QStringList m_warnings;
};

} // namespace wscm
