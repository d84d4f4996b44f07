// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "WebSocketClient.h"

#include "HandshakeRequest.h"
#include "PlainTcpTransport.h"
#include "SslSocketTransport.h"
#include "TlsConfiguration.h"
#include "config/ClientSettings.h"

#include <QSslSocket>

#include <utility>

namespace wscm {

namespace {

using Stage = ConnectionHealth::Stage;
using Result = AttemptFailure::Result;

// errno texts Asterisk's warning line carried for these failures (tests/parity/retry).
const QString NotConnected = QStringLiteral("Transport endpoint is not connected");
const QString TimedOut = QStringLiteral("Connection timed out");
const QString InProgress = QStringLiteral("Operation now in progress");

// Asterisk computes twice the timeout in a C int; a negative result means no limit.
qint64 answerTimeoutMs(int timeoutMs) {
    return qint32(quint32(timeoutMs) * 2u);
}

} // namespace

WebSocketClient::WebSocketClient(QObject *parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WebSocketClient::onTimeout);
    connect(&m_resolver, &AddressResolver::resolved, this, &WebSocketClient::onResolved);
}

WebSocketClient::~WebSocketClient() {
    release();
}

void WebSocketClient::open(const ClientSettings &s) {
    release();
    m_uri = AsteriskUri::parse(s.uriText.toUtf8());
    m_proxyText = s.proxyHostText.toUtf8();
    m_proxy = !m_proxyText.isEmpty();
    m_protocols = s.protocolsText.toUtf8();
    m_userInfo = HandshakeRequest::userInfo(m_uri, s.username.toUtf8(), s.password.toUtf8());
    m_proxyAuthorization.clear();
    if (!s.proxyUsername.isEmpty() && !s.proxyPassword.isEmpty())
        m_proxyAuthorization = *HandshakeRequest::basicAuthorization(
            (s.proxyUsername + QLatin1Char(':') + s.proxyPassword).toUtf8());
    m_tls = s.tlsEnabled;
    m_verifyCert = s.verifyServerCert;
    m_verifyHostname = s.verifyServerHostname;
    m_timeoutMs = s.connectionTimeoutMs;
    m_tlsNotes.clear();
    if (m_tls)
        m_sslConfiguration = TlsConfiguration::build(s, &m_tlsNotes);
    m_chainError.clear();
    m_facts = FailureClassifier::Facts();
    m_facts.viaProxy = m_proxy;
    m_tlsAlert.clear();
    m_subprotocol.clear();
    m_answer.reset();
    m_frames = FrameCodec(MaxIncomingBytes);
    m_buffer.clear();
    m_closeCode = -1;
    m_closeReason.clear();
    m_closeSent = false;
    m_phase = Phase::Resolving;
    m_resolver.lookUp(m_proxy ? m_proxyText : m_uri.hostWithPort());
}

QString WebSocketClient::targetText() const {
    return m_proxy ? QStringLiteral("proxy %1").arg(QString::fromUtf8(m_proxyText))
                   : QString::fromUtf8(m_uri.hostWithPort());
}

QString WebSocketClient::peerText() const {
    if (!m_transport)
        return QString();
    const QHostAddress address = m_transport->peerAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(m_transport->peerPort());
}

void WebSocketClient::onResolved(const AddressResolver::Address &address) {
    if (m_phase != Phase::Resolving)
        return;
    if (!address.ok()) {
        m_facts.socketError = QAbstractSocket::HostNotFoundError;
        return fail(Stage::Resolve, Result::UriResolveError, QString(),
                    QStringLiteral("cannot resolve %1%2: %3")
                        .arg(m_proxy ? QStringLiteral("proxy ") : QString(),
                             QString::fromUtf8(m_proxy ? m_proxyText : m_uri.hostWithPort()),
                             address.error));
    }
    if (m_tls) {
        auto *transport = new SslSocketTransport(this);
        m_transport = transport;
        m_ssl = transport->socket();
        connect(m_ssl, &QSslSocket::sslErrors, this, &WebSocketClient::onSslErrors);
        connect(m_ssl, &QSslSocket::encrypted, this, &WebSocketClient::onEncrypted);
        connect(m_ssl, &QSslSocket::alertReceived, this,
                [this](QSsl::AlertLevel level, QSsl::AlertType type, const QString &description) {
                    if (level == QSsl::AlertLevel::Fatal) {
                        m_tlsAlert = description;
                        m_facts.tlsAlert = type;
                    }
                });
    } else {
        m_transport = new PlainTcpTransport(this);
    }
    connect(m_transport, &SocketTransport::connected, this, &WebSocketClient::onConnected);
    m_transport->setReadHandler([this] { onReadyRead(); });
    connect(m_transport, &SocketTransport::errorOccurred, this, &WebSocketClient::onError);
    connect(m_transport, &SocketTransport::disconnected, this, &WebSocketClient::onDisconnected);
    m_phase = Phase::Tcp;
    // Asterisk polls the connect for connection_timeout ms; a negative value waits for ever.
    // With 0 its poll returns at once, which on a near host often still finds the connection
    // made; the upgrade then fails for want of time, so 0 gives the TCP connect no limit here.
    startTimer(m_timeoutMs > 0 ? m_timeoutMs : -1);
    m_transport->connectToHost(address.address, address.port);
}

