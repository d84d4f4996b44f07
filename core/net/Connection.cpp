#include "Connection.h"

#include "HandshakeFailure.h"
#include "KeepaliveOptions.h"
#include "PingMonitor.h"
#include "TlsConfiguration.h"
#include "config/SecretRedaction.h"

#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <climits>

namespace wscm {

namespace {

QString certificateName(const QSslCertificate &certificate, bool issuer) {
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        const QStringList values =
            issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field);
        return values.join(QLatin1StringView(", "));
    };
    QStringList parts;
    if (const QString cn = info(QSslCertificate::CommonName); !cn.isEmpty())
        parts << QStringLiteral("CN=") + cn;
    if (const QString o = info(QSslCertificate::Organization); !o.isEmpty())
        parts << QStringLiteral("O=") + o;
    return parts.join(QLatin1StringView(", "));
}

} // namespace

Connection::Connection(const ClientSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    m_stageTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_stageTimer, &QTimer::timeout, this, &Connection::onStageTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &Connection::beginAttempt);
}

Connection::~Connection() {
    m_active = false;
    tearDown();
}

bool Connection::setSettings(const ClientSettings &settings) {
    if (settings == m_settings)
        return false;
    const bool wasActive = m_active;
    if (wasActive)
        stop();
    m_settings = settings;
    if (wasActive)
        start();
    return true;
}

ConnectionHealth Connection::health() const {
    ConnectionHealth snapshot = m_health;
    snapshot.unansweredPings = m_ping ? m_ping->unanswered() : 0;
    return snapshot;
}

qintptr Connection::socketDescriptor() const {
    if (m_health.state != ConnectionHealth::State::Connected)
        return -1;
    return KeepaliveOptions::descriptorOf(m_socket);
}

void Connection::start() {
    if (m_active)
        return;
    m_active = true;
    m_everConnected = false;
    m_health.attempts = 0;
    m_health.reconnects = 0;
    m_health.consecutiveFailures = 0;
    beginAttempt();
}

void Connection::stop() {
    const bool wasRunning = m_active || m_socket;
    m_active = false;
    m_retryTimer.stop();
    tearDown();
    if (wasRunning) {
        setState(ConnectionHealth::State::Stopped);
        emitEvent(ConnectionEvent::Kind::Disconnected, Stage::None, QStringLiteral("stopped"));
    }
}

QString Connection::targetText() const {
    QString text =
        QStringLiteral("%1:%2").arg(m_settings.targetHost()).arg(m_settings.targetPort());
    if (m_settings.hasProxy())
        text +=
            QStringLiteral(" via proxy %1:%2").arg(m_settings.proxyHost).arg(m_settings.proxyPort);
    return text;
}

