// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "Connection.h"

#include "KeepaliveOptions.h"
#include "PingMonitor.h"
#include "config/SecretRedaction.h"

#include <QMetaMethod>
#include <QSslCertificate>
#include <QSslSocket>

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

qint64 Connection::retryWaitMs(int reconnectIntervalMs) {
    const quint32 microseconds = quint32(reconnectIntervalMs) * 1000u;
    return qint64(microseconds / 1000u);
}

Connection::Connection(const ClientSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
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
    ConnectionHealth snapshot = m_tracker.health();
    snapshot.lastTimings = m_timings;
    snapshot.peerCertificateSubject = m_peerCertificateSubject;
    snapshot.peerCertificateIssuer = m_peerCertificateIssuer;
    snapshot.peerCertificateExpiry = m_peerCertificateExpiry;
    snapshot.unansweredPings = m_ping ? m_ping->unanswered() : 0;
    // Read from the monitor, not counted through a signal: a thousand connections PING a
    // thousand times a second.
    snapshot.pingsSent = m_pingsSent + (m_ping ? m_ping->pingsSent() : 0);
    return snapshot;
}

qintptr Connection::socketDescriptor() const {
    if (m_tracker.health().state != ConnectionHealth::State::Connected || !m_client)
        return -1;
    return m_client->socketDescriptor();
}

int Connection::reconnectIntervalMs() const {
    // Asterisk keeps the value in an unsigned int and prints it with %d.
    return static_cast<int>(m_settings.reconnectIntervalMs);
}

void Connection::start() {
    if (m_active)
        return;
    m_active = true;
    m_triesThisCall = 0;
    // The first attempt's event starts the tracker's counts afresh.
    m_attempts = 0;
    beginAttempt();
}

void Connection::stop() {
    const bool wasRunning = m_active || m_client;
    m_active = false;
    m_retryTimer.stop();
    tearDown();
    if (wasRunning) {
        emitEvent(ConnectionEvent::Kind::Disconnected, Stage::None, QStringLiteral("stopped"));
    }
}

QString Connection::targetText() const {
    const AsteriskUri uri = AsteriskUri::parse(m_settings.uriText.toUtf8());
    QString text = QString::fromUtf8(uri.hostWithPort());
    if (m_settings.hasProxy())
        text += QStringLiteral(" via proxy %1").arg(m_settings.proxyHostText);
    return text;
}

void Connection::beginAttempt() {
    if (!m_active)
        return;
    tearDown();
    ++m_attempts;
    m_timings = StageTimings();

    m_client = new WebSocketClient(this);
    connect(m_client, &WebSocketClient::tcpConnected, this, &Connection::onTcpConnected);
    connect(m_client, &WebSocketClient::tunnelOpened, this, &Connection::onTunnelOpened);
    connect(m_client, &WebSocketClient::encrypted, this, &Connection::onEncrypted);
    connect(m_client, &WebSocketClient::upgraded, this, &Connection::onUpgraded);
    connect(m_client, &WebSocketClient::attemptFailed, this, &Connection::onAttemptFailed);
    connect(m_client, &WebSocketClient::closed, this, &Connection::onClosed);
    m_stage = Stage::Tcp;
    m_stageClock.start();
    m_client->open(m_settings);

    QString detail =
        (m_settings.tlsEnabled ? QStringLiteral("TLS to ") : QStringLiteral("to ")) + targetText();
    // Asterisk goes on without what it could not load, and says nothing: wscm says it.
    if (const QStringList notes = m_client->tlsNotes(); !notes.isEmpty())
        detail += QStringLiteral(" (%1; Asterisk goes on without it)")
                      .arg(notes.join(QLatin1StringView("; ")));
    emitEvent(ConnectionEvent::Kind::Connecting, Stage::None, detail);
}

void Connection::enterStage(Stage stage) {
    m_stage = stage;
    m_stageClock.start();
}

void Connection::finishStage(qint64 *slot) {
    *slot = m_stageClock.nsecsElapsed() / 1000;
}

void Connection::onTcpConnected() {
    finishStage(&m_timings.tcpUs);
    if (m_settings.hasProxy())
        enterStage(Stage::Proxy);
    else
        enterStage(m_settings.tlsEnabled ? Stage::Tls : Stage::Upgrade);
}

void Connection::onTunnelOpened() {
    finishStage(&m_timings.proxyUs);
    enterStage(m_settings.tlsEnabled ? Stage::Tls : Stage::Upgrade);
}

