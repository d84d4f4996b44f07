// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ParityListener.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

struct ParityListener::Session {
    QSslSocket *socket = nullptr;
    Connection record;
    QByteArray buffer;
    bool proxyDone = false; // the CONNECT was answered with 200: the server's part follows
    bool answered = false;
    bool inTlsHandshake = false; // a request can only follow a completed handshake
    QTimer headTimeout;
};

namespace {

QByteArray headerValue(const QByteArray &request, const QByteArray &name) {
    for (const QByteArray &line : request.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}

} // namespace

ParityListener::ParityListener(const QJsonObject &spec, const QString &certificates,
                               QObject *parent)
    : QTcpServer(parent)
    , m_spec(spec)
    , m_certificates(certificates) {}

ParityListener::~ParityListener() {
    for (Session *session : std::as_const(m_sessions)) {
        session->socket->disconnect(this);
        session->socket->abort();
        delete session->socket;
        delete session;
    }
    qDeleteAll(m_fillers);
}

bool ParityListener::start(QString *error) {
    const QHostAddress host(
        m_spec.value(QStringLiteral("host")).toString(QStringLiteral("127.0.0.1")));
    const auto port = quint16(m_spec.value(QStringLiteral("port")).toInt(0));
    const bool full = m_spec.value(QStringLiteral("backlog_full")).toBool();
    if (full)
        setListenBacklogSize(0);
    if (!listen(host, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(host.toString())
                     .arg(port)
                     .arg(errorString());
        return false;
    }
    if (full) {
        // Never accept, and fill the queue: the kernel then drops further SYNs.
        pauseAccepting();
        for (int i = 0; i < 3; ++i) {
            auto *filler = new QTcpSocket;
            filler->connectToHost(host, serverPort());
            m_fillers.append(filler);
        }
        QTest::qWait(300);
    }
    return true;
}

QByteArray ParityListener::withoutKey(const QByteArray &request) {
    static const QByteArray name = QByteArrayLiteral("\r\nSec-WebSocket-Key: ");
    const qsizetype at = request.indexOf(name);
    if (at < 0)
        return request;
    const qsizetype from = at + name.size();
    const qsizetype end = request.indexOf("\r\n", from);
    return request.left(from) + "<random>" + request.mid(end < 0 ? request.size() : end);
}

QList<ParityListener::Connection> ParityListener::connections() const {
    QList<Connection> all;
    for (const Session *session : m_sessions)
        all.append(session->record);
    return all;
}

QSslConfiguration ParityListener::tlsConfiguration() const {
    const QString name = m_spec.value(QStringLiteral("cert")).toString(QStringLiteral("good"));
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    QFile certFile(m_certificates + QLatin1Char('/') + name + QStringLiteral(".crt"));
    QFile keyFile(m_certificates + QLatin1Char('/') + name + QStringLiteral(".key"));
    if (certFile.open(QIODevice::ReadOnly))
        conf.setLocalCertificate(QSslCertificate(certFile.readAll()));
    if (keyFile.open(QIODevice::ReadOnly))
        conf.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    if (m_spec.value(QStringLiteral("max_tls")).toString() == QStringLiteral("1.2"))
        conf.setProtocol(QSsl::TlsV1_2);
    if (m_spec.value(QStringLiteral("require_client_cert")).toBool()) {
        conf.setCaCertificates(
            QSslCertificate::fromPath(m_certificates + QStringLiteral("/ca.crt")));
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    return conf;
}

void ParityListener::incomingConnection(qintptr descriptor) {
    auto *session = new Session;
    session->socket = new QSslSocket;
    session->socket->setSocketDescriptor(descriptor);
    session->headTimeout.setSingleShot(true);
    m_sessions.append(session);
    connect(session->socket, &QIODevice::readyRead, this,
            [this, session] { onReadyRead(session); });
    // A client that leaves before its head is complete sent this much (maybe nothing).
    connect(session->socket, &QAbstractSocket::disconnected, this, [session] {
        session->headTimeout.stop();
        if (session->answered || session->inTlsHandshake)
            return;
        session->answered = true;
        session->record.requests.append(session->buffer);
        session->buffer.clear();
    });
    // A client that sends something other than HTTP (a TLS hello to a plain server) never
    // ends its head; after a while it is answered anyway, as the recorder did.
    connect(&session->headTimeout, &QTimer::timeout, this, [this, session] {
        if (!session->answered)
            serveRequest(session);
    });
    const bool proxy = m_spec.value(QStringLiteral("role")).toString() == QStringLiteral("proxy");
    if (!proxy && m_spec.value(QStringLiteral("tls")).toBool())
        startTls(session);
    else
        session->headTimeout.start(1000);
}

void ParityListener::startTls(Session *session) {
    QSslSocket *socket = session->socket;
    socket->setSslConfiguration(tlsConfiguration());
    session->inTlsHandshake = true;
    connect(socket, &QSslSocket::encrypted, this, [session] {
        session->inTlsHandshake = false;
        session->record.tls = true;
        session->headTimeout.start(1000);
    });
    socket->startServerEncryption();
}

void ParityListener::onReadyRead(Session *session) {
    session->buffer += session->socket->readAll();
    if (!session->answered && session->buffer.contains("\r\n\r\n"))
        serveRequest(session);
}

void ParityListener::serveRequest(Session *session) {
    session->headTimeout.stop();
    const qsizetype end = session->buffer.indexOf("\r\n\r\n");
    const QByteArray request = end < 0 ? session->buffer : session->buffer.left(end + 4);
    session->buffer.remove(0, request.size());
    session->record.requests.append(request);
    const bool proxy = m_spec.value(QStringLiteral("role")).toString() == QStringLiteral("proxy");
    if (proxy && !session->proxyDone)
        return answerProxy(session, request);
    answerUpgrade(session, request);
}

void ParityListener::answerProxy(Session *session, const QByteArray &request) {
    QString answer = m_spec.value(QStringLiteral("proxy_answer")).toString(QStringLiteral("200"));
    if (answer == QStringLiteral("needs_auth"))
        answer = headerValue(request, "Proxy-Authorization").isEmpty()
                     ? QStringLiteral("HTTP/1.1 403 Forbidden\r\n\r\n")
                     : QStringLiteral("200");
    QSslSocket *socket = session->socket;
    if (answer != QStringLiteral("200")) {
        session->answered = true;
        socket->write(answer.toUtf8());
        socket->disconnectFromHost();
        return;
    }
    session->proxyDone = true;
    socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
    if (m_spec.value(QStringLiteral("tls")).toBool())
        startTls(session);
    else
        session->headTimeout.start(1000);
}

void ParityListener::answerUpgrade(Session *session, const QByteArray &request) {
    session->answered = true;
    QSslSocket *socket = session->socket;
    const QJsonValue answer = m_spec.value(QStringLiteral("answer"));
    if (answer.isUndefined()) {
        const QByteArray key = headerValue(request, "Sec-WebSocket-Key");
        const QByteArray accept =
            QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                     QCryptographicHash::Sha1)
                .toBase64();
        QByteArray out = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                         accept + "\r\n";
        QByteArray protocol = m_spec.value(QStringLiteral("protocol_answer")).toString().toUtf8();
        if (protocol.isEmpty())
            protocol = headerValue(request, "Sec-WebSocket-Protocol").split(',').first().trimmed();
        if (!protocol.isEmpty())
            out += "Sec-WebSocket-Protocol: " + protocol + "\r\n";
        socket->write(out + "\r\n");
        return; // the client closes
    }
    if (answer.isString() && answer.toString() == QStringLiteral("silent")) {
        const int ms = int(m_spec.value(QStringLiteral("silent_s")).toDouble(2.5) * 1000);
        QTimer::singleShot(ms, socket, [socket] { socket->disconnectFromHost(); });
        return;
    }
    if (answer.isString())
        socket->write(answer.toString().toUtf8());
    socket->disconnectFromHost();
}