void Connection::beginAttempt() {
    if (!m_active)
        return;
    tearDown();
    ++m_health.attempts;
    m_health.lastTimings = StageTimings();
    m_sslErrorTexts.clear();
    m_tlsAlert.clear();
    m_lastSocketError.clear();
    m_proxyConnects = 0;
    m_lastSocketErrorCode = QAbstractSocket::UnknownSocketError;
    m_facts = FailureClassifier::Facts();
    setState(ConnectionHealth::State::Connecting);
    emitEvent(ConnectionEvent::Kind::Connecting, Stage::None,
              (m_settings.tlsEnabled ? QStringLiteral("TLS to ") : QStringLiteral("to ")) +
                  targetText());

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // Qt would otherwise gather frames and messages of up to 2 GB; the engine never reads
    // messages, so a server that sends huge ones must not make it hold them.
    m_socket->setMaxAllowedIncomingFrameSize(MaxIncomingBytes);
    m_socket->setMaxAllowedIncomingMessageSize(MaxIncomingBytes);
    // The proxy is exactly proxy_host: never the environment's or the system's, which
    // Asterisk ignores too.
    if (m_settings.hasProxy()) {
        m_socket->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, m_settings.proxyHost,
                                         m_settings.proxyPort, m_settings.proxyUsername,
                                         m_settings.proxyPassword));
    } else {
        m_socket->setProxy(QNetworkProxy::NoProxy);
    }

    // QWebSocket picks TLS from the scheme, Asterisk from tls_enabled: the scheme of the URL
    // handed to Qt follows tls_enabled, and the port is always explicit because the URI's
    // scheme already chose it.
    QUrl url;
    url.setScheme(m_settings.tlsEnabled ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(m_settings.targetHost());
    url.setPort(m_settings.targetPort());
    url.setPath(m_settings.uri.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (m_settings.uri.hasQuery())
        url.setQuery(m_settings.uri.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    QNetworkRequest request(url);
    if (!m_settings.username.isEmpty()) {
        const QByteArray credentials =
            (m_settings.username + QLatin1Char(':') + m_settings.password).toUtf8().toBase64();
        request.setRawHeader("Authorization", "Basic " + credentials);
    }
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_settings.protocols);

    if (m_settings.tlsEnabled) {
        QSslConfiguration configuration;
        QString error;
        if (!TlsConfiguration::build(m_settings, &configuration, &error)) {
            // Asterisk fails the same way before opening a socket; still one attempt.
            m_facts.tlsFilesUnusable = true;
            failAttempt(Stage::Tls, error);
            return;
        }
        m_socket->setSslConfiguration(configuration);
    }

    connect(m_socket, &QWebSocket::connected, this, &Connection::onUpgraded);
    connect(m_socket, &QWebSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &Connection::onSocketError);
    connect(m_socket, &QWebSocket::sslErrors, this, &Connection::onSslErrors);
    connect(m_socket, &QWebSocket::alertReceived, this,
            [this](QSsl::AlertLevel level, QSsl::AlertType type, const QString &description) {
                if (level == QSsl::AlertLevel::Fatal) {
                    m_tlsAlert = description;
                    m_facts.tlsAlert = type;
                }
            });

    enterStage(Stage::Tcp);
    m_socket->open(request, options);
    watchTransport();
}

// Qt reports only the WebSocket's overall state; the stage boundaries come from the socket
// QWebSocket creates as its child, and with a proxy from the TCP socket to the proxy that Qt's
// HTTP proxy engine keeps inside it.
void Connection::watchTransport() {
    m_transport = KeepaliveOptions::transportOf(m_socket);
    if (!m_transport)
        return;
    connect(m_transport, &QAbstractSocket::connected, this, &Connection::onTransportConnected);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_transport.data()))
        connect(ssl, &QSslSocket::encrypted, this, &Connection::onEncrypted);
    if (m_settings.hasProxy()) {
        if (auto *proxyHop = m_transport->findChild<QTcpSocket *>()) {
            // Qt answers a 407 by connecting again when the proxy closes: counting the
            // connects tells that a challenge came, as Qt keeps the status to itself.
            connect(proxyHop, &QAbstractSocket::connected, this, [this] {
                ++m_proxyConnects;
                onTcpConnected();
            });
            if (proxyHop->state() == QAbstractSocket::ConnectedState) {
                ++m_proxyConnects;
                onTcpConnected();
            }
        }
    }
}

qint64 Connection::stageTimeoutMs(Stage stage) const {
    const qint64 timeout = qMax(1, m_settings.connectionTimeoutMs);
    // Reference 4.1: the TCP connect gets connection_timeout, each answer waited for twice it.
    return stage == Stage::Tcp ? timeout : 2 * timeout;
}

void Connection::enterStage(Stage stage) {
    m_stage = stage;
    m_stageClock.start();
    m_stageTimer.start(static_cast<int>(stageTimeoutMs(stage)));
}

void Connection::finishStage(qint64 *slot) {
    *slot = m_stageClock.nsecsElapsed() / 1000;
}

void Connection::onTcpConnected() {
    if (m_stage != Stage::Tcp)
        return;
    finishStage(&m_health.lastTimings.tcpUs);
    if (m_settings.hasProxy())
        enterStage(Stage::Proxy);
    else
        enterStage(m_settings.tlsEnabled ? Stage::Tls : Stage::Upgrade);
}

void Connection::onTransportConnected() {
    if (!m_settings.hasProxy())
        return onTcpConnected();
    if (m_stage == Stage::Tcp) // the proxy hop's own signal was missed
        onTcpConnected();
    if (m_stage != Stage::Proxy)
        return;
    finishStage(&m_health.lastTimings.proxyUs);
    enterStage(m_settings.tlsEnabled ? Stage::Tls : Stage::Upgrade);
}

