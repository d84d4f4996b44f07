// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EventRecorder.h"
#include "FreePort.h"
#include "ParityListener.h"
#include "Squid.h"
#include "TinyProxy.h"
#include "check/Validator.h"
#include "config/AsteriskUri.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"
#include "net/Connection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using wscm::Connection;
using wscm::ConnectionEvent;
using Kind = wscm::ConnectionEvent::Kind;

// Replays what a real Asterisk (git f0c1c1a7b7) was recorded doing in tests/parity/wire,
// tls and retry: the same websocket_client.conf, listeners that behave the same, and then
// wscm must send the same bytes (the random Sec-WebSocket-Key and the header order aside),
// to the same listeners, connect exactly when Asterisk connected, and report Asterisk's own
// warning line when the tries ran out.
class TestNetworkParity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wire_data() { cases(u"wire"_s); }
    void wire() { replay(Mode::Wire); }
    void tls_data() { cases(u"tls"_s); }
    void tls() { replay(Mode::Tls); }
    void retry_data() { cases(u"retry"_s); }
    void retry() { replay(Mode::Retry); }
    void retryWaitIsAsteriskArithmetic_data();
    void retryWaitIsAsteriskArithmetic();

private:
    enum class Mode { Wire, Tls, Retry };
    void cases(const QString &folder);
    void replay(Mode mode);

    QTemporaryDir m_certificates;
};

