#include "FreePort.h"

#include <QTcpServer>

quint16 FreePort::find() {
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}