void WebSocketClient::startTimer(qint64 ms) {
    if (ms < 0)
        m_timer.stop();
    else
        m_timer.start(std::chrono::milliseconds(ms));
}

void WebSocketClient::onConnected() {
    if (m_phase != Phase::Tcp)
        return;
    m_timer.stop();
    Q_EMIT tcpConnected();
    if (m_phase != Phase::Tcp)
        return;
    if (!m_proxy)
        return startTlsOrUpgrade();
    m_phase = Phase::Proxy;
    m_answer.emplace(HandshakeResponse::Kind::Proxy);
    startTimer(answerTimeoutMs(m_timeoutMs));
    m_transport->write(HandshakeRequest::proxyConnect(m_uri, m_proxyAuthorization));
}

void WebSocketClient::startTlsOrUpgrade() {
    if (!m_tls)
        return sendUpgrade();
    m_phase = Phase::Tls;
    // Asterisk's TLS handshake runs on a blocking socket without a timeout.
    m_timer.stop();
    m_ssl->setSslConfiguration(m_sslConfiguration);
    // Sent as SNI; Qt leaves SNI out for an IP address (Asterisk sends it).
    m_ssl->setPeerVerifyName(QString::fromUtf8(m_uri.tlsHostName()));
    m_ssl->startClientEncryption();
}

void WebSocketClient::onSslErrors(const QList<QSslError> &errors) {
    // Qt's own host name check (IP SANs, wildcards) is not Asterisk's: its complaint is
    // dropped and the name is judged in onEncrypted.
    m_chainError = TlsConfiguration::chainFailure(errors);
    for (const QSslError &error : errors) {
        if (error.error() != QSslError::HostNameMismatch)
            m_facts.certificateErrors << error.error();
    }
    if (m_chainError.isEmpty())
        m_ssl->ignoreSslErrors(errors);
}

void WebSocketClient::onEncrypted() {
    if (m_phase != Phase::Tls)
        return;
    m_facts.tlsEstablished = true;
    Q_EMIT encrypted();
    if (m_phase != Phase::Tls)
        return;
    const QByteArray host = m_uri.tlsHostName();
    if (m_verifyCert && m_verifyHostname &&
        !TlsConfiguration::nameMatches(host, m_ssl->peerCertificate())) {
        m_facts.certificateErrors << QSslError::HostNameMismatch;
        return fail(Stage::Tls, m_proxy ? Result::TlsError : Result::ClientStartError, QString(),
                    QStringLiteral("certificate from %1 does not match the host name '%2': "
                                   "Asterisk compares it, as text and without case, only with "
                                   "the certificate's CN and DNS names (%3)")
                        .arg(peerText(), QString::fromUtf8(host),
                             TlsConfiguration::namesOf(m_ssl->peerCertificate())));
    }
    sendUpgrade();
}

void WebSocketClient::sendUpgrade() {
    QByteArray authorization;
    if (m_userInfo) {
        const auto basic = HandshakeRequest::basicAuthorization(*m_userInfo);
        if (!basic)
            // Asterisk connects, then cannot build the header and fails before writing.
            return fail(Stage::Upgrade, Result::AllocateError, InProgress,
                        QStringLiteral("the userinfo in uri has no ':' (user:password): Asterisk "
                                       "cannot build its Authorization header and fails every "
                                       "attempt before sending the upgrade"));
        authorization = *basic;
    }
    m_phase = Phase::Upgrade;
    m_key = HandshakeRequest::newKey();
    m_answer.emplace(HandshakeResponse::Kind::Upgrade, HandshakeRequest::acceptFor(m_key),
                     m_protocols);
    startTimer(answerTimeoutMs(m_timeoutMs));
    m_transport->write(HandshakeRequest::upgrade(m_uri, authorization, m_protocols, m_key));
    // An answer may already wait (read before TLS was up, or with the proxy's answer): no
    // read handler call will come for bytes already taken off the socket.
    if (m_transport->bytesAvailable() > 0)
        takeAnswerLines();
}

