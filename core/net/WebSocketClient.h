// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "AddressResolver.h"
#include "AttemptFailure.h"
#include "FrameCodec.h"
#include "HandshakeResponse.h"
#include "config/AsteriskUri.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <optional>

class QSslSocket;

namespace wscm {

class SocketTransport;

struct ClientSettings;

// One WebSocket connection made byte for byte the way Asterisk makes it
// (res_http_websocket.c and main/tcptls.c, recorded in tests/parity): Asterisk's own URI
// split and default port, the first resolved address only, TCP with connection_timeout, a
// CONNECT of its exact form carrying Proxy-Authorization from the start, TLS only when
// tls_enabled and judged after the handshake by Asterisk's rules, and the upgrade request
// with Asterisk's headers in Asterisk's order. The proxy's and the server's answers are
// judged as Asterisk judges them, each waited for twice connection_timeout; the TLS
// handshake, like Asterisk's, has no time limit. Qt's QWebSocket cannot be used for this: it
// writes its own request, CONNECT and Host header. After the upgrade it answers PINGs,
// reports PONGs and the close frame, and drops data frames.
class WebSocketClient : public QObject {
    Q_OBJECT
public:
    enum class Phase { Idle, Resolving, Tcp, Proxy, Tls, Upgrade, Open, Closed };

    struct Closure {
        enum class Kind { ByServer, SocketError, TooBig, ProtocolError };
        Kind kind = Kind::ByServer;
        int code = -1; // of the server's close frame, -1 without one
        QString reason;
        QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
        QString errorText;
    };

    static constexpr quint64 MaxIncomingBytes = 1024 * 1024;

    explicit WebSocketClient(QObject *parent = nullptr);
    ~WebSocketClient() override;

    void open(const ClientSettings &settings);
    // Sends a close frame when open, then lets the socket go; no signal follows.
    void close(int code, const QByteArray &reason);
    void ping(QByteArrayView payload);
    // What to call with the payload of each PONG that arrives (valid only during the call). A
    // plain call, not a signal: it runs for every PONG of every connection, and activating a
    // signal on a thousand objects that are cold in the cache cost more than the rest of the
    // PONG's way to its event.
    void setPongHandler(std::function<void(QByteArrayView payload)> handler) {
        m_pongHandler = std::move(handler);
    }

    Phase phase() const { return m_phase; }
    QByteArray subprotocol() const { return m_subprotocol; }
    // The descriptor of the TCP connection (to the proxy when there is one), or -1.
    qintptr socketDescriptor() const;
    // The TLS socket of a tls_enabled connection (for its peer's certificate), else null.
    QSslSocket *sslSocket() const { return m_ssl; }
    // What the TLS settings could not load (Asterisk goes on without it).
    QStringList tlsNotes() const { return m_tlsNotes; }
    const AsteriskUri &uri() const { return m_uri; }

Q_SIGNALS:
    void tcpConnected();
    void tunnelOpened();
    void encrypted();
    void upgraded();
    void attemptFailed(const wscm::AttemptFailure &failure);
    void closed(const wscm::WebSocketClient::Closure &closure);

private:
    void onResolved(const AddressResolver::Address &address);
    void onConnected();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTimeout();
    void startTlsOrUpgrade();
    void sendUpgrade();
    bool takeAnswerLine(QByteArray *line);
    void readAnswer();
    void takeAnswerLines();
    void failOnSocketError();
    void answerComplete();
    void readFrames();
    void failHandshake(bool timedOut);
    void fail(ConnectionHealth::Stage stage, AttemptFailure::Result result, const QString &osError,
              const QString &detail, int httpStatus = 0);
    void finishOpen(const Closure &closure);
    void startTimer(qint64 ms);
    void release();
    QString peerText() const;
    QString targetText() const;

    Phase m_phase = Phase::Idle;
    AsteriskUri m_uri;
    bool m_proxy = false;
    QByteArray m_proxyText;
    QByteArray m_protocols;
    std::optional<QByteArray> m_userInfo;
    QByteArray m_proxyAuthorization;
    bool m_tls = false;
    bool m_verifyCert = true;
    bool m_verifyHostname = true;
    int m_timeoutMs = 500;
    QStringList m_tlsNotes;
    QSslConfiguration m_sslConfiguration;

    AddressResolver m_resolver;
    // A plain ws:// connection runs on its descriptor (PlainTcpTransport): its bytes go
    // straight between the kernel and m_buffer, with no ring buffers and no socket engine;
    // only tls_enabled makes it a QSslSocket (m_ssl, in an SslSocketTransport), buffered as
    // TLS needs.
    SocketTransport *m_transport = nullptr;
    QSslSocket *m_ssl = nullptr;
    QTimer m_timer;
    QByteArray m_key;
    std::optional<HandshakeResponse> m_answer;
    QString m_chainError;
    FailureClassifier::Facts m_facts; // of this attempt, for naming the cause of a failure
    QString m_tlsAlert;
    QByteArray m_subprotocol;
    FrameCodec m_frames{MaxIncomingBytes};
    QByteArray m_buffer; // read after the upgrade and not yet taken: a partial frame
    std::function<void(QByteArrayView payload)> m_pongHandler;

    int m_closeCode = -1;
    QString m_closeReason;
    bool m_closeSent = false;
};

} // namespace wscm
