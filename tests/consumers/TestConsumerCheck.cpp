// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "check/Validator.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"
#include "consumers/ConsumerCheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wscm;

// ConsumerCheck on real files: the findings wscm adds where Asterisk says nothing at check
// time (persisting v() parameters, unused clients, ids no dial string can name) and the dial
// strings it must leave alone.
class TestConsumerCheck : public QObject {
    Q_OBJECT
private:
    struct Checked {
        ConfigSet wscSet, extSet, ariSet;
        ResolvedConfig wsc, ext, ari;
        CheckResult clients;
        ConsumerResult result;
        QStringList texts() const {
            QStringList out;
            for (const Diagnostic &d : result.diagnostics)
                out.append(d.toText());
            return out;
        }
    };

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

    void check(Checked &c, const QByteArray &extensions, const QByteArray &ari = {}) {
        QString error;
        static const QByteArray clients =
            "[media]\ntype = websocket_client\nconnection_type = per_call_config\n"
            "uri = ws://127.0.0.1:9/media\n\n"
            "[a/b]\ntype = websocket_client\nconnection_type = per_call_config\n"
            "uri = ws://127.0.0.1:9/ab\n";
        QVERIFY(c.wscSet.load(write("websocket_client.conf", clients), 1 << 20, &error));
        QVERIFY(c.extSet.load(write("extensions.conf", extensions), 1 << 20, &error));
        c.wsc = ResolvedConfig::resolve(c.wscSet);
        c.ext = ResolvedConfig::resolve(c.extSet);
        c.clients = Validator::check(c.wsc);
        const ResolvedConfig *ariConfig = nullptr;
        if (!ari.isEmpty()) {
            QVERIFY(c.ariSet.load(write("ari.conf", ari), 1 << 20, &error));
            c.ari = ResolvedConfig::resolve(c.ariSet);
            ariConfig = &c.ari;
        }
        c.result = ConsumerCheck::check(c.clients, &c.wsc, ariConfig, &c.ext);
    }

private slots:
    void persistingParametersAreWarnedAbout() {
        Checked c;
        check(c, "[calls]\nexten => 1,1,Dial(WebSocket/media/v(call=1))\n"
                 "exten => 2,1,Dial(WebSocket/media)\n");
        const QString ext = m_dir.filePath("extensions.conf");
        QVERIFY2(c.texts().contains(ext +
                                    ":2: warning: [calls] WebSocket/media/v(call=1): the "
                                    "v() parameters are written into the shared client "
                                    "'media': its other users (" +
                                    ext + ":3) send them too until the file is reloaded"),
                 qPrintable(c.texts().join('\n')));
    }

    void parametersOnAClientNobodyElseUsesAreFine() {
        Checked c;
        check(c, "[calls]\nexten => 1,1,Dial(WebSocket/media/v(call=1))\n");
        for (const Diagnostic &d : c.result.diagnostics)
            QVERIFY2(d.section == "a/b", qPrintable(d.toText()));
    }

    void clientsNothingUsesAreInfo() {
        Checked c;
        check(c, "[calls]\nexten => 1,1,NoOp()\n");
        const QString wsc = m_dir.filePath("websocket_client.conf");
        QVERIFY2(c.texts().contains(wsc + ":1: info: [media] nothing in ari.conf or "
                                          "extensions.conf uses this client (ARI externalMedia "
                                          "may still name it at run time)"),
                 qPrintable(c.texts().join('\n')));
        QVERIFY2(c.texts().contains(wsc + ":6: warning: [a/b] an id holding '/' can never be "
                                          "dialled: chan_websocket takes the id up to the "
                                          "first '/'"),
                 qPrintable(c.texts().join('\n')));
    }

    void runtimeAndIncomingIdsAreLeftAlone() {
        Checked c;
        check(c, "[calls]\nexten => 1,1,Dial(WebSocket/${TARGET})\n"
                 "exten => 2,1,Dial(WebSocket/INCOMING/n)\n"
                 "exten => 3,1,Set(X=notWebSocket/nosuch)\n");
        for (const Diagnostic &d : c.result.diagnostics)
            QVERIFY2(d.file.endsWith("websocket_client.conf"), qPrintable(d.toText()));
        QVERIFY(c.result.uses.isEmpty());
    }

    void usedByListsEveryUseInFileOrder() {
        Checked c;
        check(c,
              "[calls]\nexten => 1,1,Dial(WebSocket/media/c(ulaw)&WebSocket/media/n,30)\n"
              " same => n,Hangup()\n",
              "[general]\n[u]\ntype = user\npassword = p\n[bot]\ntype = outbound_websocket\n"
              "websocket_client_id = media\napps = bot\nlocal_ari_user = u\n");
        const QList<ClientUse> uses = c.result.usedBy("media");
        QCOMPARE(uses.size(), 3);
        QCOMPARE(uses[0].kind, ClientUse::Kind::Ari);
        QCOMPARE(uses[0].name, QStringLiteral("bot"));
        QCOMPARE(uses[0].line, 7);
        QCOMPARE(uses[1].kind, ClientUse::Kind::Dialplan);
        QCOMPARE(uses[1].text, QStringLiteral("WebSocket/media/c(ulaw)"));
        QCOMPARE(uses[2].text, QStringLiteral("WebSocket/media/n"));
        QCOMPARE(uses[2].line, 2);
        QCOMPARE(c.result.outboundWebsockets.size(), 1);
        QCOMPARE(c.result.outboundWebsockets[0].status, OutboundWebsocket::Status::Valid);
    }
};

QTEST_GUILESS_MAIN(TestConsumerCheck)
#include "TestConsumerCheck.moc"
