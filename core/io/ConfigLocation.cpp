// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace wscm {

namespace {

const QString scheme = QStringLiteral("ssh://");

ConfigLocation invalid(QString *error, const QString &message) {
    if (error)
        *error = message;
    return {};
}

} // namespace

bool ConfigLocation::looksRemote(const QString &text) {
    return text.startsWith(scheme, Qt::CaseInsensitive);
}

ConfigLocation ConfigLocation::local(const QString &path) {
    ConfigLocation location;
    if (!path.isEmpty())
        location.m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return location;
}

ConfigLocation ConfigLocation::parse(const QString &text, QString *error) {
    if (!looksRemote(text)) {
        if (text.isEmpty())
            return invalid(error, QStringLiteral("no file name given"));
        return local(text);
    }
    const QUrl url(text, QUrl::TolerantMode);
    const QString usage = QStringLiteral("'%1' is not a remote file; write "
                                         "ssh://[user@]host[:port]/path/to/websocket_client.conf")
                              .arg(text);
    if (!url.isValid() || url.host().isEmpty() || !url.query().isNull() || !url.fragment().isNull())
        return invalid(error, usage);
    // Shown without the password: it must not reach a message either.
    if (!url.password().isNull())
        return invalid(error, QStringLiteral("ssh://%1@%2: wscm never takes an SSH password; "
                                             "log in with a key (or your agent) as ssh does")
                                  .arg(url.userName(), url.host()));
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.isEmpty() || path == QLatin1String("/") || path.endsWith(QLatin1Char('/')))
        return invalid(error, usage);
    ConfigLocation location;
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_host = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(-1);
    location.m_path = QDir::cleanPath(path);
    // "-oProxyCommand=..." as a host or user would be read by ssh as an option.
    if (location.m_host.startsWith(QLatin1Char('-')) ||
        location.m_user.startsWith(QLatin1Char('-')))
        return invalid(error, usage);
    return location;
}

QString ConfigLocation::fileName() const {
    return m_path.mid(m_path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString ConfigLocation::hostLabel() const {
    if (!isRemote())
        return {};
    QString label = m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(m_host) : m_host;
    if (!m_user.isEmpty())
        label.prepend(m_user + QLatin1Char('@'));
    if (m_port >= 0)
        label += QStringLiteral(":%1").arg(m_port);
    return label;
}

QString ConfigLocation::toString() const {
    if (!isRemote())
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("ssh"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(m_path);
    return url.toString(QUrl::FullyEncoded);
}

ConfigLocation ConfigLocation::resolved(const QString &path) const {
    ConfigLocation other = *this;
    const QString folder = m_path.left(m_path.lastIndexOf(QLatin1Char('/')) + 1);
    other.m_path = QDir::cleanPath(path.startsWith(QLatin1Char('/')) ? path : folder + path);
    return other;
}

bool ConfigLocation::sameHost(const ConfigLocation &other) const {
    return m_user == other.m_user && m_host == other.m_host && m_port == other.m_port;
}

} // namespace wscm