void WebSocketClient::onReadyRead() {
    switch (m_phase) {
    case Phase::Proxy:
    case Phase::Upgrade:
        return readAnswer();
    case Phase::Open:
        return readFrames();
    default:
        return;
    }
}

// The next line of the proxy's or the server's answer, as QIODevice::readLine(MaxLineBytes + 1)
// cuts it: up to and with the newline, or MaxLineBytes bytes of a longer line. What follows
// the proxy's answer (the server's TLS records) stays in the transport for the handshake.
bool WebSocketClient::takeAnswerLine(QByteArray *line) {
    constexpr qsizetype max = HandshakeResponse::MaxLineBytes;
    if (!m_transport->canReadLine() && m_transport->bytesAvailable() < max)
        return false;
    *line = m_transport->readLine(max);
    return true;
}

void WebSocketClient::readAnswer() {
    if (!m_transport->receive())
        return failOnSocketError(); // failHandshake takes what the transport holds
    takeAnswerLines();
}

void WebSocketClient::takeAnswerLines() {
    QByteArray line;
    while (m_answer && !m_answer->isDone() && takeAnswerLine(&line))
        m_answer->addLine(line);
    if (m_answer && m_answer->isDone())
        answerComplete();
}

// A plain transport tells of a failed read or write (and of the end of the stream) only by
// its return value: this is the errorOccurred a buffered socket would have emitted.
void WebSocketClient::failOnSocketError() {
    const QAbstractSocket::SocketError error = m_transport->error();
    onError(error == QAbstractSocket::UnknownSocketError ? QAbstractSocket::RemoteHostClosedError
                                                         : error);
}

void WebSocketClient::answerComplete() {
    m_timer.stop();
    const HandshakeResponse answer = *m_answer;
    m_answer.reset();
    const Stage stage = m_phase == Phase::Proxy ? Stage::Proxy : Stage::Upgrade;
    if (!answer.succeeded()) {
        using Answer = FailureClassifier::UpgradeAnswer;
        if (stage == Stage::Proxy && answer.statusCode() == 0)
            m_facts.socketError = QAbstractSocket::ProxyProtocolError; // not HTTP/1.1
        else if (answer.subprotocolRefused())
            m_facts.upgradeAnswer = Answer::UnwantedSubprotocol;
        else if (answer.statusCode() == 0 || answer.statusCode() == 101)
            m_facts.upgradeAnswer = Answer::InvalidResponse;
        else
            m_facts.upgradeAnswer = Answer::HttpStatus;
        QString detail = answer.detail();
        if (stage == Stage::Proxy && answer.statusCode() == 407)
            detail += m_proxyAuthorization.isEmpty()
                          ? QStringLiteral("; no proxy credentials are configured")
                          : QStringLiteral("; it refused the configured credentials");
        return fail(stage, answer.result(), answer.osError(), detail, answer.statusCode());
    }
    if (m_phase == Phase::Proxy) {
        Q_EMIT tunnelOpened();
        if (m_phase == Phase::Proxy)
            startTlsOrUpgrade();
        return;
    }
    m_subprotocol = answer.acceptedProtocol();
    m_phase = Phase::Open;
    Q_EMIT upgraded();
    if (m_phase == Phase::Open && m_transport->bytesAvailable() > 0)
        readFrames();
}