void Connection::onEncrypted() {
    finishStage(&m_timings.tlsUs);
    if (const QSslSocket *ssl = m_client->sslSocket()) {
        const QSslCertificate peer = ssl->peerCertificate();
        m_peerCertificateSubject = certificateName(peer, false);
        m_peerCertificateIssuer = certificateName(peer, true);
        m_peerCertificateExpiry = peer.expiryDate().toUTC();
    }
    enterStage(Stage::Upgrade);
}

void Connection::onUpgraded() {
    finishStage(&m_timings.upgradeUs);
    m_stage = Stage::None;
    m_triesThisCall = 0;

    QStringList notes;
    if (const QByteArray chosen = m_client->subprotocol(); !chosen.isEmpty())
        notes << QStringLiteral("subprotocol %1").arg(QString::fromUtf8(chosen));
    QString keepaliveError;
    const KeepaliveOptions keepalive = KeepaliveOptions::fromSettings(m_settings);
    const bool keepaliveSet = keepalive.applyTo(m_client->socketDescriptor(), &keepaliveError);
    emitEvent(ConnectionEvent::Kind::Connected, Stage::None, notes.join(QLatin1StringView("; ")));
    if (!keepaliveSet)
        emitEvent(ConnectionEvent::Kind::Error, Stage::Keepalive,
                  QStringLiteral("TCP keepalives not set: %1").arg(keepaliveError));

    if (m_settings.enablePingPongs) {
        m_ping = new PingMonitor(m_client, static_cast<int>(m_settings.pingPongIntervalS * 1000),
                                 static_cast<int>(m_settings.pingPongProbes), this);
        m_client->setPongHandler([this](QByteArrayView payload) { onPong(payload); });
        connect(m_ping, &PingMonitor::pingMissed, this, [this](int unanswered) {
            emitEvent(ConnectionEvent::Kind::PingMissed, Stage::None,
                      QStringLiteral("%1 PING(s) unanswered").arg(unanswered));
        });
        connect(m_ping, &PingMonitor::timedOut, this, &Connection::onPingTimeout);
        m_ping->start();
    }
}

void Connection::onPong(QByteArrayView payload) {
    const qint64 rtt = m_ping ? m_ping->takePong(payload) : -1;
    if (rtt < 0)
        return;
    emitEvent(ConnectionEvent::Kind::Pong, Stage::None, QString(), rtt);
}

void Connection::noteFailure(const QString &detail, int httpStatus,
                             const FailureClassifier::Facts &facts) {
    m_lastFailureCause = FailureClassifier::classify(facts);
    m_lastFailureDetail = scrub(detail);
    m_lastHttpStatus = httpStatus;
}

void Connection::onAttemptFailed(const AttemptFailure &failure) {
    noteFailure(failure.detail, failure.httpStatus, failure.facts);
    tearDown();
    emitEvent(ConnectionEvent::Kind::Error, failure.stage, m_lastFailureDetail, -1,
              m_lastFailureCause);
    if (!m_active)
        return;

    ++m_triesThisCall;
    const qint64 wait = retryWaitMs(reconnectIntervalMs());
    if (m_triesThisCall < triesPerCall(m_settings.reconnectAttempts))
        return scheduleNext(failure.stage, wait, QStringLiteral("next attempt in %1 ms").arg(wait));
    m_triesThisCall = 0;
    const QString line = exhaustedLine(failure);
    if (m_settings.connectionType != ClientSettings::ConnectionType::Persistent) {
        m_active = false;
        emitEvent(ConnectionEvent::Kind::GaveUp, failure.stage, line, -1, m_lastFailureCause);
        return;
    }
    // ARI's loop waits reconnect_interval itself before its next connect call.
    scheduleNext(failure.stage, wait, line);
}

// Asterisk's warning when a connect call has used its tries (res_websocket_client.c).
QString Connection::exhaustedLine(const AttemptFailure &failure) const {
    QString line = QStringLiteral("%1: Websocket connection to %2 failed after %3 tries: %4.  ")
                       .arg(m_settings.name, m_settings.uriText)
                       .arg(m_settings.reconnectAttempts)
                       .arg(failure.asteriskText());
    if (m_settings.connectionType == ClientSettings::ConnectionType::Persistent)
        line += QStringLiteral("Retrying in %1 ms.").arg(reconnectIntervalMs());
    else
        line += QStringLiteral("Hanging up after exhausting retries.");
    return line;
}

void Connection::scheduleNext(Stage stage, qint64 waitMs, const QString &detail) {
    emitEvent(ConnectionEvent::Kind::Retrying, stage, detail, -1, m_lastFailureCause);
    m_retryTimer.start(std::chrono::milliseconds(waitMs));
}

