// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConsumerCheck.h"

#include "AriObjects.h"
#include "DialRequest.h"
#include "DialStrings.h"
#include "check/CheckResult.h"
#include "config/ResolvedConfig.h"

#include <QSet>

#include <algorithm>

namespace wscm {

namespace {

class Check {
public:
    Check(const CheckResult &clients, ConsumerResult &out)
        : m_clients(clients)
        , m_out(out) {
        for (const ClientObject &o : clients.objects) {
            if (o.valid)
                m_loaded.insert(o.id);
        }
    }

    void dialplan(const ResolvedConfig &dialplan) {
        m_dials = DialString::scan(dialplan);
        for (const DialString &d : m_dials)
            judge(d);
    }

    void persistingParameters() {
        for (const DialString &d : m_dials) {
            bool found = false;
            if (d.optionArgument('v', &found).isEmpty() || d.client.isEmpty())
                continue;
            QStringList others;
            for (const ClientUse &u : m_out.usedBy(d.client)) {
                if (u.kind == ClientUse::Kind::Dialplan && u.text.contains(QStringLiteral("/v(")))
                    continue;
                others.append(QStringLiteral("%1:%2").arg(u.file).arg(u.line));
            }
            if (others.isEmpty())
                continue;
            add(Diagnostic::Severity::Warning, d,
                QStringLiteral("%1: the v() parameters are "
                               "written into the shared client "
                               "'%2': its other users (%3) "
                               "send them too until the file "
                               "is reloaded")
                    .arg(QString::fromUtf8(d.text), QString::fromUtf8(d.client),
                         others.join(QStringLiteral(", "))));
        }
    }

    void clientSections(const ResolvedConfig *clientConfig, bool neighbours) {
        if (clientConfig) {
            for (const ResolvedConfig::Category &c : clientConfig->categories()) {
                const ResolvedConfig::Variable *type = clientConfig->firstVariable(c, "type");
                if (c.isTemplate || !type)
                    continue;
                const QByteArrayView value = clientConfig->value(*type);
                if (value.compare("outbound_websocket", Qt::CaseInsensitive) != 0 &&
                    value.compare("user", Qt::CaseInsensitive) != 0)
                    continue;
                Diagnostic d;
                d.severity = Diagnostic::Severity::Warning;
                d.fileIndex = type->file;
                d.file = clientConfig->file(type->file);
                d.line = type->line + 1;
                d.section = QString::fromUtf8(c.name);
                d.option = QStringLiteral("type");
                d.message = QStringLiteral("a section of type '%1' belongs in ari.conf: Asterisk "
                                           "silently ignores it in websocket_client.conf")
                                .arg(QString::fromUtf8(value));
                m_out.diagnostics.append(d);
            }
        }
        for (const ClientObject &o : m_clients.objects) {
            Diagnostic d;
            d.fileIndex = std::max(0, static_cast<int>(m_clients.files.indexOf(o.file)));
            d.file = o.file;
            d.line = o.line;
            d.section = o.name;
            if (o.id.contains('/')) {
                d.severity = Diagnostic::Severity::Warning;
                d.message = QStringLiteral("an id holding '/' can never be dialled: "
                                           "chan_websocket takes the id up to the first '/'");
                m_out.diagnostics.append(d);
            }
            if (neighbours && o.valid && m_out.usedBy(o.id).isEmpty()) {
                d.severity = Diagnostic::Severity::Info;
                d.message = QStringLiteral("nothing in ari.conf or extensions.conf uses this "
                                           "client (ARI externalMedia may still name it at run "
                                           "time)");
                m_out.diagnostics.append(d);
            }
        }
    }

private:
    void add(Diagnostic::Severity severity, const DialString &d, const QString &message) {
        Diagnostic out;
        out.severity = severity;
        out.fileIndex = d.fileIndex;
        out.file = d.file;
        out.line = d.line;
        out.section = d.context;
        out.message = message;
        m_out.diagnostics.append(out);
    }

    void judge(const DialString &d) {
        if (d.hasVariables || d.isIncoming())
            return;
        const QString text = QString::fromUtf8(d.text);
        if (d.client.isEmpty()) {
            add(Diagnostic::Severity::Error, d,
                d.options.isEmpty() && !d.text.endsWith("//")
                    ? QStringLiteral("%1: Dial argument takes format (technology/resource): "
                                     "Asterisk places no call")
                          .arg(text)
                    : QStringLiteral("%1: connection_id is required for the 'WebSocket' "
                                     "channel: every call fails (cause 38 - Network out of "
                                     "order)")
                          .arg(text));
            return;
        }
        ClientUse use;
        use.kind = ClientUse::Kind::Dialplan;
        use.file = d.file;
        use.line = d.line;
        use.name = d.context;
        use.text = text;
        use.client = d.client;
        m_out.uses.append(use);
        // ast_app_parse_options() warns about unknown letters before the client is looked up.
        unknownOptions(d, text);
        if (!m_loaded.contains(d.client)) {
            add(Diagnostic::Severity::Error, d,
                QStringLiteral("%1: WebSocket client connection '%2' not found%3: every call "
                               "through it fails (cause 38 - Network out of order)")
                    .arg(text, QString::fromUtf8(d.client), whyNotFound(d.client)));
            return;
        }
        options(d, text);
    }