void WebSocketClient::readFrames() {
    const bool readFailed = !m_transport->receive();
    m_transport->readAll(&m_buffer);
    // The frames that came before a failed read count first: a close frame names the code.
    // Each event points into m_buffer, which only open() changes (and a handler that calls
    // it leaves the phase Open no longer); what was read goes from its front once, at the end.
    qsizetype taken = 0;
    FrameCodec::Event event;
    while (m_phase == Phase::Open && m_frames.next(m_buffer, &taken, &event)) {
        switch (event.type) {
        case FrameCodec::Event::Type::Ping: {
            uchar frame[FrameCodec::MaxControlFrameBytes];
            m_transport->write(
                reinterpret_cast<const char *>(frame),
                FrameCodec::controlFrame(FrameCodec::OpCode::Pong, event.payload, frame));
            break;
        }
        case FrameCodec::Event::Type::Pong:
            if (m_pongHandler)
                m_pongHandler(event.payload);
            break;
        case FrameCodec::Event::Type::Close:
            m_closeCode = event.closeCode;
            m_closeReason = QString::fromUtf8(event.closeReason);
            if (!m_closeSent && m_transport->isConnected()) {
                m_closeSent = true;
                m_transport->write(FrameCodec::closeFrame(
                    event.closeCode < 0 ? 1000 : event.closeCode, QByteArray()));
            }
            m_transport->disconnectFromHost();
            break;
        case FrameCodec::Event::Type::TooBig:
        case FrameCodec::Event::Type::ProtocolError: {
            const bool tooBig = event.type == FrameCodec::Event::Type::TooBig;
            const int code = tooBig ? 1009 : 1002;
            m_transport->write(FrameCodec::closeFrame(code, event.error.toUtf8()));
            Closure closure;
            closure.kind = tooBig ? Closure::Kind::TooBig : Closure::Kind::ProtocolError;
            closure.code = code;
            closure.reason = event.error;
            m_buffer.clear(); // the codec took every byte and reads no more
            return finishOpen(closure);
        }
        }
    }
    if (m_phase != Phase::Open)
        return;
    m_buffer.remove(0, taken);
    // A socket that had already ended when its close frame was read has nothing to
    // disconnect: the end of the stream ends the connection.
    if (readFailed)
        failOnSocketError();
}

void WebSocketClient::ping(QByteArrayView payload) {
    if (m_phase != Phase::Open)
        return;
    // Written now rather than when the loop next finds the socket writable: one wake-up
    // fewer for every batch of PINGs the PingSchedule sends.
    uchar frame[FrameCodec::MaxControlFrameBytes];
    const qsizetype size = FrameCodec::controlFrame(FrameCodec::OpCode::Ping, payload, frame);
    if (!m_transport->write(reinterpret_cast<const char *>(frame), size))
        return failOnSocketError();
}

void WebSocketClient::close(int code, const QByteArray &reason) {
    if (m_phase == Phase::Open && m_transport && !m_closeSent) {
        m_closeSent = true;
        m_transport->write(FrameCodec::closeFrame(code, reason));
    }
    release();
}

void WebSocketClient::onTimeout() {
    m_facts.timedOut = true;
    switch (m_phase) {
    case Phase::Tcp:
        return fail(Stage::Tcp, Result::ClientStartError, TimedOut,
                    QStringLiteral("TCP connect to %1 timed out after %2 ms")
                        .arg(targetText())
                        .arg(m_timeoutMs));
    case Phase::Proxy:
    case Phase::Upgrade:
        return failHandshake(true);
    default:
        return;
    }
}

void WebSocketClient::failHandshake(bool timedOut) {
    // Asterisk's reader returns what it has of a last line without a newline.
    if (!timedOut && m_transport && m_transport->bytesAvailable() > 0) {
        takeAnswerLines();
        if (m_answer && !m_answer->isDone()) {
            QByteArray rest;
            m_transport->readAll(&rest);
            m_answer->addLine(rest);
        }
        if (m_answer && m_answer->isDone())
            return answerComplete();
    }
    if (!m_answer)
        return;
    const bool proxyStage = m_phase == Phase::Proxy;
    const bool overTls = m_tls && m_phase == Phase::Upgrade;
    m_answer->endOfInput(timedOut, overTls);
    if (m_answer->succeeded())
        return answerComplete();
    AttemptFailure::Result result = m_answer->result();
    QString osError = m_answer->osError();
    QString detail = m_answer->detail();
    Stage stage = proxyStage ? Stage::Proxy : Stage::Upgrade;
    if (timedOut) {
        detail = proxyStage ? QStringLiteral("proxy did not answer the CONNECT within %1 ms")
                                  .arg(answerTimeoutMs(m_timeoutMs))
                            : QStringLiteral("server did not answer the upgrade within %1 ms")
                                  .arg(answerTimeoutMs(m_timeoutMs));
    } else if (overTls && !m_tlsAlert.isEmpty()) {
        stage = Stage::Tls;
        detail = QStringLiteral("server sent TLS alert: %1").arg(m_tlsAlert);
    } else if (overTls && m_ssl->sessionProtocol() == QSsl::TlsV1_3) {
        // In TLS 1.3 a server checks the client certificate after our side has finished the
        // handshake; refusing it closes the connection before any HTTP answer.
        stage = Stage::Tls;
        detail = QStringLiteral("server closed the TLS 1.3 connection without answering the "
                                "upgrade; most likely it refused the client certificate%1")
                     .arg(m_sslConfiguration.localCertificate().isNull()
                              ? QStringLiteral(" (none is sent)")
                              : QString());
    }
    m_answer.reset();
    fail(stage, result, osError, detail);
}