void Connection::onClosed(const WebSocketClient::Closure &closure) {
    QString detail;
    Stage stage = Stage::Closed;
    using Kind = WebSocketClient::Closure::Kind;
    FailureClassifier::Facts facts;
    facts.closeCode = closure.code < 0 ? 0 : closure.code;
    facts.socketError = closure.kind == Kind::SocketError ? closure.socketError
                                                          : QAbstractSocket::RemoteHostClosedError;
    if (closure.kind == Kind::SocketError && m_settings.enableTcpKeepalives &&
        closure.socketError == QAbstractSocket::SocketTimeoutError) {
        stage = Stage::Keepalive;
        detail = QStringLiteral("TCP keepalive probes unanswered: %1").arg(closure.errorText);
    } else if (closure.kind == Kind::SocketError) {
        detail = QStringLiteral("connection lost: %1").arg(closure.errorText);
    } else if (closure.kind == Kind::TooBig) {
        detail = QStringLiteral("message too big: a frame or message over %1 bytes, closed with "
                                "code %2 \"%3\"")
                     .arg(MaxIncomingBytes)
                     .arg(closure.code)
                     .arg(closure.reason);
    } else if (closure.kind == Kind::ProtocolError) {
        detail = QStringLiteral("protocol error: %1, closed with code %2")
                     .arg(closure.reason)
                     .arg(closure.code);
    } else if (closure.code < 0) {
        detail = QStringLiteral("closed by server without a close frame");
    } else {
        detail = QStringLiteral("closed by server, code %1").arg(closure.code);
        if (!closure.reason.isEmpty())
            detail += QStringLiteral(" reason \"%1\"").arg(closure.reason);
    }
    facts.stage = stage;
    connectionLost(stage, detail, facts);
}

void Connection::onPingTimeout(int unanswered) {
    // Asterisk closes the session itself; the server may never answer the close.
    if (m_client)
        m_client->close(1001, "no PONG");
    FailureClassifier::Facts facts;
    facts.stage = Stage::PingTimeout;
    connectionLost(Stage::PingTimeout,
                   QStringLiteral("%1 PING(s) unanswered, interval %2 s")
                       .arg(unanswered)
                       .arg(m_settings.pingPongIntervalS),
                   facts);
}

void Connection::connectionLost(Stage stage, const QString &detail,
                                const FailureClassifier::Facts &facts) {
    noteFailure(detail, 0, facts);
    tearDown();
    emitEvent(ConnectionEvent::Kind::Disconnected, stage, m_lastFailureDetail, -1,
              m_lastFailureCause);
    if (!m_active)
        return;
    if (m_settings.connectionType == ClientSettings::ConnectionType::Persistent)
        return scheduleNext(
            stage, 0,
            QStringLiteral("%1: Websocket disconnected.  Reconnecting").arg(m_settings.name));
    const qint64 wait = retryWaitMs(reconnectIntervalMs());
    scheduleNext(stage, wait, QStringLiteral("next call in %1 ms").arg(wait));
}

void Connection::tearDown() {
    m_stage = Stage::None;
    if (m_ping) {
        m_pingsSent += m_ping->pingsSent();
        // Deferred: tearDown can run inside the monitor's own signal.
        m_ping->stop();
        m_ping->disconnect(this);
        m_ping->deleteLater();
        m_ping = nullptr;
    }
    if (m_client) {
        WebSocketClient *client = m_client;
        m_client = nullptr;
        client->disconnect(this);
        client->setPongHandler({});
        client->close(1000, QByteArray());
        client->deleteLater();
    }
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
        event.httpStatus = m_lastHttpStatus;
    event.detail = scrub(detail);
    event.rttUs = rttUs;
    event.attempt = m_attempts;
    event.timings = m_timings;
    m_tracker.apply(event);
    if (m_eventHandler)
        m_eventHandler(event);
    if (m_eventWatched)
        Q_EMIT eventOccurred(event);
}

// Emitting a signal nobody listens to still looks up the connection's listeners, on every
// PONG of a thousand connections whose manager takes their events through its handler.
void Connection::connectNotify(const QMetaMethod &signal) {
    if (signal == QMetaMethod::fromSignal(&Connection::eventOccurred))
        m_eventWatched = true;
}

// Asterisk prints the URI with its password; a server's close reason could echo a
// credential too: every text leaving the engine goes through here.
QString Connection::scrub(const QString &text) const {
    return SecretRedaction::scrub(text, m_settings);
}

} // namespace wscm
