// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "PlainTcpTransport.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEvent>
#include <QSocketNotifier>
#include <QThread>
#include <QTimerEvent>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wscm {

namespace {

using Socket = QAbstractSocket;

// QAbstractSocket gives up a connect after 30 s when the caller has no limit of its own.
constexpr int QtConnectTimeoutMs = 30000;

// The texts of Qt's native socket engine and of QAbstractSocket for these errors, in their
// translation contexts: on a translated desktop they read as QTcpSocket's do.
QString engineText(const char *text) {
    return QCoreApplication::translate("QNativeSocketEngine", text);
}

QString socketText(const char *text) {
    return QCoreApplication::translate("QAbstractSocket", text);
}

// As Qt's native socket engine judges a failed connect(2); an errno it does not name leaves
// QAbstractSocket with its own "Connection refused".
std::pair<Socket::SocketError, QString> connectFailure(int errorNumber) {
    switch (errorNumber) {
    case ETIMEDOUT:
        return {Socket::NetworkError, engineText("Connection timed out")};
    case EHOSTUNREACH:
        return {Socket::NetworkError, engineText("Host unreachable")};
    case ENETUNREACH:
        return {Socket::NetworkError, engineText("Network unreachable")};
    case EADDRINUSE:
        return {Socket::NetworkError, engineText("The bound address is already in use")};
    case EACCES:
    case EPERM:
        return {Socket::SocketAccessError, engineText("Permission denied")};
    case ECONNREFUSED:
    case EINVAL:
        return {Socket::ConnectionRefusedError, engineText("Connection refused")};
    default:
        return {Socket::ConnectionRefusedError, socketText("Connection refused")};
    }
}

// As Qt's native socket engine judges socket(2) failing.
std::pair<Socket::SocketError, QString> socketFailure(int errorNumber) {
    switch (errorNumber) {
    case ENFILE:
    case EMFILE:
    case ENOBUFS:
    case ENOMEM:
        return {Socket::SocketResourceError, engineText("Out of resources")};
    case EACCES:
        return {Socket::SocketAccessError, engineText("Permission denied")};
    default:
        return {Socket::UnsupportedSocketOperationError, engineText("Protocol type not supported")};
    }
}

// As Qt's native socket engine judges read(2) ending the stream (0) or failing, and send(2)
// failing: a reset is the remote host closing, a timeout (TCP keepalive, retransmission)
// SocketTimeoutError, the rest a network error, each with the system's text.
std::pair<Socket::SocketError, QString> streamFailure(int errorNumber) {
    switch (errorNumber) {
    case 0:
    case ECONNRESET:
    case EPIPE:
        return {Socket::RemoteHostClosedError, engineText("The remote host closed the connection")};
    case ETIMEDOUT:
        return {Socket::SocketTimeoutError, qt_error_string(errorNumber)};
    default:
        return {Socket::NetworkError, qt_error_string(errorNumber)};
    }
}

} // namespace

// A socket notifier that calls its transport directly: no activated() signal to look up
// and emit on each of a thousand connections' PONGs.
class PlainTcpTransport::Notifier : public QSocketNotifier {
public:
    Notifier(int fd, Type type, PlainTcpTransport *owner, void (PlainTcpTransport::*handler)())
        : QSocketNotifier(fd, type, owner)
        , m_owner(owner)
        , m_handler(handler) {}

protected:
    bool event(QEvent *event) override {
        if (event->type() != QEvent::SockAct)
            return QSocketNotifier::event(event);
        (m_owner->*m_handler)();
        return true;
    }

private:
    PlainTcpTransport *m_owner;
    void (PlainTcpTransport::*m_handler)();
};

PlainTcpTransport::PlainTcpTransport(QObject *parent)
    : SocketTransport(parent) {}

PlainTcpTransport::~PlainTcpTransport() {
    closeDescriptor();
}

