// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AriDiscovery.h"

#include "config/ResolvedConfig.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace wscm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("wscm::AriDiscovery", text);
}

constexpr int defaultPort = 8088;

std::optional<QByteArray> lastIn(const ResolvedConfig &config,
                                 const ResolvedConfig::Category &category, QByteArrayView name) {
    std::optional<QByteArray> value;
    for (const ResolvedConfig::Variable &v : category.variables) {
        if (config.name(v).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            value = config.value(v).trimmed().toByteArray();
    }
    return value;
}

} // namespace

bool AriDiscovery::isTrue(QByteArrayView value) {
    const QByteArrayView v = value.trimmed();
    for (const char *yes : {"yes", "true", "y", "t", "1", "on"}) {
        if (v.compare(QByteArrayView(yes), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<QByteArray> AriDiscovery::lastValue(const ResolvedConfig &config,
                                                  QByteArrayView category, QByteArrayView name) {
    std::optional<QByteArray> value;
    for (const ResolvedConfig::Category &c : config.categories()) {
        if (!c.isTemplate && c.name == category) {
            if (const auto v = lastIn(config, c, name))
                value = v;
        }
    }
    return value;
}

AriDiscovery::Result AriDiscovery::discover(const ConfigLocation &location,
                                            const ResolvedConfig *http, const QString &httpReason,
                                            const ResolvedConfig *ari, const QString &ariReason) {
    Result result;
    const QString giveAri = tr("give --ari, --ari-user and --ari-password-file to confirm "
                               "through ARI");
    if (!http) {
        result.whyNot = httpReason.isEmpty()
                            ? tr("no http.conf beside the file: Asterisk's HTTP server, and so "
                                 "ARI, is off without one")
                            : tr("http.conf cannot be read (%1)").arg(httpReason);
        return result;
    }
    if (!isTrue(lastValue(*http, "general", "enabled").value_or(QByteArray()))) {
        result.whyNot = tr("http.conf does not say [general] enabled = yes: Asterisk's HTTP "
                           "server, and so ARI, is off");
        return result;
    }
    const QByteArray bindaddr = lastValue(*http, "general", "bindaddr").value_or(QByteArray());
    if (bindaddr.isEmpty()) {
        result.whyNot = tr("http.conf has no bindaddr: Asterisk's HTTP server listens nowhere "
                           "without one");
        return result;
    }
    // host, host:port, [v6], [v6]:port or a bare v6 address.
    QString host = QString::fromUtf8(bindaddr);
    int port = -1;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close > 0 && host.mid(close + 1).startsWith(QLatin1Char(':')))
            port = host.mid(close + 2).toInt();
        host = host.mid(1, close > 0 ? close - 1 : -1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        port = host.section(QLatin1Char(':'), 1).toInt();
        host = host.section(QLatin1Char(':'), 0, 0);
    }
    if (port <= 0) {
        bool ok = false;
        const QByteArray bindport = lastValue(*http, "general", "bindport").value_or("");
        port = bindport.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            port = defaultPort;
    }
    const QHostAddress address(host);
    const bool everyInterface =
        address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
    if (location.isRemote()) {
        if (address.isLoopback() || host == QStringLiteral("localhost")) {
            result.whyNot = tr("ARI listens on %1 of %2 only (http.conf bindaddr), which "
                               "cannot be reached from here, and wscm opens no tunnel: forward "
                               "it yourself (ssh -L %3:%1:%3 %2) and %4")
                                .arg(host, location.host())
                                .arg(port)
                                .arg(giveAri);
            return result;
        }
        if (everyInterface)
            host = location.host();
    } else if (everyInterface) {
        host =
            address == QHostAddress::AnyIPv6 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1");
    }

    if (!ari) {
        result.whyNot = ariReason.isEmpty()
                            ? tr("no ari.conf beside the file: ARI has no users without one")
                            : tr("ari.conf cannot be read (%1)").arg(ariReason);
        return result;
    }
    if (const auto enabled = lastValue(*ari, "general", "enabled"); enabled && !isTrue(*enabled)) {
        result.whyNot = tr("ari.conf says [general] enabled = no: ARI answers nothing");
        return result;
    }
    QString user;
    QByteArray password;
    bool onlyCrypt = false;
    for (const ResolvedConfig::Category &c : ari->categories()) {
        if (c.isTemplate || c.name == "general" ||
            lastIn(*ari, c, "type").value_or("").compare("user", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray secret = lastIn(*ari, c, "password").value_or(QByteArray());
        if (secret.isEmpty())
            continue; // Asterisk refuses the user ("User missing password")
        if (lastIn(*ari, c, "password_format")
                .value_or("plain")
                .compare("plain", Qt::CaseInsensitive) != 0) {
            onlyCrypt = true;
            continue;
        }
        user = QString::fromUtf8(c.name);
        password = secret;
        break;
    }
    if (user.isEmpty()) {
        result.whyNot = onlyCrypt ? tr("ari.conf's users all have crypt passwords, which wscm "
                                       "cannot send: %1")
                                        .arg(giveAri)
                                  : tr("ari.conf has no user with a password: %1").arg(giveAri);
        return result;
    }

    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    const QByteArray prefix = lastValue(*http, "general", "prefix").value_or(QByteArray());
    if (!prefix.isEmpty())
        url.setPath(QLatin1Char('/') + QString::fromUtf8(prefix));
    result.access = ReloadApply::AriAccess{url, user, password};
    result.how = tr("ARI at %1 as user '%2' (http.conf and ari.conf beside the file; the first "
                    "ari.conf user with a plain password)")
                     .arg(url.toString(), user);
    return result;
}

} // namespace wscm
