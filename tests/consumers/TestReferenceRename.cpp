// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "check/Validator.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"
#include "consumers/ConsumerCheck.h"
#include "consumers/NeighbourFiles.h"
#include "consumers/ReferenceRename.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wscm;

// Renaming a client's references in ari.conf and extensions.conf: only the ids change, every
// other byte (comments, spacing, CRLF endings, other clients' ids, look-alikes) stays.
class TestReferenceRename : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

    // The neighbours of a websocket_client.conf holding [media] and [mediax], and what
    // ConsumerCheck finds in them.
    struct Loaded {
        NeighbourFiles neighbours;
        ConsumerResult consumers;
    };
    void load(Loaded &l, const QByteArray &ari, const QByteArray &extensions) {
        const QString clients =
            write("websocket_client.conf",
                  "[media]\ntype = websocket_client\nconnection_type = persistent\n"
                  "uri = ws://127.0.0.1:9/media\n\n"
                  "[mediax]\ntype = websocket_client\nconnection_type = per_call_config\n"
                  "uri = ws://127.0.0.1:9/x\n");
        write("ari.conf", ari);
        write("extensions.conf", extensions);
        ConfigSet set;
        QString error;
        QVERIFY(set.load(clients, 1 << 20, &error));
        const ResolvedConfig resolved = ResolvedConfig::resolve(set);
        l.neighbours.load(clients, {}, 1 << 20);
        QVERIFY(l.neighbours.ari.read && l.neighbours.dialplan.read);
        l.consumers =
            ConsumerCheck::check(Validator::check(resolved), &resolved, &l.neighbours.ari.resolved,
                                 &l.neighbours.dialplan.resolved);
    }

private slots:
    void onlyTheIdsChange() {
        const QByteArray ari = "; voice bot, uses [media]\r\n"
                               "[voicebot]\r\n"
                               "type = outbound_websocket\r\n"
                               "websocket_client_id =\tmedia   ; not mediax\r\n"
                               "apps = voicebot\r\n"
                               "local_ari_user = bot\r\n"
                               "[other]\r\ntype = outbound_websocket\r\n"
                               "websocket_client_id = mediax\r\napps = other\r\n"
                               "local_ari_user = bot\r\n"
                               "[bot]\r\ntype = user\r\npassword = s3cret\r\n";
        const QByteArray extensions =
            "[calls]\n"
            "exten => 1,1,Dial(WebSocket/media/c(ulaw)&websocket/media,30) ; WebSocket/media\n"
            "exten => 2,1,Dial(WebSocket/mediax)\n"
            "exten => 3,1,Dial(MyWebSocket/media)\n"
            "same => n,Dial(WebSocket/media)";
        Loaded l;
        load(l, ari, extensions);
        QList<ReferenceRename::FileEdit> edits;
        QString error;
        QVERIFY2(ReferenceRename::plan(l.neighbours, l.consumers, "media", "voice", &edits, &error),
                 qPrintable(error));
        QCOMPARE(edits.size(), 2);
        QCOMPARE(edits.at(0).file, m_dir.filePath("ari.conf"));
        QCOMPARE(edits.at(0).before, ari);
        QCOMPARE(edits.at(0).references, 1);
        QCOMPARE(edits.at(0).after, QByteArray(ari).replace("=\tmedia   ;", "=\tvoice   ;"));
        QCOMPARE(edits.at(1).file, m_dir.filePath("extensions.conf"));
        QCOMPARE(edits.at(1).references, 3);
        QCOMPARE(edits.at(1).after,
                 QByteArray("[calls]\n"
                            "exten => 1,1,Dial(WebSocket/voice/c(ulaw)&websocket/voice,30) ; "
                            "WebSocket/media\n"
                            "exten => 2,1,Dial(WebSocket/mediax)\n"
                            "exten => 3,1,Dial(MyWebSocket/media)\n"
                            "same => n,Dial(WebSocket/voice)"));
    }

    void anIncludedFileIsEditedWhereTheReferenceIs() {
        write("ari_owc.conf", "[voicebot]\ntype=outbound_websocket\nwebsocket_client_id=media\n"
                              "apps=voicebot\nlocal_ari_user=bot\n");
        Loaded l;
        load(l, "#include ari_owc.conf\n[bot]\ntype=user\npassword=x\n",
             "[calls]\nexten => 1,1,NoOp()\n");
        QList<ReferenceRename::FileEdit> edits;
        QString error;
        QVERIFY2(ReferenceRename::plan(l.neighbours, l.consumers, "media", "m2", &edits, &error),
                 qPrintable(error));
        QCOMPARE(edits.size(), 1);
        QVERIFY(edits.at(0).file.endsWith("ari_owc.conf"));
        QCOMPARE(edits.at(0).after,
                 QByteArray("[voicebot]\ntype=outbound_websocket\nwebsocket_client_id=m2\n"
                            "apps=voicebot\nlocal_ari_user=bot\n"));
    }

    void nothingUsesTheClient() {
        Loaded l;
        load(l, "[bot]\ntype=user\npassword=x\n", "[calls]\nexten => 1,1,Dial(WebSocket/mediax)\n");
        QList<ReferenceRename::FileEdit> edits;
        QString error;
        QVERIFY(ReferenceRename::plan(l.neighbours, l.consumers, "media", "m2", &edits, &error));
        QVERIFY(edits.isEmpty());
    }

    void aLineThatChangedIsRefusedNotGuessed() {
        const ClientUse use{
            ClientUse::Kind::Dialplan, "extensions.conf", 2, "calls", "WebSocket/media", "media"};
        QByteArray bytes = "[calls]\nexten => 1,1,Dial(WebSocket/other)\n";
        const QByteArray before = bytes;
        QString error;
        QVERIFY(!ReferenceRename::apply(bytes, {use}, "media", "m2", &error));
        QCOMPARE(bytes, before);
        QVERIFY2(error.contains("line 2"), qPrintable(error));
    }

    void anAriValueThatOnlyStartsWithTheIdIsNotIt() {
        const ClientUse use{ClientUse::Kind::Ari, "ari.conf", 1, "x", "", "media"};
        QByteArray bytes = "websocket_client_id = media2\n";
        QString error;
        QVERIFY(!ReferenceRename::apply(bytes, {use}, "media", "m2", &error));
        bytes = "websocket_client_id => media\n";
        QVERIFY2(ReferenceRename::apply(bytes, {use}, "media", "m2", &error), qPrintable(error));
        QCOMPARE(bytes, QByteArray("websocket_client_id => m2\n"));
    }
};

QTEST_GUILESS_MAIN(TestReferenceRename)
#include "TestReferenceRename.moc"