    QString whyNotFound(const QByteArray &id) const {
        if (m_clients.fileRejected)
            return QStringLiteral(" (Asterisk loads nothing from websocket_client.conf)");
        for (const ClientObject &o : m_clients.objects) {
            if (o.id == id)
                return QStringLiteral(" (the client at %1:%2 fails to load)")
                    .arg(o.file)
                    .arg(o.line);
        }
        for (const ClientObject &o : m_clients.objects) {
            if (o.valid && o.id.compare(id, Qt::CaseInsensitive) == 0)
                return QStringLiteral(" (ids are case-sensitive: did you mean '%1'?)").arg(o.name);
        }
        return {};
    }

    void unknownOptions(const DialString &d, const QString &text) {
        static const QByteArray letters = QByteArrayLiteral("cnvpfd");
        for (const char c : DialRequest::parseOptions(d.options).letters) {
            if (!letters.contains(c))
                add(Diagnostic::Severity::Warning, d,
                    QStringLiteral("%1: Unrecognized option: '%2' (Asterisk ignores it)")
                        .arg(text, QString(QLatin1Char(c))));
        }
    }

    void options(const DialString &d, const QString &text) {
        bool found = false;
        const QByteArray direction = d.optionArgument('d', &found);
        if (found && direction != "both" && direction != "in" && direction != "out")
            add(Diagnostic::Severity::Error, d,
                QStringLiteral("%1: Unrecognized option for media direction: '%2' (both, in or "
                               "out): every call fails (cause 38 - Network out of order)")
                    .arg(text, QString::fromUtf8(direction)));
        const QByteArray parameters = d.optionArgument('v', &found);
        if (found && !parameters.isEmpty() && !DialRequest::parametersValid(parameters))
            add(Diagnostic::Severity::Error, d,
                QStringLiteral("%1: Invalid URI parameters '%2' (names and values must be "
                               "URI-encoded): every call fails (cause 38 - Network out of order)")
                    .arg(text, QString::fromUtf8(parameters)));
        const QByteArray format = d.optionArgument('f', &found);
        if (found && format.compare("plain-text", Qt::CaseInsensitive) != 0 &&
            format.compare("json", Qt::CaseInsensitive) != 0)
            add(Diagnostic::Severity::Warning, d,
                QStringLiteral("%1: 'f/control message format' value missing or invalid: "
                               "Asterisk uses plain-text")
                    .arg(text));
    }

    const CheckResult &m_clients;
    ConsumerResult &m_out;
    QSet<QByteArray> m_loaded;
    QList<DialString> m_dials;
};

} // namespace

QList<ClientUse> ConsumerResult::usedBy(const QByteArray &id) const {
    QList<ClientUse> found;
    for (const ClientUse &u : uses) {
        if (u.client == id)
            found.append(u);
    }
    return found;
}

QList<Diagnostic> ConsumerResult::findingsAboutUsersOf(const QByteArray &id) const {
    const QList<ClientUse> users = usedBy(id);
    QList<Diagnostic> found;
    for (const Diagnostic &d : diagnostics) {
        const bool about = std::any_of(users.cbegin(), users.cend(), [&d](const ClientUse &u) {
            if (u.file != d.file)
                return false;
            return u.kind == ClientUse::Kind::Ari ? d.section == u.name : d.line == u.line;
        });
        if (about)
            found.append(d);
    }
    return found;
}

QList<OutboundWebsocket> ConsumerResult::outboundWebsocketsOf(const QByteArray &id) const {
    QList<OutboundWebsocket> found;
    for (const OutboundWebsocket &o : outboundWebsockets) {
        if (o.client == id)
            found.append(o);
    }
    return found;
}

ConsumerResult ConsumerCheck::check(const CheckResult &clients, const ResolvedConfig *clientConfig,
                                    const ResolvedConfig *ari, const ResolvedConfig *dialplan) {
    ConsumerResult out;
    Check check(clients, out);
    if (ari) {
        out.files += ari->files();
        QSet<QByteArray> loaded;
        for (const ClientObject &o : clients.objects) {
            if (o.valid)
                loaded.insert(o.id);
        }
        out.diagnostics += ari->diagnostics();
        AriObjects::judge(*ari, loaded, out);
    }
    if (dialplan) {
        out.files += dialplan->files();
        out.diagnostics += dialplan->diagnostics();
        check.dialplan(*dialplan);
    }
    check.persistingParameters();
    // The neighbours' findings in file order, then the clients' own.
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [&](const Diagnostic &a, const Diagnostic &b) {
                         return std::pair(out.files.indexOf(a.file), a.line) <
                                std::pair(out.files.indexOf(b.file), b.line);
                     });
    check.clientSections(clientConfig, ari || dialplan);
    return out;
}

} // namespace wscm
