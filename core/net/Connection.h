#pragma once

#include "ConnectionEvent.h"
#include "ConnectionHealth.h"
#include "FailureClassifier.h"
#include "config/ClientSettings.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QWebSocket;

namespace wscm {

class PingMonitor;

// One client section as a live connection, made the way Asterisk makes it (reference
// section 4): proxy CONNECT, TLS only when tls_enabled, the upgrade with Basic credentials
// and subprotocols, keepalives, PING/PONG, and the retry rules of connection_type.
// Everything runs on the owning thread's event loop.
//
// connection_type unset: Asterisk then keeps no standing connection and a consumer connects
// on demand, so the engine treats it like per_call_config (give up after
// reconnect_attempts failed attempts) instead of retrying forever.
class Connection : public QObject {
    Q_OBJECT
public:
    // The largest frame and message accepted from a server (1 MiB); larger ones end the
    // connection with close code 1009.
    static constexpr quint64 MaxIncomingBytes = 1024 * 1024;

    explicit Connection(const ClientSettings &settings, QObject *parent = nullptr);
    ~Connection() override;

    QString name() const { return m_settings.name; }
    const ClientSettings &settings() const { return m_settings; }
    // Takes new settings; a running connection reconnects with them. Returns false when the
    // settings did not change (nothing is done then).
    bool setSettings(const ClientSettings &settings);

    ConnectionHealth health() const;
    bool isActive() const { return m_active; }
    // The native descriptor the WebSocket's bytes go through (the proxy hop with a proxy), or
    // -1 while not connected.
    qintptr socketDescriptor() const;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void eventOccurred(const wscm::ConnectionEvent &event);
    void healthChanged();

private:
    using Stage = ConnectionHealth::Stage;

    void beginAttempt();
    void watchTransport();
    void enterStage(Stage stage);
    void finishStage(qint64 *slot);
    void onTcpConnected();
    void onTransportConnected();
    void onEncrypted();
    void onUpgraded();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    void onDisconnected();
    void onStageTimeout();
    void onPingTimeout(int unanswered);

    void failAttempt(Stage stage, const QString &detail, int httpStatus = 0);
    // The cause of the failure being reported, from this attempt's facts.
    FailureCause classify(Stage stage, int httpStatus);
    void connectionLost(Stage stage, const QString &detail);
    void retryOrGiveUp(Stage stage);
    void tearDown();
    void setState(ConnectionHealth::State state);
    void emitEvent(ConnectionEvent::Kind kind, Stage stage = Stage::None,
                   const QString &detail = QString(), qint64 rttUs = -1,
                   FailureCause cause = FailureCause::None);
    QString scrub(const QString &text) const;
    QString targetText() const;
    qint64 stageTimeoutMs(Stage stage) const;

    ClientSettings m_settings;
    ConnectionHealth m_health;
    QWebSocket *m_socket = nullptr; // the current attempt's socket, a child of this
    QPointer<QAbstractSocket> m_transport;
    PingMonitor *m_ping = nullptr;
    QTimer m_stageTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_stageClock;
    Stage m_stage = Stage::None;
    bool m_active = false;
    bool m_everConnected = false;
    QStringList m_sslErrorTexts;
    QString m_tlsAlert;
    QString m_lastSocketError;
    int m_proxyConnects = 0;
    QAbstractSocket::SocketError m_lastSocketErrorCode = QAbstractSocket::UnknownSocketError;
    // What this attempt has shown so far, for naming the cause when it fails.
    FailureClassifier::Facts m_facts;
};

} // namespace wscm