void WebSocketClient::onError(QAbstractSocket::SocketError error) {
    if (!m_transport)
        return;
    const QString text = m_transport->errorString();
    m_facts.socketError = error;
    switch (m_phase) {
    case Phase::Tcp:
        return fail(Stage::Tcp, Result::ClientStartError,
                    error == QAbstractSocket::SocketTimeoutError ? TimedOut : NotConnected,
                    QStringLiteral("TCP connect to %1: %2").arg(targetText(), text));
    case Phase::Proxy:
    case Phase::Upgrade:
        return failHandshake(false);
    case Phase::Tls: {
        const Result result = m_proxy ? Result::TlsError : Result::ClientStartError;
        if (!m_chainError.isEmpty())
            return fail(Stage::Tls, result, QString(),
                        QStringLiteral("certificate from %1 did not verify: %2")
                            .arg(peerText(), m_chainError));
        QString detail = QStringLiteral("TLS handshake failed: %1").arg(text);
        if (!m_tlsAlert.isEmpty())
            detail += QStringLiteral(" (server sent TLS alert: %1)").arg(m_tlsAlert);
        return fail(Stage::Tls, result, m_proxy ? QString() : NotConnected, detail);
    }
    case Phase::Open: {
        Closure closure;
        closure.kind = m_closeCode >= 0 || error == QAbstractSocket::RemoteHostClosedError
                           ? Closure::Kind::ByServer
                           : Closure::Kind::SocketError;
        closure.socketError = error;
        closure.errorText = text;
        closure.code = m_closeCode;
        closure.reason = m_closeReason;
        return finishOpen(closure);
    }
    default:
        return;
    }
}

void WebSocketClient::onDisconnected() {
    if (m_phase == Phase::Open) {
        Closure closure;
        closure.code = m_closeCode;
        closure.reason = m_closeReason;
        return finishOpen(closure);
    }
    // Before the upgrade the error signal normally came first and ended the attempt; if not,
    // the close itself is the failure.
    const QAbstractSocket::SocketError error =
        m_transport ? m_transport->error() : QAbstractSocket::UnknownSocketError;
    onError(error == QAbstractSocket::UnknownSocketError ? QAbstractSocket::RemoteHostClosedError
                                                         : error);
}

void WebSocketClient::fail(Stage stage, Result result, const QString &osError,
                           const QString &detail, int httpStatus) {
    AttemptFailure failure;
    failure.stage = stage;
    failure.result = result;
    failure.osError = osError;
    failure.detail = detail;
    failure.httpStatus = httpStatus;
    failure.facts = m_facts;
    failure.facts.stage = stage;
    failure.facts.httpStatus = httpStatus;
    release();
    m_phase = Phase::Closed;
    Q_EMIT attemptFailed(failure);
}

void WebSocketClient::finishOpen(const Closure &closure) {
    release();
    m_phase = Phase::Closed;
    Q_EMIT closed(closure);
}

qintptr WebSocketClient::socketDescriptor() const {
    return m_transport ? m_transport->socketDescriptor() : -1;
}

void WebSocketClient::release() {
    m_timer.stop();
    m_resolver.cancel();
    m_answer.reset();
    if (m_transport) {
        SocketTransport *transport = m_transport;
        if (m_ssl)
            m_ssl->disconnect(this);
        m_transport = nullptr;
        m_ssl = nullptr;
        transport->disconnect(this);
        transport->setReadHandler({});
        transport->abort();
        transport->deleteLater();
    }
    m_phase = Phase::Idle;
}

} // namespace wscm