void Connection::onEncrypted() {
    if (m_stage != Stage::Tls)
        return;
    finishStage(&m_health.lastTimings.tlsUs);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_transport.data())) {
        const QSslCertificate peer = ssl->peerCertificate();
        m_health.peerCertificateSubject = certificateName(peer, false);
        m_health.peerCertificateIssuer = certificateName(peer, true);
        m_health.peerCertificateExpiry = peer.expiryDate().toUTC();
    }
    enterStage(Stage::Upgrade);
}

void Connection::onUpgraded() {
    if (m_stage != Stage::Upgrade)
        return;
    m_stageTimer.stop();
    finishStage(&m_health.lastTimings.upgradeUs);
    m_stage = Stage::None;
    const QString chosen = m_socket->subprotocol();
    if (!chosen.isEmpty() && !m_settings.protocols.contains(chosen)) {
        m_facts.upgradeAnswer = HandshakeFailure::Kind::UnwantedSubprotocol;
        failAttempt(
            Stage::Upgrade,
            QStringLiteral("server chose subprotocol '%1' which was not offered").arg(chosen), 101);
        return;
    }

    if (m_everConnected)
        ++m_health.reconnects;
    m_everConnected = true;
    m_health.consecutiveFailures = 0;
    m_health.connectedSince = QDateTime::currentDateTimeUtc();
    setState(ConnectionHealth::State::Connected);

    QStringList notes;
    if (!chosen.isEmpty())
        notes << QStringLiteral("subprotocol %1").arg(chosen);
    QString keepaliveError;
    const KeepaliveOptions keepalive = KeepaliveOptions::fromSettings(m_settings);
    const bool keepaliveSet =
        keepalive.applyTo(KeepaliveOptions::descriptorOf(m_socket), &keepaliveError);
    emitEvent(ConnectionEvent::Kind::Connected, Stage::None, notes.join(QLatin1StringView("; ")));
    if (!keepaliveSet)
        emitEvent(ConnectionEvent::Kind::Error, Stage::Keepalive,
                  QStringLiteral("TCP keepalives not set: %1").arg(keepaliveError));

    if (m_settings.enablePingPongs) {
        m_ping = new PingMonitor(m_socket, static_cast<int>(m_settings.pingPongIntervalS * 1000),
                                 static_cast<int>(m_settings.pingPongProbes), this);
        connect(m_ping, &PingMonitor::pingSent, this, [this] { ++m_health.pingsSent; });
        connect(m_ping, &PingMonitor::pongReceived, this, [this](qint64 rtt) {
            m_health.lastRttUs = rtt;
            m_health.recentRttsUs.append(rtt);
            while (m_health.recentRttsUs.size() > ConnectionHealth::RttHistorySize)
                m_health.recentRttsUs.removeFirst();
            emitEvent(ConnectionEvent::Kind::Pong, Stage::None, QString(), rtt);
        });
        connect(m_ping, &PingMonitor::pingMissed, this, [this](int unanswered) {
            emitEvent(ConnectionEvent::Kind::PingMissed, Stage::None,
                      QStringLiteral("%1 PING(s) unanswered").arg(unanswered));
        });
        connect(m_ping, &PingMonitor::timedOut, this, &Connection::onPingTimeout);
        m_ping->start();
    }
}

void Connection::onSslErrors(const QList<QSslError> &errors) {
    if (TlsConfiguration::forgivable(m_settings, errors)) {
        m_socket->ignoreSslErrors();
        return;
    }
    for (const QSslError &e : errors) {
        m_sslErrorTexts << e.errorString();
        m_facts.certificateErrors << e.error();
    }
}

