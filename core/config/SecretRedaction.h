#pragma once

#include <QByteArray>
#include <QString>

namespace wscm {

class ConfigDocument;

// The one place that decides how secrets (password, proxy_password, a password in a URI's
// userinfo) are shown: as a placeholder, unless the user asked to see them.
class SecretRedaction {
public:
    static constexpr const char *placeholder = "********";

    // How to show an option's value.
    static QString display(const char *optionName, const QByteArray &value, bool showSecrets);
    static QString redactUri(const QString &uri);
    // The document with every password/proxy_password value replaced by the placeholder,
    // every other byte kept.
    static ConfigDocument redacted(const ConfigDocument &document);
};

} // namespace wscm