void PlainTcpTransport::connectToHost(const QHostAddress &address, quint16 port) {
    closeDescriptor();
    delete m_readNotifier;
    delete m_writeNotifier;
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_error = Socket::UnknownSocketError;
    m_errorString.clear();
    m_in.clear();
    m_out.clear();
    m_peer = address;
    m_port = port;

    sockaddr_storage storage = {};
    socklen_t length = 0;
    if (address.protocol() == Socket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &ip, sizeof ip);
        const QString scope = address.scopeId();
        if (!scope.isEmpty()) {
            bool numeric = false;
            const uint index = scope.toUInt(&numeric);
            in6->sin6_scope_id = numeric ? index : if_nametoindex(scope.toLatin1().constData());
        }
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }

    m_fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        const auto [error, text] = socketFailure(errno);
        return failConnect(error, text);
    }
    // As QTcpSocket sets it: urgent data stays in the stream.
    const int on = 1;
    ::setsockopt(m_fd, SOL_SOCKET, SO_OOBINLINE, &on, sizeof on);

    int result;
    do {
        result = ::connect(m_fd, reinterpret_cast<const sockaddr *>(&storage), length);
    } while (result < 0 && errno == EINTR);
    if (result < 0 && errno != EINPROGRESS && errno != EAGAIN) {
        const auto [error, text] = connectFailure(errno);
        return failConnect(error, text);
    }
    // Even a connect that succeeded at once is reported from the event loop, as a pending one.
    m_state = State::Connecting;
    m_readNotifier =
        new Notifier(m_fd, QSocketNotifier::Read, this, &PlainTcpTransport::onReadable);
    m_readNotifier->setEnabled(false);
    m_writeNotifier =
        new Notifier(m_fd, QSocketNotifier::Write, this, &PlainTcpTransport::onWritable);
    if (QAbstractEventDispatcher::instance(thread()))
        m_connectTimer = startTimer(QtConnectTimeoutMs);
}

QHostAddress PlainTcpTransport::peerAddress() const {
    return m_state == State::Connected || m_state == State::Closing ? m_peer : QHostAddress();
}

quint16 PlainTcpTransport::peerPort() const {
    return m_state == State::Connected || m_state == State::Closing ? m_port : 0;
}

void PlainTcpTransport::timerEvent(QTimerEvent *event) {
    if (event->timerId() != m_connectTimer)
        return SocketTransport::timerEvent(event);
    if (m_state == State::Connecting)
        failConnect(Socket::SocketTimeoutError, socketText("Connection timed out"));
}

void PlainTcpTransport::onWritable() {
    if (m_state == State::Connecting) {
        int pending = 0;
        socklen_t size = sizeof pending;
        if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &pending, &size) < 0)
            pending = errno;
        if (pending == EINPROGRESS || pending == EALREADY)
            return;
        if (pending != 0) {
            const auto [error, text] = connectFailure(pending);
            return failConnect(error, text);
        }
        killTimer(m_connectTimer);
        m_connectTimer = 0;
        m_state = State::Connected;
        m_readNotifier->setEnabled(true);
        m_writeNotifier->setEnabled(false);
        Q_EMIT connected();
        // Written while connecting: out now.
        if (m_state == State::Connected && !m_out.isEmpty() && !sendPending())
            Q_EMIT errorOccurred(m_error);
        return;
    }
    if (!sendPending())
        return Q_EMIT errorOccurred(m_error);
    if (m_out.isEmpty() && m_state == State::Closing) {
        closeDescriptor();
        Q_EMIT disconnected();
    }
}

void PlainTcpTransport::onReadable() {
    m_received = false;
    notifyReadable();
    // Nobody took what arrived: stop asking until someone does, or the level-triggered
    // notifier would wake the loop again at once.
    if (!m_received && m_readNotifier)
        m_readNotifier->setEnabled(false);
}

