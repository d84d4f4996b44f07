// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace wscm {

// What the checker's advice reads of a uri, exactly as
// QUrl(text, QUrl::TolerantMode) on the text as UTF-8. The plain form nearly every
// config writes, ws[s]://host.name[:port][/path][?query], is read in place: QUrl's parse of
// 20,000 of them would cost more than the rest of their checks. Anything else (userinfo,
// upper case, numbers that may be an IPv4 address in another notation, percent signs, IDN,
// IPv6...) goes through QUrl itself.
class UriFacts {
public:
    // `text` must outlive this object.
    enum class HostKind { Name, Ipv4, Ipv6 };

    explicit UriFacts(QByteArrayView text);

    // QUrl::isValid() and QUrl::host() is not empty.
    bool hasHost() const;
    QString scheme() const;
    QString host(QUrl::ComponentFormattingOptions options = QUrl::FullyDecoded) const;
    int port(int defaultPort = -1) const;
    bool hasUserInfo() const;
    bool hasUserName() const;
    // What inet_pton() makes of host(): an address is compared as text by Asterisk's host
    // name check.
    HostKind hostKind() const;

private:
    bool readPlain(QByteArrayView text);

    bool m_plain = false;
    QByteArrayView m_scheme;              // plain: "ws" or "wss"
    QByteArrayView m_host;                // plain: lower-case name or dotted-quad IPv4 address
    int m_port = -1;                      // plain: -1 when not written
    HostKind m_hostKind = HostKind::Name; // plain
    QUrl m_url;                           // the others
};

} // namespace wscm
