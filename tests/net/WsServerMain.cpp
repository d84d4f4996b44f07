// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

// A plain WebSocket server on ADDRESS PORT, for tests that must run the server in another
// network namespace (ip netns exec). Prints "listening" once ready.
#include "LocalWebSocketServer.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    LocalWebSocketServer server;
    if (!server.listen(quint16(args.at(2).toUInt()), QSslConfiguration(), QHostAddress(args.at(1))))
        return 1;
    QTextStream(stdout) << "listening" << Qt::endl;
    return app.exec();
}
