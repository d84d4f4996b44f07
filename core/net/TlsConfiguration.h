#pragma once

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace wscm {

struct ClientSettings;

// The TLS side of a client section, as Asterisk applies it: CA file and CA directory, client
// certificate and key, and the two verification switches.
class TlsConfiguration {
public:
    // Returns false with *error set when a named file cannot be used; *error never holds
    // file contents.
    static bool build(const ClientSettings &settings, QSslConfiguration *configuration,
                      QString *error);
    // verify_server_hostname = no forgives exactly a hostname mismatch: true when every error
    // in the list is one.
    static bool forgivable(const ClientSettings &settings, const QList<QSslError> &errors);
};

} // namespace wscm