void Connection::onSocketError(QAbstractSocket::SocketError error) {
    if (!m_socket)
        return;
    const QString text = m_socket->errorString();
    m_facts.socketError = error;
    if (m_health.state == ConnectionHealth::State::Connected) {
        // The disconnected signal follows; it decides what the loss was.
        m_lastSocketError = text;
        m_lastSocketErrorCode = error;
        return;
    }
    const bool proxy = m_settings.hasProxy();
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        if (proxy && m_stage == Stage::Proxy)
            return failAttempt(Stage::Proxy,
                               QStringLiteral("proxy answered HTTP 404: host %1 not found")
                                   .arg(m_settings.targetHost()),
                               404);
        return failAttempt(
            Stage::Resolve,
            QStringLiteral("cannot resolve %1: %2").arg(m_settings.targetHost(), text));
    case QAbstractSocket::ProxyNotFoundError:
        return failAttempt(
            Stage::Resolve,
            QStringLiteral("cannot resolve proxy %1: %2").arg(m_settings.proxyHost, text));
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return failAttempt(Stage::Tcp, QStringLiteral("proxy %1:%2: %3")
                                           .arg(m_settings.proxyHost)
                                           .arg(m_settings.proxyPort)
                                           .arg(text));
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return failAttempt(Stage::Proxy,
                           m_settings.proxyUsername.isEmpty() || m_settings.proxyPassword.isEmpty()
                               ? QStringLiteral("proxy answered HTTP 407 Proxy Authentication "
                                                "Required; no proxy credentials are configured")
                               : QStringLiteral("proxy answered HTTP 407 Proxy Authentication "
                                                "Required; the proxy credentials were refused"),
                           407);
    case QAbstractSocket::SocketAccessError:
        if (m_stage == Stage::Proxy)
            return failAttempt(Stage::Proxy,
                               QStringLiteral("proxy answered HTTP 403 or 405: it refuses a "
                                              "tunnel to %1:%2")
                                   .arg(m_settings.targetHost())
                                   .arg(m_settings.targetPort()),
                               403);
        break;
    case QAbstractSocket::ProxyProtocolError:
        // Qt retries a CONNECT with credentials only after a 407 challenge; a second refusal
        // (tinyproxy answers it with 401) ends here without its status.
        if (m_proxyConnects >= 2 && !m_settings.proxyUsername.isEmpty() &&
            !m_settings.proxyPassword.isEmpty())
            return failAttempt(Stage::Proxy,
                               QStringLiteral("proxy answered HTTP 407 Proxy Authentication "
                                              "Required and refused the configured credentials"),
                               407);
        return failAttempt(Stage::Proxy,
                           QStringLiteral("proxy answered the CONNECT with an unexpected status "
                                          "(%1)")
                               .arg(text));
    case QAbstractSocket::ProxyConnectionClosedError:
        return failAttempt(Stage::Proxy, QStringLiteral("proxy: %1").arg(text));
    case QAbstractSocket::ConnectionRefusedError:
        if (m_stage == Stage::Proxy)
            return failAttempt(Stage::Proxy,
                               QStringLiteral("proxy answered HTTP 503: the server refused the "
                                              "tunnelled connection"),
                               503);
        if (m_stage == Stage::Upgrade) {
            const HandshakeFailure failure = HandshakeFailure::fromQtError(text);
            m_facts.upgradeAnswer = failure.kind;
            return failAttempt(Stage::Upgrade, failure.detail, failure.httpStatus);
        }
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return failAttempt(Stage::Tls, m_sslErrorTexts.isEmpty()
                                           ? text
                                           : m_sslErrorTexts.join(QLatin1StringView("; ")));
    default:
        break;
    }
    // A fatal TLS alert explains a later close: with TLS 1.3 a rejected client certificate
    // shows up only once the upgrade request has been sent.
    if (!m_tlsAlert.isEmpty() && (m_stage == Stage::Tls || m_stage == Stage::Upgrade))
        return failAttempt(Stage::Tls, QStringLiteral("server sent TLS alert: %1").arg(m_tlsAlert));
    // In TLS 1.3 the server checks the client certificate after our side has finished the
    // handshake; a server refusing it closes before any HTTP answer (Qt often loses the alert).
    if (error == QAbstractSocket::RemoteHostClosedError && m_stage == Stage::Upgrade) {
        const auto *ssl = qobject_cast<const QSslSocket *>(m_transport.data());
        if (ssl && ssl->sessionProtocol() == QSsl::TlsV1_3)
            return failAttempt(Stage::Tls,
                               QStringLiteral("server closed the TLS 1.3 connection without "
                                              "answering the upgrade; most likely it refused the "
                                              "client certificate%1")
                                   .arg(m_settings.certFile.isEmpty()
                                            ? QStringLiteral(" (none is configured)")
                                            : QString()));
        return failAttempt(Stage::Upgrade,
                           QStringLiteral("server closed the connection without answering the "
                                          "upgrade"));
    }
    failAttempt(m_stage == Stage::None ? Stage::Tcp : m_stage, text);
}