namespace {

QString parityDir(const QString &folder) {
    return QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/") + folder;
}

QJsonObject readJson(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A request as a comparable value: its first line, then its header lines sorted, with the
// value of Sec-WebSocket-Key (random on both sides) left out.
QStringList normalized(const QByteArray &request) {
    const QList<QByteArray> lines = ParityListener::withoutKey(request).split('\n');
    QStringList headers;
    for (qsizetype i = 1; i < lines.size(); ++i)
        headers << QString::fromLatin1(lines.at(i));
    headers.sort();
    return QStringList{QString::fromLatin1(lines.value(0))} + headers;
}

// The text after "res_websocket_client.c: " of Asterisk's warning, if it logged one.
QString asteriskWarning(const QJsonObject &recorded) {
    for (const QJsonValue &line : recorded.value(u"log"_s).toArray()) {
        const QString text = line.toString();
        const QString marker = u"WARNING res_websocket_client.c: "_s;
        if (text.startsWith(marker))
            return text.mid(marker.size());
    }
    return QString();
}

} // namespace

void TestNetworkParity::initTestCase() {
    QVERIFY(m_certificates.isValid());
    QProcess make;
    make.setProcessChannelMode(QProcess::MergedChannels);
    make.start(parityDir(u"tls"_s) + u"/make-certs.sh"_s, {m_certificates.path()});
    QVERIFY(make.waitForFinished(60000));
    QVERIFY2(make.exitCode() == 0, make.readAll().constData());
}

void TestNetworkParity::cases(const QString &folder) {
    QTest::addColumn<QString>("dir");
    const QDir root(parityDir(folder));
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(root.path()));
    for (const QString &name : names) {
        // Waits of minutes were recorded, not replayed: see retryWaitIsAsteriskArithmetic.
        if (readJson(root.filePath(name) + u"/recorded.json"_s).value(u"replay"_s).toBool(true))
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
}

void TestNetworkParity::replay(Mode mode) {
    QFETCH(QString, dir);
    const QJsonObject recorded = readJson(dir + u"/recorded.json"_s);
    QVERIFY(!recorded.isEmpty());
    QFile confFile(dir + u"/websocket_client.conf"_s);
    QVERIFY(confFile.open(QIODevice::ReadOnly));
    const QByteArray confTemplate = confFile.readAll();

    // Listeners first: their ports go into the configuration.
    QMap<QString, QString> placeholders{{u"@CERTS@"_s, m_certificates.path()}};
    std::map<QString, std::unique_ptr<ParityListener>> listeners;
    std::unique_ptr<Squid> squid;
    std::unique_ptr<TinyProxy> tinyproxy;
    const QJsonObject specs = recorded.value(u"listeners"_s).toObject();
    QString error;
    for (auto it = specs.begin(); it != specs.end(); ++it) {
        const QJsonObject spec = it.value().toObject();
        const QString role = spec.value(u"role"_s).toString();
        if (role == u"squid"_s || role == u"tinyproxy"_s)
            continue;
        auto listener = std::make_unique<ParityListener>(spec, m_certificates.path());
        if (!listener->start(&error)) {
            if (spec.value(u"port"_s).toInt() > 0 && spec.value(u"port"_s).toInt() < 1024)
                QSKIP(qPrintable(u"needs root to listen on the default port: %1"_s.arg(error)));
            QFAIL(qPrintable(error));
        }
        placeholders.insert(spec.value(u"placeholder"_s).toString(),
                            QString::number(listener->serverPort()));
        listeners[it.key()] = std::move(listener);
    }
    if (!placeholders.contains(u"@PORT@"_s)) // nothing listens at the URI's port
        placeholders.insert(u"@PORT@"_s, QString::number(FreePort::find()));
    for (auto it = specs.begin(); it != specs.end(); ++it) {
        const QJsonObject spec = it.value().toObject();
        const QString role = spec.value(u"role"_s).toString();
        if (role == u"squid"_s) {
            Squid::Options options;
            const QJsonObject users = spec.value(u"users"_s).toObject();
            for (auto user = users.begin(); user != users.end(); ++user)
                options.users.insert(user.key(), user.value().toString());
            options.withoutCredentials = spec.value(u"deny_without_credentials"_s).toInt(407);
            squid = std::make_unique<Squid>();
            QVERIFY2(squid->start(options, &error), qPrintable(error));
            placeholders.insert(u"@PROXYPORT@"_s, QString::number(squid->port()));
        } else if (role == u"tinyproxy"_s) {
            tinyproxy = std::make_unique<TinyProxy>();
            QVERIFY2(tinyproxy->start(placeholders.value(u"@PORT@"_s).toUShort(), QString(),
                                      QString(), &error),
                     qPrintable(error));
            placeholders.insert(u"@PROXYPORT@"_s, QString::number(tinyproxy->port()));
        }
    }
    const auto fill = [&placeholders](QString text) {
        for (auto it = placeholders.cbegin(); it != placeholders.cend(); ++it)
            text.replace(it.key(), it.value());
        return text;
    };

    // The configuration is read the way `wscm probe` reads it.
    QTemporaryDir configDir;
    const QString configPath = configDir.filePath(u"websocket_client.conf"_s);
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(fill(QString::fromUtf8(confTemplate)).toUtf8());
    config.close();
    wscm::ConfigSet set;
    QVERIFY2(set.load(configPath, 1 << 20, &error), qPrintable(error));
    const wscm::CheckResult check = wscm::Validator::check(wscm::ResolvedConfig::resolve(set));
    const wscm::ClientObject *object = check.object(u"c"_s);
    QVERIFY2(object, "no client object c");
    // Every recorded case is one where Asterisk created the client.
    QVERIFY2(object->valid, "Asterisk loaded client object c; wscm would not");
    wscm::ClientSettings settings = object->settings;

    Connection connection(settings);
    EventRecorder events(&connection);
    bool done = false;
    QObject::connect(
        &connection, &Connection::eventOccurred, &connection, [&](const ConnectionEvent &event) {
            // A persistent section's call ends with Asterisk's warning in a
            // Retrying event; stop before the next call begins.
            if (event.kind == Kind::Connected || event.kind == Kind::GaveUp ||
                (event.kind == Kind::Retrying && event.detail.contains(u"failed after"_s)))
                done = true;
        });
    connection.start();
    QVERIFY2(QTest::qWaitFor([&] { return done; }, 30000), qPrintable(events.transcript()));
    const bool connected = events.count(Kind::Connected) > 0;
    connection.stop();
    // Let the listeners see the close before their records are read.
    QTest::qWait(100);

    const QJsonObject result = recorded.value(u"result"_s).toObject();
    QCOMPARE(connected, result.value(u"connected"_s).toBool());

    const QString expectedWarning = fill(asteriskWarning(recorded));
    if (!expectedWarning.isEmpty()) {
        QString warning;
        for (const ConnectionEvent &event : events.events()) {
            if (event.detail.contains(u"failed after"_s))
                warning = event.detail;
        }
        // Asterisk prints the URI's password; wscm never does.
        QString masked = expectedWarning;
        // The errno text is what the last system call left. Waiting for an answer leaves
        // EAGAIN; an answer that was already there when Asterisk first read leaves the
        // connect's EINPROGRESS. wscm prints the first; both were recorded.
        if (!masked.contains(u"Allocation error"_s))
            masked.replace(u"(Operation now in progress)"_s,
                           u"(Resource temporarily unavailable)"_s);
        const wscm::AsteriskUri uri = wscm::AsteriskUri::parse(settings.uriText.toUtf8());
        if (const auto userInfo = uri.userInfo(); userInfo && userInfo->contains(':'))
            masked.replace(QString::fromUtf8(userInfo->mid(userInfo->indexOf(':') + 1)),
                           u"********"_s);
        if (mode == Mode::Tls) {
            // Asterisk's errno text after a failed TLS handshake is whatever the last system
            // call left, and changed from run to run: compare up to the result.
            const auto cut = [](const QString &line) {
                return line.left(line.indexOf(u"tries: "_s) + 7) +
                       line.mid(line.indexOf(u"tries: "_s) + 7)
                           .section(u" ("_s, 0, 0)
                           .section(u'.', 0, 0);
            };
            QCOMPARE(cut(warning), cut(masked));
        } else {
            QCOMPARE(warning, masked);
        }
    }

    // Every byte each listener got, per connection, in order.
    QMap<QString, QList<QJsonObject>> expected;
    for (const QJsonValue &value : recorded.value(u"connections"_s).toArray())
        expected[value.toObject().value(u"listener"_s).toString()].append(value.toObject());
    for (const auto &[name, listener] : listeners) {
        const QList<ParityListener::Connection> got = listener->connections();
        const QList<QJsonObject> want = expected.value(name);
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            const QJsonObject wanted = want.at(i);
            QStringList wantedRequests;
            for (const QJsonValue &r : wanted.value(u"requests"_s).toArray())
                wantedRequests << r.toString();
            if (mode == Mode::Tls) {
                // The server's view of the TLS handshake: Asterisk completes it before it
                // judges the certificate.
                QCOMPARE(got.at(i).tls, wanted.value(u"tls"_s).toBool());
                if (wantedRequests.value(0) == u"<TLS ClientHello>"_s)
                    continue;
            }
            QCOMPARE(got.at(i).requests.size(), wantedRequests.size());
            for (qsizetype r = 0; r < wantedRequests.size(); ++r)
                QCOMPARE(normalized(got.at(i).requests.at(r)),
                         normalized(fill(wantedRequests.at(r)).toLatin1()));
        }
    }
}

