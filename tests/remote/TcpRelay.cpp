// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "TcpRelay.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

TcpRelay::TcpRelay(quint16 targetPort, QObject *parent)
    : QThread(parent)
    , m_targetPort(targetPort) {}

TcpRelay::~TcpRelay() {
    quit();
    wait();
}

bool TcpRelay::listen() {
    start();
    while (!m_ready)
        QThread::msleep(5);
    return m_port != 0;
}

void TcpRelay::run() {
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    m_port = server.serverPort();
    m_ready = true;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket *client = server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            auto *sent = new qint64(0);
            QObject::connect(client, &QObject::destroyed, [sent] { delete sent; });
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
            const auto forward = [this, client, upstream, sent] {
                if (upstream->state() != QAbstractSocket::ConnectedState)
                    return;
                const QByteArray bytes = client->readAll();
                *sent += bytes.size();
                const qint64 limit = m_cutAfter;
                if (limit >= 0 && *sent > limit) {
                    m_cut = true;
                    upstream->abort();
                    client->abort();
                    return;
                }
                upstream->write(bytes);
            };
            QObject::connect(client, &QTcpSocket::readyRead, client, forward);
            QObject::connect(upstream, &QTcpSocket::connected, client, forward);
            QObject::connect(upstream, &QTcpSocket::readyRead, client,
                             [client, upstream] { client->write(upstream->readAll()); });
            QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                upstream->disconnectFromHost();
                client->deleteLater();
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client,
                             [client] { client->disconnectFromHost(); });
        }
    });
    // Polled, because the relay's sockets belong to this thread.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &server, [this, &server] {
        if (!m_cutNow.exchange(false))
            return;
        for (QTcpSocket *socket : server.findChildren<QTcpSocket *>()) {
            m_cut = true;
            socket->abort();
        }
    });
    poll.start(20);
    exec();
}
