// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QStringList>

class QSslCertificate;

namespace wscm {

struct ClientSettings;

// The TLS side of a client section as Asterisk's main/tcptls.c applies it (recorded in
// tests/parity/tls):
// - CA certificates come only from ca_list_file and ca_list_path, never from the system
//   store; ca_list_path is an OpenSSL hashed folder, so a CA counts only in a file named
//   after its name's hash (HASH.N, as `openssl rehash` makes them). When ca_list_file cannot
//   be loaded, ca_list_path is not loaded either (OpenSSL stops there).
// - cert_file / priv_key_file that cannot be used, or that do not belong together, are
//   ignored: the connection goes on without a client certificate. The key comes from
//   cert_file when priv_key_file is unset.
// - the handshake always completes; verification is judged afterwards: first the chain,
//   then (verify_server_hostname) the name, which is the URI's host as text, compared
//   without case with the certificate's CNs and DNS names only — never IP addresses, never
//   wildcards.
class TlsConfiguration {
public:
    // Never fails, as Asterisk never fails here; *notes says what was not loaded and why.
    static QSslConfiguration build(const ClientSettings &settings, QStringList *notes);
    // The certificates OpenSSL finds in a hashed CA folder: files named after their
    // certificate's name hash (8 hex digits), '.', then 0, 1, 2... without a gap.
    static QList<QSslCertificate> hashedFolderCertificates(const QString &folder);
    // OpenSSL's text for the chain error Asterisk would report: the first one, where
    // OpenSSL's verification stops when nobody overrides it. Empty when the only complaint
    // is Qt's own host name check.
    static QString chainFailure(const QList<QSslError> &errors);
    static bool nameMatches(const QByteArray &host, const QSslCertificate &certificate);
    // The names nameMatches compares with, for messages: "CN=a, DNS=b".
    static QString namesOf(const QSslCertificate &certificate);
};

} // namespace wscm
