// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "check/Validator.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"
#include "consumers/ConsumerCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace wscm;

namespace {

constexpr qint64 maxBytes = 16 * 1024 * 1024;

struct Loaded {
    ConfigSet set;
    ResolvedConfig resolved;
    bool present = false;
};

void load(const QString &path, Loaded &out) {
    QString error;
    out.present = QFileInfo::exists(path) && out.set.load(path, maxBytes, &error);
    if (out.present)
        out.resolved = ResolvedConfig::resolve(out.set);
}

QString fileName(const QString &path) {
    return QFileInfo(path).fileName();
}

// The place of extension `exten`'s first priority in the dialplan: "exten => N,1,...".
QPair<QString, int> extensionPlace(const ResolvedConfig &dialplan, const QString &exten) {
    for (const ResolvedConfig::Category &c : dialplan.categories()) {
        for (const ResolvedConfig::Variable &v : c.variables) {
            if (dialplan.name(v) == QByteArrayView("exten") &&
                dialplan.value(v).startsWith((exten + QStringLiteral(",1,")).toUtf8()))
                return {dialplan.file(v.file), v.line + 1};
        }
    }
    return {};
}

} // namespace

// Replays every consumer case recorded from a real Asterisk (tests/parity/consumers, see
// docs/ASTERISK-PARITY.md "Consumers"): ari.conf's outbound websockets must be created,
// refused and marked INVALID exactly as Asterisk did, every ARI complaint Asterisk logged must
// be a wscm error about that section and every wscm error one Asterisk logged, and a dial
// string must be an error exactly when the recorded call failed.
class TestConsumerParity : public QObject {
    Q_OBJECT
private slots:
    void replay_data() {
        QTest::addColumn<QString>("folder");
        const QDir dir(QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/consumers"));
        const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (names.size() < 40)
            qFatal("only %lld recorded consumer cases found in %s", qlonglong(names.size()),
                   qPrintable(dir.path()));
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void replay() {
        QFETCH(QString, folder);
        QFile file(QDir(folder).filePath(QStringLiteral("expected.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY2(expected.contains(QStringLiteral("outbound_websockets")),
                 "not recorded: run tests/parity/consumers/record.py");

        Loaded wsc, ari, ext;
        load(QDir(folder).filePath(QStringLiteral("websocket_client.conf")), wsc);
        load(QDir(folder).filePath(QStringLiteral("ari.conf")), ari);
        load(QDir(folder).filePath(QStringLiteral("extensions.conf")), ext);
        const CheckResult clients = wsc.present ? Validator::check(wsc.resolved) : CheckResult();
        const ConsumerResult r = ConsumerCheck::check(
            clients, wsc.present ? &wsc.resolved : nullptr, ari.present ? &ari.resolved : nullptr,
            ext.present ? &ext.resolved : nullptr);
        QStringList findings;
        for (const Diagnostic &d : r.diagnostics)
            findings.append(d.toText());
        const QString context = expected.value(QStringLiteral("description")).toString() +
                                QStringLiteral("\nwscm: ") + findings.join(QStringLiteral("\n  "));

        // 1. The outbound websockets Asterisk listed, with their status and subscribe_all.
        QStringList recorded, ours;
        for (const QJsonValue &o :
             expected.value(QStringLiteral("outbound_websockets")).toArray()) {
            const QJsonArray detail = o[QStringLiteral("detail")].toArray();
            bool subscribeAll = false;
            for (const QJsonValue &line : detail)
                subscribeAll =
                    subscribeAll || (line.toString().startsWith(QStringLiteral("subscribe_all")) &&
                                     line.toString().endsWith(QStringLiteral("Yes")));
            recorded.append(QStringLiteral("%1 %2 subscribe_all=%3")
                                .arg(o[QStringLiteral("name")].toString(),
                                     o[QStringLiteral("status")].toString())
                                .arg(subscribeAll));
        }
        for (const OutboundWebsocket &o : r.outboundWebsockets) {
            ours.append(
                QStringLiteral("%1 %2 subscribe_all=%3")
                    .arg(QString::fromUtf8(o.id), o.status == OutboundWebsocket::Status::Valid
                                                      ? QStringLiteral("valid")
                                                      : QStringLiteral("INVALID"))
                    .arg(o.subscribeAll));
            // ...each used by its client.
            bool listed = false;
            for (const ClientUse &u : r.usedBy(o.client))
                listed =
                    listed || (u.kind == ClientUse::Kind::Ari && u.name == QString::fromUtf8(o.id));
            QVERIFY2(listed, qPrintable(context));
        }
        recorded.sort();
        ours.sort();
        QVERIFY2(ours == recorded,
                 qPrintable(context + QStringLiteral("\nrecorded: ") +
                            recorded.join(QStringLiteral("; ")) + QStringLiteral("\nwscm: ") +
                            ours.join(QStringLiteral("; "))));

        // 2. Every ARI complaint Asterisk logged is a wscm error about that section, and every
        // wscm error in ari.conf is about a section Asterisk complained about.
        static const QRegularExpression prefix(QStringLiteral("^([^:' ]+): Outbound websocket"));
        static const QRegularExpression withId(
            QStringLiteral("of type '(outbound_websocket|user)' with id '([^']*)'"));
        static const QRegularExpression duplicate(
            QStringLiteral("duplicate object: '([^']*)' of type '(outbound_websocket|user)'"));
        static const QRegularExpression userPrefix(QStringLiteral("^([^:' ]+): User missing"));
        QSet<QString> complained;
        for (const QJsonValue &l : expected.value(QStringLiteral("log")).toArray()) {
            const QString message = l[QStringLiteral("message")].toString();
            QString section;
            if (const auto m = prefix.match(message); m.hasMatch())
                section = m.captured(1);
            else if (const auto m = withId.match(message); m.hasMatch())
                section = m.captured(2);
            else if (const auto m = duplicate.match(message); m.hasMatch())
                section = m.captured(1);
            else if (const auto m = userPrefix.match(message); m.hasMatch())
                section = m.captured(1);
            if (section.isEmpty())
                continue;
            complained.insert(section);
            const bool found =
                std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(), [&](const Diagnostic &d) {
                    return d.isError() && d.section == section;
                });
            QVERIFY2(found,
                     qPrintable(context + QStringLiteral("\nno wscm error for: ") + message));
        }
        for (const Diagnostic &d : r.diagnostics) {
            if (d.isError() && fileName(d.file).startsWith(QStringLiteral("ari")))
                QVERIFY2(complained.contains(d.section),
                         qPrintable(context + QStringLiteral("\nAsterisk said nothing about: ") +
                                    d.toText()));
        }

        // 3. A dial string is an error exactly when its recorded call failed, and an ignored
        // option a warning.
        for (const QJsonValue &dial : expected.value(QStringLiteral("dial_results")).toArray()) {
            const QString exten = dial[QStringLiteral("exten")].toString();
            bool failed = false, ignoredOption = false;
            for (const QJsonValue &l : dial[QStringLiteral("log")].toArray()) {
                const QString level = l[QStringLiteral("level")].toString();
                const QString message = l[QStringLiteral("message")].toString();
                failed = failed || level == QStringLiteral("ERROR") ||
                         message.startsWith(QStringLiteral("Unable to create channel")) ||
                         message.startsWith(QStringLiteral("Dial argument takes format"));
                ignoredOption =
                    ignoredOption || message.startsWith(QStringLiteral("Unrecognized option: "));
            }
            const auto place = extensionPlace(ext.resolved, exten);
            QVERIFY2(place.second > 0, qPrintable(context));
            const auto at = [&](bool error) {
                return std::any_of(
                    r.diagnostics.cbegin(), r.diagnostics.cend(), [&](const Diagnostic &d) {
                        return d.file == place.first && d.line == place.second &&
                               d.isError() == error && d.severity != Diagnostic::Severity::Info;
                    });
            };
            QVERIFY2(at(true) == failed,
                     qPrintable(context + QStringLiteral("\nextension %1: recorded %2")
                                              .arg(exten, failed ? QStringLiteral("a failed call")
                                                                 : QStringLiteral("no failure"))));
            QVERIFY2(at(false) == ignoredOption, qPrintable(context));
        }

        // 4. Sections Asterisk silently ignored (nothing listed, nothing logged) are warned about.
        const auto sectionsTyped = [](const Loaded &l, const char *type) {
            QStringList names;
            for (const ResolvedConfig::Category &c : l.resolved.categories()) {
                const ResolvedConfig::Variable *t = l.resolved.firstVariable(c, "type");
                if (!c.isTemplate && t &&
                    l.resolved.value(*t).compare(type, Qt::CaseInsensitive) == 0)
                    names.append(QString::fromUtf8(c.name));
            }
            return names;
        };
        QStringList listed;
        for (const QJsonValue &o : expected.value(QStringLiteral("outbound_websockets")).toArray())
            listed.append(o[QStringLiteral("name")].toString());
        for (const Loaded *l : {&ari, &wsc}) {
            if (!l->present)
                continue;
            for (const QString &name : sectionsTyped(*l, "outbound_websocket")) {
                if (listed.contains(name) || complained.contains(name))
                    continue;
                const bool warned = std::any_of(
                    r.diagnostics.cbegin(), r.diagnostics.cend(), [&](const Diagnostic &d) {
                        return d.section == name && d.severity == Diagnostic::Severity::Warning;
                    });
                QVERIFY2(warned, qPrintable(context +
                                            QStringLiteral("\nsilently ignored, no "
                                                           "warning: ") +
                                            name));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestConsumerParity)
#include "TestConsumerParity.moc"
