// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AsteriskQuirks.h"

#include "ObjectOptions.h"
#include "UriFacts.h"

#include "config/SecretRedaction.h"
#include "schema/OptionSchema.h"
#include "schema/ValueParser.h"

#include <QDir>
#include <QRegularExpression>

namespace wscm {

namespace {

class Finder {
public:
    Finder(const ObjectOptions &options, const UriFacts &uri, const QString &configFolder,
           bool localFiles, QList<AsteriskQuirks::Finding> &found)
        : m_options(options)
        , m_uri(uri)
        , m_configFolder(configFolder)
        , m_localFiles(localFiles)
        , m_found(found) {}

    void run() {
        scheme();
        defaultPort();
        credentials();
        if (on(OptionSchema::index("tls_enabled")))
            tls();
        relativePaths();
        reconnectWait();
        verificationOff();
        exposedCredentials();
        proxyCredentials();
        keepalivesThroughProxy();
        connectionTypeUnset();
    }

private:
    QByteArrayView value(int option) const { return m_options.value(option); }
    bool isSet(int option) const { return m_options.isSet(option); }
    bool on(int option) const { return m_options.isOn(option); }
    void add(int option, const QString &message) { m_found.append({option, message}); }

    const UriFacts &uri() const { return m_uri; }

    // Asterisk takes any uri; a wrong scheme or a TLS setting against it fails at connect.
    void scheme() {
        const int uriOption = OptionSchema::index("uri");
        const QByteArrayView uriText = value(uriOption);
        if (uriText.isEmpty())
            return;
        const bool tls = on(OptionSchema::index("tls_enabled"));
        const QString scheme = uri().scheme().toLower();
        if (!uri().hasHost()) {
            add(uriOption,
                QStringLiteral("uri '%1' is not a valid ws:// or wss:// address; "
                               "connecting will fail")
                    .arg(SecretRedaction::display(OptionSchema::at(uriOption), uriText, false)));
        } else if (scheme != QLatin1StringView("ws") && scheme != QLatin1StringView("wss")) {
            add(uriOption,
                QStringLiteral("uri scheme '%1' is neither ws nor wss; connecting will fail")
                    .arg(scheme));
        } else if (scheme == QLatin1StringView("wss") && !tls) {
            add(uriOption, QStringLiteral("uri is wss:// but tls_enabled is no: Asterisk talks "
                                          "clear text to port %1")
                               .arg(uri().port(443)));
        } else if (scheme == QLatin1StringView("ws") && tls) {
            add(OptionSchema::index("tls_enabled"),
                QStringLiteral("tls_enabled is yes but uri is ws://: Asterisk starts TLS on "
                               "port %1")
                    .arg(uri().port(443)));
        }
    }

    // ast_uri_is_secure() takes every scheme that ends in 's' for a secure one: "ws" too.
    void defaultPort() {
        const UriFacts &u = uri();
        if (u.scheme() == QLatin1StringView("ws") && !u.host().isEmpty() && u.port() < 0) {
            add(OptionSchema::index("uri"),
                QStringLiteral("uri has no port: Asterisk connects to port 443, not 80, for ws:// "
                               "as for wss:// (every scheme ending in 's' counts as secure), "
                               "still without TLS unless tls_enabled = yes; write the port "
                               "(ws://%1:80/...)")
                    .arg(u.host(QUrl::FullyEncoded)));
        }
    }

    // Asterisk sends the uri's user:password when it has one, else username:password when
    // both are set.
    void credentials() {
        const int user = OptionSchema::index("username");
        const int password = OptionSchema::index("password");
        const bool userSet = !value(user).isEmpty();
        const bool passwordSet = !value(password).isEmpty();
        if (uri().hasUserInfo() && (userSet || passwordSet)) {
            add(userSet ? user : password,
                QStringLiteral("the uri carries user:password, and Asterisk sends those: "
                               "username and password are ignored"));
        } else if (!uri().hasUserInfo() && userSet != passwordSet) {
            add(userSet ? user : password,
                QStringLiteral("Asterisk sends Basic authorization only when both username and "
                               "password are set: here it sends none"));
        }
    }

    void tls() {
        const int caFile = OptionSchema::index("ca_list_file");
        const int caPath = OptionSchema::index("ca_list_path");
        const int verifyCert = OptionSchema::index("verify_server_cert");
        const int verifyHost = OptionSchema::index("verify_server_hostname");
        // main/tcptls.c loads CA certificates only from these two options, never the
        // system's store.
        if (on(verifyCert) && value(caFile).isEmpty() && value(caPath).isEmpty()) {
            add(isSet(verifyCert) ? verifyCert : OptionSchema::index("tls_enabled"),
                QStringLiteral("neither ca_list_file nor ca_list_path is set: Asterisk trusts no "
                               "CA at all (it never loads the system's CA store), so with "
                               "verify_server_cert = yes every server certificate fails, even "
                               "one from a public CA"));
        }
        // The host name check compares the uri's host as text with the certificate's CN and
        // DNS names only; an IPv6 literal is cut at its first ':'.
        const UriFacts::HostKind hostKind =
            on(verifyHost) ? uri().hostKind() : UriFacts::HostKind::Name;
        const bool v6 = hostKind == UriFacts::HostKind::Ipv6;
        if (hostKind != UriFacts::HostKind::Name) {
            add(isSet(verifyHost) ? verifyHost : OptionSchema::index("uri"),
                v6 ? QStringLiteral("the uri's host is an IPv6 address: Asterisk cuts it at its "
                                    "first ':' and compares '[' with the certificate's names, "
                                    "so verify_server_hostname = yes always fails; use a host "
                                    "name")
                   : QStringLiteral("the uri's host is an IP address: Asterisk compares it as "
                                    "text with the certificate's common name and DNS names only, "
                                    "never with its IP addresses, so a certificate issued for "
                                    "IP:%1 fails verify_server_hostname")
                         .arg(uri().host()));
        }
        const QString path = QString::fromUtf8(value(caPath));
        if (!path.isEmpty() && m_localFiles)
            hashedFolder(caPath, QDir(m_configFolder).filePath(path));
    }

