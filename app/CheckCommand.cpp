// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "CheckCommand.h"

#include "ConfigInput.h"
#include "Console.h"
#include "ReloadAgainst.h"
#include "check/AsteriskFields.h"
#include "config/SecretRedaction.h"
#include "consumers/ConsumerCheck.h"
#include "consumers/NeighbourFiles.h"
#include "schema/OptionSchema.h"
#include "schema/ValueParser.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wscm {

namespace {

QJsonValue nullIfEmpty(const QString &text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject effectiveJson(const ClientObject &object, bool showSecrets) {
    QJsonObject json;
    for (int i = 0; i < OptionSchema::count(); ++i) {
        const OptionSpec &spec = OptionSchema::at(i);
        const QByteArray value = object.effective.valueOrDefault(i);
        QJsonValue v;
        switch (spec.kind) {
        case OptionKind::Bool:
            v = ValueParser::isTrue(value);
            break;
        case OptionKind::Int:
            if (const auto n = ValueParser::parseInt(value))
                v = static_cast<qint64>(*n);
            else
                v = QString::fromUtf8(value);
            break;
        case OptionKind::UInt:
            if (const auto n = ValueParser::parseUInt(value))
                v = static_cast<qint64>(*n);
            else
                v = QString::fromUtf8(value);
            break;
        case OptionKind::Choice:
            v = object.effective.isSet(i)
                    ? QJsonValue(QString::fromUtf8(AsteriskFields::renderChoice(spec, value)))
                    : QJsonValue();
            break;
        default:
            v = SecretRedaction::display(spec, value, showSecrets);
            break;
        }
        json.insert(spec.nameString(), v);
    }
    return json;
}

// Diagnostic::toText() in UTF-8, byte for byte, for the text output: a large file repeats
// a few messages (and its file name) thousands of times, so each is converted once, not once
// per finding.
class DiagnosticText {
public:
    // Valid until the next call: one buffer serves every line, grown once.
    const QByteArray &line(const Diagnostic &d) {
        QByteArray &text = m_line;
        text.resize(0);
        text += utf8(m_file, d.file);
        text += ':';
        text += QByteArray::number(d.line);
        text += d.isError()                                   ? QByteArrayView(": error: ")
                : d.severity == Diagnostic::Severity::Warning ? QByteArrayView(": warning: ")
                                                              : QByteArrayView(": info: ");
        if (!d.section.isEmpty()) {
            text += '[';
            text += utf8(m_section, d.section);
            text += "] ";
        }
        text += utf8(m_message, d.message);
        return text;
    }

private:
    struct Converted {
        QString text; // held, so that its characters cannot be another string's later
        QByteArray utf8;
    };
    static const QByteArray &utf8(Converted &last, const QString &text) {
        if (text.constData() != last.text.constData() || text.size() != last.text.size()) {
            last.text = text;
            last.utf8 = text.toUtf8();
        }
        return last.utf8;
    }
    Converted m_file, m_section, m_message;
    QByteArray m_line;
};

QJsonObject diagnosticJson(const Diagnostic &d) {
    return QJsonObject{{QStringLiteral("file"), d.file},
                       {QStringLiteral("line"), d.line},
                       {QStringLiteral("severity"), d.severityName()},
                       {QStringLiteral("section"), nullIfEmpty(d.section)},
                       {QStringLiteral("option"), nullIfEmpty(d.option)},
                       {QStringLiteral("message"), d.message}};
}

QJsonArray usedByJson(const QList<ClientUse> &uses) {
    QJsonArray json;
    for (const ClientUse &u : uses) {
        json.append(QJsonObject{{QStringLiteral("kind"), u.kindName()},
                                {QStringLiteral("file"), u.file},
                                {QStringLiteral("line"), u.line},
                                {QStringLiteral("name"), u.name},
                                {QStringLiteral("text"), u.text}});
    }
    return json;
}

QString statusName(OutboundWebsocket::Status status) {
    return status == OutboundWebsocket::Status::Valid ? QStringLiteral("valid")
                                                      : QStringLiteral("invalid");
}

// Names a neighbour that exists but cannot be used, and says the check goes on without it.
void reportUnread(const NeighbourFiles::File &file) {
    if (file.exists && !file.read)
        Console::error(QStringLiteral("wscm: %1 not read: %2; checking without it")
                           .arg(file.path, file.reason));
}

} // namespace

int CheckCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Config files to check."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON document."));
    parser.addOption(json);
    const QCommandLineOption asteriskDir(
        QStringLiteral("asterisk-dir"),
        QStringLiteral("Read ari.conf and extensions.conf (or, for ari.conf, "
                       "websocket_client.conf) from DIR instead of the file's folder."),
        QStringLiteral("DIR"));
    parser.addOption(asteriskDir);
    const QCommandLineOption noNeighbours(
        QStringLiteral("no-neighbours"),
        QStringLiteral("Check the file alone, without ari.conf and extensions.conf."));
    parser.addOption(noNeighbours);
    parser.addOption(ConfigInput::maxSizeOption());
    parser.addOption(ConfigInput::showSecretsOption());
    ReloadAgainst::addOption(parser);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QStringList files;
    if (!requireFiles(parser, &files))
        return ExitUsage;
    const qint64 maxBytes = ConfigInput::maxBytes(parser);
    if (maxBytes < 0)
        return ExitUsage;
    const bool showSecrets = parser.isSet(QStringLiteral("show-secrets"));
    ReloadAgainst against;
    if (!against.load(parser, files, maxBytes))
        return ExitUsage;
    // One write per 64 KiB of findings, not one per finding: a large file has thousands.
    const Console::IdleFlush batchedOutput;

    bool unreadable = false;
    bool rejected = false;
    bool fileRejected = false;
    int readable = 0;
    QJsonArray jsonFiles, jsonObjects, jsonDiagnostics;
    DiagnosticText text;
    int errors = 0, warnings = 0, objects = 0, loading = 0;
    QJsonArray jsonNeighbours, jsonOutbound;
    int crossErrors = 0;
    QStringList neighboursRead;
    const auto noteNeighbour = [&](const NeighbourFiles::File &n) {
        reportUnread(n);
        if (n.read)
            neighboursRead += n.set.paths();
        if (n.exists)
            jsonNeighbours.append(QJsonObject{{QStringLiteral("file"), n.path},
                                              {QStringLiteral("read"), n.read},
                                              {QStringLiteral("reason"), nullIfEmpty(n.reason)}});
    };
    const auto addConsumers = [&](const ConsumerResult &c) {
        for (const Diagnostic &d : c.diagnostics) {
            errors += d.isError() ? 1 : 0;
            crossErrors += d.isError() ? 1 : 0;
            warnings += d.severity == Diagnostic::Severity::Warning ? 1 : 0;
            rejected = rejected || d.isError();
            if (parser.isSet(json))
                jsonDiagnostics.append(diagnosticJson(d));
            else
                Console::lineUtf8(text.line(d));
        }
        for (const OutboundWebsocket &o : c.outboundWebsockets) {
            jsonOutbound.append(
                QJsonObject{{QStringLiteral("name"), QString::fromUtf8(o.id)},
                            {QStringLiteral("file"), o.file},
                            {QStringLiteral("line"), o.line},
                            {QStringLiteral("websocket_client_id"), QString::fromUtf8(o.client)},
                            {QStringLiteral("apps"), QString::fromUtf8(o.apps)},
                            {QStringLiteral("status"), statusName(o.status)}});
        }
    };
    for (const QString &file : files) {
        NeighbourFiles neighbours;
        if (!parser.isSet(noNeighbours))
            neighbours.load(file, parser.value(asteriskDir), maxBytes);
        if (NeighbourFiles::fileName(file) == QStringLiteral("ari.conf")) {
            // ari.conf judged with the clients beside it.
            ConfigSet ariSet;
            QString error;
            if (!ariSet.load(file, maxBytes, &error)) {
                Console::error(QStringLiteral("wscm: %1").arg(error));
                unreadable = true;
                continue;
            }
            ++readable;
            noteNeighbour(neighbours.clients);
            const ResolvedConfig ari = ResolvedConfig::resolve(ariSet);
            const CheckResult clients = neighbours.clients.read
                                            ? Validator::check(neighbours.clients.resolved)
                                            : CheckResult();
            const ConsumerResult c = ConsumerCheck::check(clients, nullptr, &ari, nullptr);
            for (const QString &f : c.files)
                jsonFiles.append(f);
            addConsumers(c);
            continue;
        }
        noteNeighbour(neighbours.ari);
        noteNeighbour(neighbours.dialplan);
        const bool crossCheck = neighbours.ari.read || neighbours.dialplan.read;
        ConfigInput input;
        const auto detail =
            parser.isSet(json) || crossCheck ? Validator::Detail::Full : Validator::Detail::Verdict;
        // The cross-check needs the sections (for those that belong in ari.conf).
        if (!input.load(file, maxBytes, detail,
                        crossCheck ? ConfigInput::Keep::Everything
                                   : ConfigInput::Keep::ResultOnly)) {
            unreadable = true;
            continue;
        }
        const CheckResult &r = input.result;
        const ConsumerResult consumers =
            crossCheck
                ? ConsumerCheck::check(
                      r, &input.resolved, neighbours.ari.read ? &neighbours.ari.resolved : nullptr,
                      neighbours.dialplan.read ? &neighbours.dialplan.resolved : nullptr)
                : ConsumerResult();
        ++readable;
        fileRejected = fileRejected || r.fileRejected;
        rejected = rejected || !r.asteriskLoadsEverything();
        errors += r.errorCount();
        warnings += r.warningCount();
        objects += r.objectCount;
        loading += r.loadingCount;
        if (!parser.isSet(json)) {
            for (const Diagnostic &d : r.diagnostics)
                Console::lineUtf8(text.line(d));
            addConsumers(consumers);
            continue;
        }
        for (const QString &f : r.files)
            jsonFiles.append(f);
        for (const ClientObject &o : r.objects) {
            jsonObjects.append(
                QJsonObject{{QStringLiteral("name"), o.name},
                            {QStringLiteral("file"), o.file},
                            {QStringLiteral("line"), o.line},
                            {QStringLiteral("valid"), o.valid},
                            {QStringLiteral("effective"), effectiveJson(o, showSecrets)},
                            {QStringLiteral("used_by"), usedByJson(consumers.usedBy(o.id))}});
        }
        for (const Diagnostic &d : r.diagnostics)
            jsonDiagnostics.append(diagnosticJson(d));
        addConsumers(consumers);
    }
    if (parser.isSet(json)) {
        QJsonObject doc{{QStringLiteral("files"), jsonFiles},
                        {QStringLiteral("objects"), jsonObjects},
                        {QStringLiteral("diagnostics"), jsonDiagnostics}};
        if (!parser.isSet(noNeighbours)) {
            doc.insert(QStringLiteral("neighbours"), jsonNeighbours);
            doc.insert(QStringLiteral("outbound_websockets"), jsonOutbound);
        }
        Console::out(QString::fromUtf8(
            QJsonDocument(against.withReload(doc)).toJson(QJsonDocument::Indented)));
    } else if (readable > 0) {
        if (!neighboursRead.isEmpty())
            Console::line(
                QStringLiteral("read with it: %1").arg(neighboursRead.join(QStringLiteral(", "))));
        if (!jsonOutbound.isEmpty()) {
            const auto connecting =
                std::count_if(jsonOutbound.cbegin(), jsonOutbound.cend(), [](const QJsonValue &o) {
                    return o[QStringLiteral("status")].toString() == QStringLiteral("valid");
                });
            Console::line(QStringLiteral("%1 outbound websocket%2 Asterisk would create, %3 "
                                         "would connect")
                              .arg(jsonOutbound.size())
                              .arg(jsonOutbound.size() == 1 ? QString() : QStringLiteral("s"))
                              .arg(connecting));
        }
        QString verdict;
        if (fileRejected)
            verdict = QStringLiteral(" — Asterisk would load nothing from this configuration");
        else if (rejected && objects > loading)
            verdict = QStringLiteral(" — Asterisk would skip %1 of them").arg(objects - loading);
        else if (rejected && crossErrors == errors)
            verdict = QStringLiteral(" — in the files that use these clients");
        else if (rejected)
            verdict = QStringLiteral(" — Asterisk would not read all of the configuration");
        Console::line(
            QStringLiteral("%1 client object%2, %3 would load; %4 error%5, %6 warning%7%8")
                .arg(objects)
                .arg(objects == 1 ? QString() : QStringLiteral("s"))
                .arg(loading)
                .arg(errors)
                .arg(errors == 1 ? QString() : QStringLiteral("s"))
                .arg(warnings)
                .arg(warnings == 1 ? QString() : QStringLiteral("s"))
                .arg(verdict));
    }
    if (!parser.isSet(json))
        against.print();
    if (unreadable)
        return ExitUsage;
    return rejected ? ExitInvalid : ExitOk;
}

} // namespace wscm
