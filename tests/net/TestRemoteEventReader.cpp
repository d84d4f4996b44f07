// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "net/RemoteEventReader.h"

#include <QTest>

using namespace wscm;
using Kind = RemoteEventReader::Output::Kind;

// The stream `wscm probe --json` sends back over SSH, read as bytes: RemoteProbe reads it
// with this over a real ssh session (TestRemoteProbe); here, what a hostile host may send.
class TestRemoteEventReader : public QObject {
    Q_OBJECT
private slots:
    void bannerHandshakeAndEvents();
    void nothingIsReadAfterARefusal();
    void passwordsFromTheHostAreHidden();
    void anOverlongLineIsDropped();
};

namespace {

const QByteArray pong =
    R"({"attempt":1,"cause":null,"detail":"","event":"pong","http_status":null,)"
    R"("rtt_ms":0.31,"section":"good","stage":null,"timings":{},)"
    R"("ts":"2026-12-08T02:37:30.251Z"})"
    "\n";

QList<RemoteEventReader::Output> readAll(RemoteEventReader &reader, const QByteArray &bytes) {
    reader.append(bytes);
    QList<RemoteEventReader::Output> outputs;
    RemoteEventReader::Output output;
    while (reader.next(&output))
        outputs << output;
    return outputs;
}

} // namespace

void TestRemoteEventReader::bannerHandshakeAndEvents() {
    RemoteEventReader reader;
    const auto outputs = readAll(reader, "Welcome to the PBX\nwscm-probe hello 1|wscm 0.1.0\n" +
                                             pong + "not an event\n" + pong);
    QCOMPARE(outputs.size(), 3);
    QCOMPARE(outputs.at(0).kind, Kind::Started);
    QCOMPARE(outputs.at(0).version, u"wscm 0.1.0");
    QCOMPARE(outputs.at(1).kind, Kind::Event);
    QCOMPARE(outputs.at(1).event.section, u"good");
    QCOMPARE(outputs.at(1).event.kind, ConnectionEvent::Kind::Pong);
    QCOMPARE(outputs.at(2).kind, Kind::Event);
    QVERIFY(reader.greeted());
}

// The host's script ends after a refusal; a host that goes on is not listened to.
void TestRemoteEventReader::nothingIsReadAfterARefusal() {
    RemoteEventReader missing;
    auto outputs = readAll(missing, "wscm-probe missing\nwscm-probe hello 1|wscm 0.1.0\n" + pong);
    QCOMPARE(outputs.size(), 1);
    QCOMPARE(outputs.at(0).kind, Kind::NotInstalled);
    RemoteEventReader other;
    outputs = readAll(other, "wscm-probe hello 2|wscm 9.0\nwscm-probe hello 1|wscm 0.1.0\n" + pong);
    QCOMPARE(outputs.size(), 1);
    QCOMPARE(outputs.at(0).kind, Kind::Incompatible);
    QCOMPARE(outputs.at(0).format, u"2");
    QCOMPARE(outputs.at(0).version, u"wscm 9.0");
    QVERIFY(!other.greeted());
}

// Another version's wscm, or a hostile one, may print a URI with its password.
void TestRemoteEventReader::passwordsFromTheHostAreHidden() {
    RemoteEventReader reader;
    QByteArray event = pong;
    event.replace(R"("detail":"")", R"("detail":"to ws://asterisk:hunter2@pbx/ws")");
    const auto outputs = readAll(reader, "wscm-probe hello 1|wscm http://u:hunter2@x/\n" + event);
    QCOMPARE(outputs.size(), 2);
    QVERIFY(!outputs.at(0).version.contains(u"hunter2"));
    QCOMPARE(outputs.at(1).event.detail, u"to ws://asterisk:********@pbx/ws");
    // Hidden in the whole line before it is cut into format and version (found by fuzzing:
    // the format began inside the URI and its password was shown).
    RemoteEventReader cut;
    const auto refused = readAll(cut, "wscm-probe o ws://a:hunter2@h re 0.1.0\n");
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).kind, Kind::Incompatible);
    QVERIFY(!refused.at(0).format.contains(u"hunter2"));
    QVERIFY(!refused.at(0).version.contains(u"hunter2"));
    QVERIFY(!RemoteEventReader::shown(QStringLiteral("ssh: ws://a:hunter2@h/ refused"))
                 .contains(u"hunter2"));
}

void TestRemoteEventReader::anOverlongLineIsDropped() {
    RemoteEventReader reader;
    QList<RemoteEventReader::Output> outputs = readAll(reader, "wscm-probe hello 1|wscm 0.1.0\n");
    // An endless line: never more than the limit held, and the next line still read.
    const QByteArray chunk(4096, 'y');
    for (qsizetype sent = 0; sent <= RemoteEventReader::MaxLineBytes; sent += chunk.size()) {
        outputs += readAll(reader, chunk);
        QVERIFY(reader.buffered() <= RemoteEventReader::MaxLineBytes);
    }
    outputs += readAll(reader, "\n" + pong);
    QCOMPARE(outputs.size(), 2);
    QCOMPARE(outputs.at(1).event.section, u"good");
}

QTEST_GUILESS_MAIN(TestRemoteEventReader)
#include "TestRemoteEventReader.moc"