    // OpenSSL looks up CAs in a folder by the name hash links 'openssl rehash' makes.
    void hashedFolder(int option, const QString &folder) {
        const QDir dir(folder);
        if (!dir.exists())
            return; // whether the folder exists is the connection's business
        static const QRegularExpression hashName(QStringLiteral("^[0-9a-f]{8}\\.[0-9]+$"));
        const QStringList names =
            dir.entryList(QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &name : names) {
            if (hashName.match(name).hasMatch())
                return;
        }
        add(option, QStringLiteral("ca_list_path '%1' holds no hash links (files named like "
                                   "1a2b3c4d.0, made by 'openssl rehash'): Asterisk finds no CA "
                                   "there")
                        .arg(folder));
    }

    // OpenSSL opens the TLS files itself, from Asterisk's working folder.
    void relativePaths() {
        for (const int option :
             {OptionSchema::index("ca_list_file"), OptionSchema::index("ca_list_path"),
              OptionSchema::index("cert_file"), OptionSchema::index("priv_key_file")}) {
            const QByteArrayView path = value(option);
            if (!path.isEmpty() && !path.startsWith('/')) {
                add(option, QStringLiteral("%1 is a relative path: Asterisk opens it from its own "
                                           "working folder, not from the config folder; write it "
                                           "absolute")
                                .arg(QLatin1StringView(OptionSchema::at(option).name)));
            }
        }
    }

    // res_websocket_client sleeps usleep(reconnect_interval * 1000): an int product made
    // unsigned, so a negative or very large value waits some other time.
    void reconnectWait() {
        const int option = OptionSchema::index("reconnect_interval");
        const auto interval = ValueParser::parseInt(value(option));
        if (!interval)
            return;
        const quint32 micros = static_cast<quint32>(static_cast<quint64>(*interval) * 1000u);
        if (static_cast<qint64>(micros) == static_cast<qint64>(*interval) * 1000)
            return;
        add(option, QStringLiteral("reconnect_interval = %1: Asterisk waits %1 x 1000 "
                                   "microseconds as an unsigned 32-bit number, that is %2 s "
                                   "between attempts")
                        .arg(*interval)
                        .arg(static_cast<double>(micros) / 1e6, 0, 'f', 3));
    }

    void verificationOff() {
        const std::pair<int, const char *> verifications[] = {
            {OptionSchema::index("verify_server_cert"), "any server certificate is accepted"},
            {OptionSchema::index("verify_server_hostname"),
             "a certificate for another host is accepted"}};
        for (const auto &[option, consequence] : verifications) {
            if (isSet(option) && !on(option)) {
                add(option, QStringLiteral("%1 is off: %2")
                                .arg(QLatin1StringView(OptionSchema::at(option).name),
                                     QLatin1StringView(consequence)));
            }
        }
    }

    void exposedCredentials() {
        const int password = OptionSchema::index("password");
        const bool hasCredentials =
            isSet(password) || isSet(OptionSchema::index("username")) || uri().hasUserName();
        if (hasCredentials && !on(OptionSchema::index("tls_enabled"))) {
            add(isSet(password) ? password : OptionSchema::index("username"),
                QStringLiteral("username/password go over a connection without TLS: Basic "
                               "authorization is readable by anyone on the path"));
        }
    }

    void proxyCredentials() {
        const int user = OptionSchema::index("proxy_username");
        const int password = OptionSchema::index("proxy_password");
        if (!isSet(user) && !isSet(password))
            return;
        if (isSet(user) != isSet(password)) {
            add(isSet(user) ? user : password,
                QStringLiteral("proxy credentials are sent only when both proxy_username and "
                               "proxy_password are set"));
        } else {
            add(password, QStringLiteral("proxy credentials are always sent to the proxy in "
                                         "clear text, even when tls_enabled is yes"));
        }
    }

    void keepalivesThroughProxy() {
        if (on(OptionSchema::index("enable_tcp_keepalives")) &&
            !value(OptionSchema::index("proxy_host")).isEmpty()) {
            add(OptionSchema::index("enable_tcp_keepalives"),
                QStringLiteral("through a proxy, TCP keepalives only test the hop to the proxy; "
                               "enable_pingpongs tests the server itself"));
        }
    }

    // Reported at the section: the option is not there.
    void connectionTypeUnset() {
        if (!isSet(OptionSchema::index("connection_type"))) {
            add(OptionSchema::index("connection_type"),
                QStringLiteral("connection_type is not set; set persistent or per_call_config so "
                               "that the retry rules are known"));
        }
    }

    const ObjectOptions &m_options;
    const UriFacts &m_uri;
    const QString &m_configFolder;
    const bool m_localFiles;
    QList<AsteriskQuirks::Finding> &m_found;
};

} // namespace

void AsteriskQuirks::find(const ObjectOptions &options, const UriFacts &uri,
                          const QString &configFolder, bool localFiles, QList<Finding> &found) {
    Finder(options, uri, configFolder, localFiles, found).run();
}

} // namespace wscm
