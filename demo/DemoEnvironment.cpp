// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "DemoEnvironment.h"

#include "DemoProxy.h"
#include "EchoWebSocketServer.h"
#include "FaultyWebSocketServer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

// Q_INIT_RESOURCE must be called from the global namespace.
static void initDemoResources() {
    Q_INIT_RESOURCE(demo);
}

namespace wscm {

namespace {

const QString caFileName = QStringLiteral("demo-only-ca.crt");
const QString configFileName = QStringLiteral("websocket_client.conf");

QByteArray resource(const QString &name) {
    QFile file(QStringLiteral(":/demo/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSslConfiguration serverTls() {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(
        QSslCertificate::fromData(resource(QStringLiteral("demo-only-server.crt"))));
    tls.setPrivateKey(QSslKey(resource(QStringLiteral("demo-only-server.key")), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

} // namespace

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
    , m_dir(QDir::temp().filePath(QStringLiteral("wscm-demo-XXXXXX"))) {
    initDemoResources();
}

DemoEnvironment::~DemoEnvironment() {
    // squid writes its log into the folder, so it stops before m_dir removes the folder;
    // the in-process servers are children and close with this object.
    delete m_proxy;
}

QString DemoEnvironment::configPath() const {
    return m_dir.filePath(configFileName);
}

bool DemoEnvironment::start(QString *error) {
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    // Asterisk reads certificates from files, so the CA the config trusts is copied out of
    // the binary; the server's own certificate and key are used straight from it.
    if (!writeFile(caFileName, resource(caFileName), error) || !startServers(error))
        return false;
    const QByteArray config = configText();
    const QRegularExpression unfilled(QStringLiteral("@[A-Z_]+@"));
    if (const auto match = unfilled.match(QString::fromUtf8(config)); match.hasMatch()) {
        *error = QStringLiteral("the demo template has no value for %1").arg(match.captured());
        return false;
    }
    return writeFile(configFileName, config, error);
}

bool DemoEnvironment::writeFile(const QString &name, const QByteArray &bytes,
                                QString *error) const {
    QFile file(m_dir.filePath(name));
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

bool DemoEnvironment::startServers(QString *error) {
    m_plain = new EchoWebSocketServer(this);
    m_tls = new EchoWebSocketServer(this);
    m_silent = new FaultyWebSocketServer(FaultyWebSocketServer::Fault::IgnoresPings, this);
    m_refusing = new FaultyWebSocketServer(FaultyWebSocketServer::Fault::RefusesUpgrade, this);
    if (!m_plain->listen(QSslConfiguration(), error) || !m_tls->listen(serverTls(), error) ||
        !m_silent->listen(error) || !m_refusing->listen(error))
        return false;
    if (m_proxyWanted && DemoProxy::isAvailable()) {
        m_proxy = new DemoProxy(this);
        if (!m_proxy->start(m_dir.path(), m_tls->port(), error))
            return false;
    }
    return true;
}

QByteArray DemoEnvironment::configText() const {
    QString text = QString::fromUtf8(resource(QStringLiteral("websocket_client.conf.in")));
    // The proxy section sits between two marker lines: kept without them when a proxy runs,
    // dropped with them otherwise.
    const QRegularExpression proxyBlock(QStringLiteral(";@proxy-begin@\n(.*);@proxy-end@\n"),
                                        QRegularExpression::DotMatchesEverythingOption);
    text.replace(proxyBlock, m_proxy ? QStringLiteral("\\1") : QString());
    text.replace(QStringLiteral("@PLAIN_PORT@"), QString::number(m_plain->port()))
        .replace(QStringLiteral("@TLS_PORT@"), QString::number(m_tls->port()))
        .replace(QStringLiteral("@SILENT_PORT@"), QString::number(m_silent->port()))
        .replace(QStringLiteral("@REFUSE_PORT@"), QString::number(m_refusing->port()))
        .replace(QStringLiteral("@CA_FILE@"), m_dir.filePath(caFileName));
    if (m_proxy)
        text.replace(QStringLiteral("@PROXY_PORT@"), QString::number(m_proxy->port()));
    return text.toUtf8();
}

} // namespace wscm
