// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QObject>
#include <QString>

namespace wscm {

// Asterisk's ast_sockaddr_resolve for one "host:port" text (the URI's host and port, or
// proxy_host): its own split — "[v6]:port", "host:port", and a second ':' outside brackets
// means there is no port — then getaddrinfo with no flags and a datagram socket type, and
// only the FIRST address is used: Asterisk never tries a second one. Runs getaddrinfo off the
// calling thread and reports back on it.
class AddressResolver : public QObject {
    Q_OBJECT
public:
    struct Address {
        QHostAddress address;
        quint16 port = 0;
        QByteArray host;     // as split from the text
        QByteArray portText; // as split; empty when there was none
        QString error;       // getaddrinfo's message when it failed
        bool ok() const { return error.isEmpty(); }
    };

    explicit AddressResolver(QObject *parent = nullptr);
    ~AddressResolver() override;

    static void split(const QByteArray &hostPort, QByteArray *host, QByteArray *port,
                      bool *hasPort);
    static Address resolveNow(const QByteArray &hostPort);

    // Starts a lookup; a running one is forgotten.
    void lookUp(const QByteArray &hostPort);
    void cancel();

Q_SIGNALS:
    void resolved(const wscm::AddressResolver::Address &address);

private:
    QFutureWatcher<Address> *m_watcher = nullptr;
};

} // namespace wscm