bool PlainTcpTransport::receive() {
    m_received = true;
    if (m_fd < 0 || m_state != State::Connected)
        return m_error == Socket::UnknownSocketError;
    if (!m_readNotifier->isEnabled())
        m_readNotifier->setEnabled(true);
    // One read(2) into a scratch buffer per thread, at most its size at a time, so a fast
    // sender cannot hold the thread; what is left wakes the loop again.
    static thread_local char scratch[64 * 1024];
    ssize_t got;
    do {
        got = ::read(m_fd, scratch, sizeof scratch);
    } while (got < 0 && errno == EINTR);
    if (got > 0) {
        m_in.append(scratch, qsizetype(got));
        return true;
    }
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return true;
    const auto [error, text] = streamFailure(got == 0 ? 0 : errno);
    setError(error, text);
    closeDescriptor();
    return false;
}

QByteArray PlainTcpTransport::readLine(qint64 maxBytes) {
    const qsizetype newline = m_in.indexOf('\n');
    const qsizetype size =
        newline >= 0 && newline < maxBytes ? newline + 1 : qMin(qsizetype(maxBytes), m_in.size());
    QByteArray line = m_in.left(size);
    m_in.remove(0, size);
    return line;
}

void PlainTcpTransport::readAll(QByteArray *buffer) {
    // No copy when the caller holds nothing: m_in keeps the emptied buffer's room for the next
    // read instead of freeing it and allocating again for the next PONG.
    if (buffer->isEmpty()) {
        buffer->swap(m_in);
    } else {
        buffer->append(m_in);
        m_in.clear();
    }
}

bool PlainTcpTransport::write(const char *data, qint64 size) {
    if (m_fd < 0 || m_state == State::Unconnected) {
        if (m_error == Socket::UnknownSocketError)
            setError(Socket::UnknownSocketError, socketText("Socket is not connected"));
        return false;
    }
    if (m_state == State::Connecting || !m_out.isEmpty()) {
        m_out.append(data, qsizetype(size));
        return true;
    }
    ssize_t sent;
    do {
        sent = ::send(m_fd, data, size_t(size), MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    if (sent < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            const auto [error, text] = streamFailure(errno);
            setError(error, text);
            closeDescriptor();
            return false;
        }
        sent = 0;
    }
    if (sent < size) {
        m_out.append(data + sent, qsizetype(size - sent));
        m_writeNotifier->setEnabled(true);
    }
    return true;
}

// Hands the kernel what it did not take before. False when the connection failed.
bool PlainTcpTransport::sendPending() {
    while (!m_out.isEmpty()) {
        const ssize_t sent = ::send(m_fd, m_out.constData(), size_t(m_out.size()), MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (sent < 0) {
            const auto [error, text] = streamFailure(errno);
            setError(error, text);
            closeDescriptor();
            return false;
        }
        m_out.remove(0, qsizetype(sent));
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_out.isEmpty());
    return true;
}

void PlainTcpTransport::disconnectFromHost() {
    if (m_fd < 0)
        return;
    if (m_state == State::Connected && !m_out.isEmpty()) {
        m_state = State::Closing;
        m_readNotifier->setEnabled(false);
        return;
    }
    closeDescriptor();
    Q_EMIT disconnected();
}

void PlainTcpTransport::abort() {
    // What was written goes out first, as far as the kernel takes it now (a close frame):
    // Asterisk's writes are synchronous.
    if (m_state == State::Connected || m_state == State::Closing)
        sendPending();
    closeDescriptor();
}

void PlainTcpTransport::failConnect(Socket::SocketError error, const QString &text) {
    setError(error, text);
    closeDescriptor();
    Q_EMIT errorOccurred(error);
}

void PlainTcpTransport::setError(Socket::SocketError error, const QString &text) {
    m_error = error;
    m_errorString = text;
}

void PlainTcpTransport::closeDescriptor() {
    if (m_connectTimer) {
        killTimer(m_connectTimer);
        m_connectTimer = 0;
    }
    // Off before the descriptor closes (its number may come back at once for another
    // connection). Kept, not deleted: this may run inside one of their events, and a
    // deleteLater() each would leave a posted event whose removal, when a thousand
    // connections end together, scans every other one.
    for (Notifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier)
            notifier->setEnabled(false);
    }
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_state = State::Unconnected;
}

} // namespace wscm
