// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AddressResolver.h"

#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <netdb.h>
#include <sys/socket.h>

namespace wscm {

namespace {

// Lookups may block for seconds on a dead DNS server; their own pool keeps them from
// starving everything else that uses the global one.
QThreadPool *lookupPool() {
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(8);
        return true;
    }();
    Q_UNUSED(configured);
    return &pool;
}

} // namespace

AddressResolver::AddressResolver(QObject *parent)
    : QObject(parent) {}

AddressResolver::~AddressResolver() {
    cancel();
}

void AddressResolver::split(const QByteArray &text, QByteArray *host, QByteArray *port,
                            bool *hasPort) {
    *hasPort = false;
    port->clear();
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        *host = close < 0 ? text.mid(1) : text.mid(1, close - 1);
        if (close >= 0 && close + 1 < text.size() && text.at(close + 1) == ':') {
            *hasPort = true;
            *port = text.mid(close + 2);
        }
        return;
    }
    const qsizetype colon = text.indexOf(':');
    if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
        *host = text;
        return;
    }
    *host = text.left(colon);
    *port = text.mid(colon + 1);
    *hasPort = true;
}

AddressResolver::Address AddressResolver::resolveNow(const QByteArray &hostPort) {
    Address result;
    bool hasPort = false;
    split(hostPort, &result.host, &result.portText, &hasPort);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo *list = nullptr;
    const int status = ::getaddrinfo(
        result.host.constData(), hasPort ? result.portText.constData() : nullptr, &hints, &list);
    if (status != 0) {
        result.error = QString::fromLocal8Bit(::gai_strerror(status));
        return result;
    }
    if (!list) {
        result.error = QStringLiteral("no address");
        return result;
    }
    result.address = QHostAddress(list->ai_addr);
    if (list->ai_family == AF_INET6)
        result.port = ntohs(reinterpret_cast<const sockaddr_in6 *>(list->ai_addr)->sin6_port);
    else
        result.port = ntohs(reinterpret_cast<const sockaddr_in *>(list->ai_addr)->sin_port);
    ::freeaddrinfo(list);
    return result;
}

void AddressResolver::lookUp(const QByteArray &hostPort) {
    cancel();
    auto promise = std::make_shared<QPromise<Address>>();
    m_watcher = new QFutureWatcher<Address>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, watcher = m_watcher] {
        if (watcher != m_watcher)
            return;
        const QFuture<Address> future = watcher->future();
        m_watcher = nullptr;
        watcher->deleteLater();
        if (future.resultCount() > 0)
            Q_EMIT resolved(future.result());
    });
    m_watcher->setFuture(promise->future());
    promise->start();
    lookupPool()->start([promise, hostPort] {
        promise->addResult(resolveNow(hostPort));
        promise->finish();
    });
}

void AddressResolver::cancel() {
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

} // namespace wscm