void Connection::onDisconnected() {
    if (!m_socket)
        return;
    if (m_health.state != ConnectionHealth::State::Connected) {
        // Qt signals the state change before the error; the error code is already set.
        if (const auto error = m_socket->error(); error != QAbstractSocket::UnknownSocketError)
            return onSocketError(error);
        return failAttempt(m_stage == Stage::None ? Stage::Tcp : m_stage,
                           QStringLiteral("connection closed"));
    }
    QString detail;
    Stage stage = Stage::Closed;
    const int code = m_socket->closeCode();
    m_facts.closeCode = code;
    if (m_settings.enableTcpKeepalives &&
        m_lastSocketErrorCode == QAbstractSocket::SocketTimeoutError) {
        stage = Stage::Keepalive;
        detail = QStringLiteral("TCP keepalive probes unanswered: %1").arg(m_lastSocketError);
    } else if (!m_lastSocketError.isEmpty() &&
               m_lastSocketErrorCode != QAbstractSocket::RemoteHostClosedError) {
        detail = QStringLiteral("connection lost: %1").arg(m_lastSocketError);
    } else if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
        // Qt closes with 1009 by itself when a frame or message is over the limit.
        detail = QStringLiteral("message too big: a frame or message over %1 bytes, closed with "
                                "code %2 \"%3\"")
                     .arg(MaxIncomingBytes)
                     .arg(code)
                     .arg(m_socket->closeReason());
    } else {
        detail = QStringLiteral("closed by server, code %1").arg(code);
        if (const QString reason = m_socket->closeReason(); !reason.isEmpty())
            detail += QStringLiteral(" reason \"%1\"").arg(reason);
    }
    connectionLost(stage, detail);
}

void Connection::onStageTimeout() {
    const qint64 timeout = stageTimeoutMs(m_stage);
    m_facts.timedOut = true;
    QString detail;
    switch (m_stage) {
    case Stage::Tcp:
        detail = m_settings.hasProxy()
                     ? QStringLiteral("TCP connect to proxy %1:%2 timed out after %3 ms")
                           .arg(m_settings.proxyHost)
                           .arg(m_settings.proxyPort)
                           .arg(timeout)
                     : QStringLiteral("TCP connect to %1:%2 timed out after %3 ms")
                           .arg(m_settings.targetHost())
                           .arg(m_settings.targetPort())
                           .arg(timeout);
        break;
    case Stage::Proxy:
        detail = QStringLiteral("proxy did not answer the CONNECT within %1 ms").arg(timeout);
        break;
    case Stage::Tls:
        detail = QStringLiteral("TLS handshake not finished within %1 ms").arg(timeout);
        break;
    default:
        detail = QStringLiteral("server did not answer the upgrade within %1 ms").arg(timeout);
        break;
    }
    failAttempt(m_stage, detail);
}

void Connection::onPingTimeout(int unanswered) {
    if (m_socket) {
        // Asterisk closes the session itself; the server may never answer the close. Qt may
        // report the close synchronously, which must not read as a close by the server.
        m_socket->disconnect(this);
        m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("no PONG"));
    }
    connectionLost(Stage::PingTimeout, QStringLiteral("%1 PING(s) unanswered, interval %2 s")
                                           .arg(unanswered)
                                           .arg(m_settings.pingPongIntervalS));
}

void Connection::failAttempt(Stage stage, const QString &detail, int httpStatus) {
    m_stageTimer.stop();
    m_health.lastFailureCause = classify(stage, httpStatus);
    m_health.lastFailureStage = stage;
    m_health.lastFailureDetail = scrub(detail);
    m_health.lastHttpStatus = httpStatus;
    m_health.lastFailureAt = QDateTime::currentDateTimeUtc();
    ++m_health.consecutiveFailures;
    tearDown();
    emitEvent(ConnectionEvent::Kind::Error, stage, m_health.lastFailureDetail, -1,
              m_health.lastFailureCause);
    retryOrGiveUp(stage);
}

