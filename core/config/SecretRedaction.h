// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <utility>

namespace wscm {

class ConfigDocument;
struct ClientSettings;
struct OptionSpec;

// The one place that knows what a secret is and how it is hidden: the values of the secret
// options (password, proxy_password) and the password in a URI's userinfo, in every output
// (export --redact, check, get, probe, connection events, the desktop app). Hiding replaces
// bytes directly; it is never an edit that could be refused.
class SecretRedaction {
public:
    static constexpr const char *placeholder = "********";

    // How an option's value (as Asterisk reads it) is shown: a secret option's as the
    // placeholder, a URI with its userinfo password replaced; others as they are.
    static QString display(const OptionSpec &spec, QByteArrayView value, bool showSecrets);
    static QString display(const char *optionName, const QByteArray &value, bool showSecrets);
    // The URI with its userinfo password replaced, every other byte as written.
    static QString redactUri(const QString &uri);
    // Where the userinfo password of the URI `text` is, as [begin, end), like Asterisk's
    // ast_uri_parse: after "://" (or the start), up to the first '@'; further '@'s before
    // the next '/' also count, as they do for Qt (a password holding '@'). Free text stops
    // at the first blank after "://" and needs the "://".
    enum class UriText { Value, FreeText };
    static std::optional<std::pair<qsizetype, qsizetype>>
    userinfoPassword(QByteArrayView text, UriText kind = UriText::Value);

    // The document's bytes with the bytes of every secret replaced by the placeholder and
    // every other byte kept. A secret option's line is hidden from its value to the end of
    // the line (a ';' meant as part of the password would otherwise leave its tail, and
    // block comments and escapes inside go with it); a URI's userinfo password is hidden
    // even when += lines build it or a template holds its start; secret assignments and
    // URIs inside comments are hidden too.
    static QByteArray redactedBytes(const ConfigDocument &document);

    // Free text that may quote the settings' secrets (a server's reason, a Qt error naming
    // a URL): each secret hidden as written, percent-encoded and inside Basic credentials,
    // and any URI's userinfo password.
    static QString scrub(QString text, const ClientSettings &settings);
};

} // namespace wscm
