// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "CliRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using CliRun::write;

// `wscm check` with the files that use the clients (ari.conf, extensions.conf), run as the
// built binary on real files.
class TestCheckNeighbours : public QObject {
    Q_OBJECT
private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // As text: the findings name files by QString paths.
    static Run wscm(const QStringList &args) {
        const CliRun::Run r = CliRun::wscm(args);
        return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
    }

    // An /etc/asterisk as admins write it: one client used by ARI, one by the dialplan, one
    // by nothing; an outbound websocket and a Dial() with a typo in the client id.
    static QString etcAsterisk(const QTemporaryDir &dir) {
        write(dir.path(), "ari.conf",
              "[general]\nenabled = yes\n\n[asterisk]\ntype = user\npassword = pw\n\n"
              "[voicebot]\ntype = outbound_websocket\nwebsocket_client_id = ari1\n"
              "apps = voicebot\nlocal_ari_user = asterisk\n\n"
              "[typo]\ntype = outbound_websocket\nwebsocket_client_id = ari2\n"
              "apps = other\nlocal_ari_user = asterisk\n");
        write(dir.path(), "extensions.conf",
              "[calls]\nexten => 1,1,Dial(WebSocket/media/c(ulaw))\n"
              "exten => 2,1,Dial(WebSocket/medai)\n");
        return write(dir.path(), "websocket_client.conf",
                     "[ari1]\ntype = websocket_client\nconnection_type = persistent\n"
                     "uri = ws://127.0.0.1:9/ari\n\n"
                     "[media]\ntype = websocket_client\nconnection_type = per_call_config\n"
                     "uri = ws://127.0.0.1:9/media\n\n"
                     "[spare]\ntype = websocket_client\nconnection_type = per_call_config\n"
                     "uri = ws://127.0.0.1:9/spare\n");
    }

private slots:
    void crossFileFindingsWithBothLines() {
        QTemporaryDir dir;
        const QString main = etcAsterisk(dir);
        const Run r = wscm({"check", main});
        QCOMPARE(r.exitCode, 1);
        const QString ari = dir.filePath("ari.conf"), ext = dir.filePath("extensions.conf");
        QVERIFY2(r.out.contains(ari + ":16: error: [typo] Outbound websocket invalid websocket "
                                      "client id 'ari2'"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(ext + ":3: error: [calls] WebSocket/medai: WebSocket client "
                                      "connection 'medai' not found"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(main + ":11: info: [spare] nothing in ari.conf or extensions.conf "
                                       "uses this client"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("read with it: " + ari + ", " + ext), qPrintable(r.out));
        QVERIFY2(r.out.contains("1 outbound websocket Asterisk would create, 1 would connect"),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains("[ari1]") && !r.out.contains("[media]"), qPrintable(r.out));
    }

    void noNeighboursChecksTheFileAlone() {
        QTemporaryDir dir;
        const Run r = wscm({"check", "--no-neighbours", etcAsterisk(dir)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains("ari.conf") && !r.out.contains("extensions.conf"),
                 qPrintable(r.out));
    }

    void asteriskDirReadsNeighboursElsewhere() {
        QTemporaryDir dir, elsewhere;
        const QString main = etcAsterisk(dir);
        const QString moved = write(elsewhere.path(), "websocket_client.conf", CliRun::read(main));
        QCOMPARE(wscm({"check", moved}).exitCode, 0); // no neighbours beside it
        const Run r = wscm({"check", "--asterisk-dir", dir.path(), moved});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(dir.filePath("ari.conf") + ":16: error:"), qPrintable(r.out));
    }

    void jsonCarriesUsedByAndDiagnostics() {
        QTemporaryDir dir;
        const Run r = wscm({"check", "--json", etcAsterisk(dir)});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QJsonObject ari1, spare;
        for (const QJsonValue &o : doc["objects"].toArray()) {
            if (o["name"] == "ari1")
                ari1 = o.toObject();
            if (o["name"] == "spare")
                spare = o.toObject();
        }
        const QJsonArray used = ari1["used_by"].toArray();
        QCOMPARE(used.size(), 1);
        QCOMPARE(used[0]["kind"].toString(), QStringLiteral("ari"));
        QCOMPARE(used[0]["file"].toString(), dir.filePath("ari.conf"));
        QCOMPARE(used[0]["line"].toInt(), 10);
        QCOMPARE(used[0]["name"].toString(), QStringLiteral("voicebot"));
        QVERIFY(spare["used_by"].toArray().isEmpty());
        bool dialError = false;
        for (const QJsonValue &d : doc["diagnostics"].toArray()) {
            dialError =
                dialError || (d["file"] == dir.filePath("extensions.conf") && d["line"] == 3 &&
                              d["severity"] == "error" && d["section"] == "calls");
        }
        QVERIFY2(dialError, qPrintable(r.out));
        QCOMPARE(doc["neighbours"].toArray().size(), 2);
        QCOMPARE(doc["outbound_websockets"].toArray().size(), 1);
        QCOMPARE(doc["outbound_websockets"][0]["status"].toString(), QStringLiteral("valid"));
    }

    void checkAriConfJudgesItWithTheClientsBesideIt() {
        QTemporaryDir dir;
        etcAsterisk(dir);
        const Run r = wscm({"check", dir.filePath("ari.conf")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(dir.filePath("ari.conf") + ":16: error: [typo]"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("read with it: " + dir.filePath("websocket_client.conf")),
                 qPrintable(r.out));
        write(dir.path(), "websocket_client.conf",
              "[ari1]\ntype = websocket_client\nuri = ws://127.0.0.1:9/ari\n"
              "[ari2]\ntype = websocket_client\nuri = ws://127.0.0.1:9/ari2\n");
        const Run fixed = wscm({"check", dir.filePath("ari.conf")});
        QCOMPARE(fixed.exitCode, 0);
        QVERIFY2(fixed.out.contains("2 outbound websockets Asterisk would create, 2 would connect"),
                 qPrintable(fixed.out));
    }

    void badNeighbourIsNamedAndSkipped() {
        QTemporaryDir dir;
        const QString main = etcAsterisk(dir);
        write(dir.path(), "extensions.conf",
              QByteArray("\x7f"
                         "ELF\0\0\0binary",
                         12));
        QDir(dir.path()).remove("ari.conf");
        QDir(dir.path()).mkdir("ari.conf");
        const Run r = wscm({"check", main});
        // The main file has no error: the exit code is unchanged by the neighbours.
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(dir.filePath("extensions.conf") + " not read: ") &&
                     r.err.contains("looks binary"),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(dir.filePath("ari.conf") + " not read: "), qPrintable(r.err));
        QVERIFY2(!r.out.contains("read with it"), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCheckNeighbours)
#include "TestCheckNeighbours.moc"