FailureCause Connection::classify(Stage stage, int httpStatus) {
    m_facts.stage = stage;
    m_facts.httpStatus = httpStatus;
    m_facts.viaProxy = m_settings.hasProxy();
    m_facts.tlsEstablished = m_health.lastTimings.tlsUs >= 0;
    return FailureClassifier::classify(m_facts);
}

void Connection::connectionLost(Stage stage, const QString &detail) {
    m_health.lastFailureCause = classify(stage, 0);
    m_health.lastFailureStage = stage;
    m_health.lastFailureDetail = scrub(detail);
    m_health.lastHttpStatus = 0;
    m_health.lastFailureAt = QDateTime::currentDateTimeUtc();
    m_health.connectedSince = QDateTime();
    tearDown();
    emitEvent(ConnectionEvent::Kind::Disconnected, stage, m_health.lastFailureDetail, -1,
              m_health.lastFailureCause);
    retryOrGiveUp(stage);
}

void Connection::retryOrGiveUp(Stage stage) {
    if (!m_active)
        return;
    const int every = m_settings.reconnectAttempts;
    const int failures = m_health.consecutiveFailures;
    if (m_settings.connectionType != ClientSettings::ConnectionType::Persistent &&
        failures >= qMax(1, every)) {
        m_active = false;
        setState(ConnectionHealth::State::GaveUp);
        emitEvent(ConnectionEvent::Kind::GaveUp, stage,
                  QStringLiteral("gave up after %1 failed attempt(s)").arg(failures), -1,
                  m_health.lastFailureCause);
        return;
    }
    if (m_settings.connectionType == ClientSettings::ConnectionType::Persistent && every > 0 &&
        failures > 0 && failures % every == 0) {
        // Asterisk's periodic warning for a persistent connection that keeps failing.
        emitEvent(ConnectionEvent::Kind::Error, stage,
                  QStringLiteral("%1 consecutive failed attempts; still retrying every %2 ms")
                      .arg(failures)
                      .arg(m_settings.reconnectIntervalMs),
                  -1, m_health.lastFailureCause);
    }
    setState(ConnectionHealth::State::Retrying);
    emitEvent(ConnectionEvent::Kind::Retrying, stage,
              QStringLiteral("next attempt in %1 ms").arg(m_settings.reconnectIntervalMs), -1,
              m_health.lastFailureCause);
    m_retryTimer.start(static_cast<int>(qMin<quint32>(m_settings.reconnectIntervalMs, INT_MAX)));
}

void Connection::tearDown() {
    m_stageTimer.stop();
    m_stage = Stage::None;
    if (m_ping) {
        // Deferred: tearDown can run inside the monitor's own signal.
        m_ping->stop();
        m_ping->disconnect(this);
        m_ping->deleteLater();
        m_ping = nullptr;
    }
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        if (m_transport)
            m_transport->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState) {
            socket->close();
        }
        socket->abort();
        socket->deleteLater();
    }
    m_transport = nullptr;
}

void Connection::setState(ConnectionHealth::State state) {
    m_health.state = state;
    if (state != ConnectionHealth::State::Connected)
        m_health.connectedSince = QDateTime();
}

void Connection::emitEvent(ConnectionEvent::Kind kind, Stage stage, const QString &detail,
                           qint64 rttUs, FailureCause cause) {
    ConnectionEvent event;
    event.timestamp = QDateTime::currentDateTimeUtc();
    event.section = m_settings.name;
    event.kind = kind;
    event.stage = stage;
    event.cause = cause;
    if (cause != FailureCause::None)
        event.httpStatus = m_health.lastHttpStatus;
    event.detail = scrub(detail);
    event.rttUs = rttUs;
    event.attempt = m_health.attempts;
    event.timings = m_health.lastTimings;
    Q_EMIT eventOccurred(event);
    Q_EMIT healthChanged();
}

// Qt's texts never quote credentials, but a server's close reason or a URL could echo them:
// every text leaving the engine goes through here.
QString Connection::scrub(const QString &text) const {
    return SecretRedaction::scrub(text, m_settings);
}

} // namespace wscm