void TestNetworkParity::retryWaitIsAsteriskArithmetic_data() {
    QTest::addColumn<int>("interval");
    QTest::addColumn<qint64>("sleepUs");
    const QDir root(parityDir(u"retry"_s));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QJsonObject recorded = readJson(root.filePath(name) + u"/recorded.json"_s);
        if (!recorded.contains(u"sleep_us"_s))
            continue;
        QFile conf(root.filePath(name) + u"/websocket_client.conf"_s);
        QVERIFY(conf.open(QIODevice::ReadOnly));
        int interval = 0;
        for (const QByteArray &line : conf.readAll().split('\n')) {
            if (line.startsWith("reconnect_interval"))
                interval = line.mid(line.indexOf('=') + 1).trimmed().toInt();
        }
        QTest::newRow(qPrintable(name))
            << interval << qint64(recorded.value(u"sleep_us"_s).toDouble());
    }
}

// Asterisk sleeps usleep(reconnect_interval * 1000) in 32-bit unsigned arithmetic; the
// recorded sleeps (seen with strace) are what wscm waits, to the millisecond.
void TestNetworkParity::retryWaitIsAsteriskArithmetic() {
    QFETCH(int, interval);
    QFETCH(qint64, sleepUs);
    QCOMPARE(Connection::retryWaitMs(interval), sleepUs / 1000);
}

QTEST_GUILESS_MAIN(TestNetworkParity)
#include "TestNetworkParity.moc"
