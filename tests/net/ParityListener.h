// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>

class QSslSocket;

// A loopback listener that behaves as the listeners the real Asterisk was recorded against
// (tests/parity/*/recorded.json, "listeners"): a WebSocket server, plain or TLS, that
// answers the upgrade (101 with the right accept value, a fixed answer, silence, or a close),
// or an HTTP proxy that answers CONNECT (200 and then the server's part on the same
// connection, a fixed refusal, or 200 only with Proxy-Authorization), or a port whose accept
// queue is full so that a connect times out. It keeps every byte each client sent.
class ParityListener : public QTcpServer {
    Q_OBJECT
public:
    struct Connection {
        bool tls = false;           // the TLS handshake completed
        QList<QByteArray> requests; // each up to and including its empty line
    };

    // certificates: the folder tests/parity/tls/make-certs.sh filled.
    ParityListener(const QJsonObject &spec, const QString &certificates, QObject *parent = nullptr);
    ~ParityListener() override;

    // Listens on the spec's host (127.0.0.1 by default) and port (a free one by default).
    bool start(QString *error);
    QList<Connection> connections() const;

    // A request with the value of its Sec-WebSocket-Key, random on both sides, as "<random>":
    // what is compared of a recorded request.
    static QByteArray withoutKey(const QByteArray &request);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Session;
    void onReadyRead(Session *session);
    void serveRequest(Session *session);
    void answerProxy(Session *session, const QByteArray &request);
    void answerUpgrade(Session *session, const QByteArray &request);
    void startTls(Session *session);
    QSslConfiguration tlsConfiguration() const;

    QJsonObject m_spec;
    QString m_certificates;
    QList<Session *> m_sessions;
    QList<QTcpSocket *> m_fillers; // hold a full accept queue
};
