// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ParityListener.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Replays what a real Asterisk (git f0c1c1a7b7) was recorded doing when the dialplan dialled
// WebSocket/<id>/<options> (tests/parity/dial): `wscm probe FILE --dial STRING` must send the
// request Asterisk sent for that dial string, byte for byte but the random Sec-WebSocket-Key,
// or refuse it with the words Asterisk logged and exit code 1 when Asterisk failed the call.
class TestDialParity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dial_data();
    void dial();
};

namespace {

const QString casesDir = QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/dial");

QJsonObject readJson(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool setsParameters(const QString &dial) {
    static const QRegularExpression nonEmptyV(u"v\\([^)]"_s);
    return nonEmptyV.match(dial).hasMatch();
}

// A log line's message: without "LEVEL file.c: " and the channel's name.
QString message(QString line) {
    line = line.section(u".c: "_s, 1);
    return line.startsWith(u"@CHANNEL@: "_s) ? line.mid(11) : line;
}

} // namespace

void TestDialParity::dial_data() {
    QTest::addColumn<QString>("dir");
    QTest::addColumn<int>("index");
    const QDir root(casesDir);
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(names.size() >= 8, qPrintable(root.path()));
    for (const QString &name : names) {
        const QJsonArray dials =
            readJson(root.filePath(name) + u"/recorded.json"_s).value(u"dials"_s).toArray();
        QVERIFY2(!dials.isEmpty(), qPrintable(name));
        // A dial without parameters of its own after one with them sends the earlier ones
        // (Asterisk writes them into the shared client): recorded, not replayed, as a probe
        // is one call.
        bool earlierParameters = false;
        for (qsizetype i = 0; i < dials.size(); ++i) {
            const QString dial = dials.at(i).toString();
            if (!earlierParameters || setsParameters(dial))
                QTest::addRow("%s/%lld", qPrintable(name), qlonglong(i))
                    << root.filePath(name) << int(i);
            earlierParameters = earlierParameters || setsParameters(dial);
        }
    }
}

void TestDialParity::dial() {
    QFETCH(QString, dir);
    QFETCH(int, index);
    const QJsonObject recorded = readJson(dir + u"/recorded.json"_s);
    const QJsonArray dials = recorded.value(u"dials"_s).toArray();
    const QJsonArray connections = recorded.value(u"connections"_s).toArray();
    const QString dial = dials.at(index).toString();
    // Every recorded case connected on every dial or on none.
    const bool connects = connections.size() == dials.size();
    QVERIFY2(connects || connections.isEmpty(), "a case mixes connected and refused dials");

    ParityListener server(recorded.value(u"listeners"_s).toObject().value(u"server"_s).toObject(),
                          QString());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QFile confTemplate(dir + u"/websocket_client.conf"_s);
    QVERIFY(confTemplate.open(QIODevice::ReadOnly));
    QTemporaryDir configDir;
    const QString configPath = configDir.filePath(u"websocket_client.conf"_s);
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(confTemplate.readAll().replace("@PORT@", QByteArray::number(server.serverPort())));
    config.close();

    QProcess wscm;
    wscm.start(QStringLiteral(WSCM_BINARY),
               {u"probe"_s, configPath, u"--dial"_s, dial, u"--once"_s});
    QVERIFY(QTest::qWaitFor([&] { return wscm.state() == QProcess::NotRunning; }, 30000));
    const QString out = QString::fromUtf8(wscm.readAllStandardError());
    QTest::qWait(100); // the listener sees the close

    if (connects) {
        QCOMPARE(wscm.exitCode(), 0);
        const QList<ParityListener::Connection> got = server.connections();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().requests.size(), 1);
        const QByteArray wanted = connections.at(index)
                                      .toObject()
                                      .value(u"requests"_s)
                                      .toArray()
                                      .at(0)
                                      .toString()
                                      .replace(u"@PORT@"_s, QString::number(server.serverPort()))
                                      .toLatin1();
        QCOMPARE(ParityListener::withoutKey(got.first().requests.first()),
                 ParityListener::withoutKey(wanted));
        return;
    }
    QCOMPARE(wscm.exitCode(), 1);
    QVERIFY(server.connections().isEmpty());
    // What wscm says of the dial string is what Asterisk logged of it, each line, and the
    // reason the call fails is among them.
    QStringList logged;
    for (const QJsonValue &line : recorded.value(u"log"_s).toArray())
        logged << message(line.toString());
    const QString prefix = u"wscm probe: "_s + dial + u": "_s;
    int said = 0;
    for (const QString &line : out.split(u'\n')) {
        if (!line.startsWith(prefix))
            continue;
        const QString text = line.mid(prefix.size());
        const bool asAsterisk = std::any_of(logged.cbegin(), logged.cend(),
                                            [&](const QString &l) { return text.startsWith(l); });
        QVERIFY2(asAsterisk,
                 qPrintable(text + u"\nnot among what Asterisk logged:\n"_s + logged.join(u'\n')));
        ++said;
    }
    QVERIFY2(said > 0, qPrintable(out));
}

QTEST_GUILESS_MAIN(TestDialParity)
#include "TestDialParity.moc"
